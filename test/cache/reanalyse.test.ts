import { expect } from 'chai'
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { AnalysisCache } from '../../src/cache/store.ts'
import { readArticlesStamped } from '../../src/cache/stamped-read.ts'
import { toArticleData } from '../../src/cache/article-data.ts'
import { listArticleFiles, readArticles } from '../../src/load/content.ts'
import { analyseFiles } from '../../src/workers/analyse-files.ts'
import { useTempDir } from '../robustness/helpers.ts'

const ARTICLE = '---\ntitle: Gespräche\ndate: 2026-02-05\nlang: de\n---\n\nDer ukrainische Präsident Wolodymyr Selenskyj sprach am Montag in Kiew mit Steve Witkoff.\n\nDie Gespräche sollen in Genf fortgesetzt werden.\n'

describe('cache: an article body is made again from its file, not stored', () => {
  const root = useTempDir('reanalyse')

  it('gives the body the analysis had, and refuses a file that changed since', async () => {
    const content = path.join(root(), 'content')
    await mkdir(content, { recursive: true })
    await writeFile(path.join(content, 'gespraeche.md'), ARTICLE)
    const paths = await listArticleFiles(content)
    const whole = (await analyseFiles(await readArticles(paths))).articles[0]
    const cache = await AnalysisCache.open(path.join(root(), 'cache'))
    const { articles } = await analyseFiles(await readArticlesStamped(paths, {}, cache), { cache })
    const lazy = articles[0]
    // The cached article holds no sentences of its own: they come from the file again.
    expect(JSON.stringify(toArticleData(lazy).sentences)).to.equal(JSON.stringify(whole.sentences))
    expect(JSON.stringify(toArticleData(lazy).entities)).to.equal(JSON.stringify(whole.entities))
    expect(lazy.source).to.equal(whole.source)
    await appendFile(path.join(content, 'gespraeche.md'), '\nEin neuer Satz.\n')
    expect(() => toArticleData(lazy)).to.throw(/changed while the build was running/)
  })
})
