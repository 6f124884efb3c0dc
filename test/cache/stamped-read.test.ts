import { expect } from 'chai'
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { AnalysisCache } from '../../src/cache/store.ts'
import { readArticlesStamped } from '../../src/cache/stamped-read.ts'
import { listArticleFiles } from '../../src/load/content.ts'
import { analyseFiles } from '../../src/workers/analyse-files.ts'
import { useTempDir } from '../robustness/helpers.ts'

const article = (title: string) => `---\ntitle: ${title}\ndate: 2026-02-05\nlang: de\n---\n\nDer ukrainische Präsident Wolodymyr Selenskyj sprach am Montag in Kiew.\n`

describe('cache: content files a rebuild need not read', () => {
  const root = useTempDir('stamped')

  it('skips unchanged files, keeps their loading warnings, and reads changed ones', async () => {
    const content = path.join(root(), 'content')
    await mkdir(content, { recursive: true })
    await writeFile(path.join(content, 'plain.md'), article('Klar'))
    // Latin-1 bytes: loading warns that the file was converted.
    await writeFile(path.join(content, 'latin.md'), Buffer.from(article('Grüße aus Köln'), 'latin1'))
    const cache = await AnalysisCache.open(path.join(root(), 'cache'))
    const paths = await listArticleFiles(content)
    const first = await readArticlesStamped(paths, {}, cache)
    expect(first.every((file) => String(file.value).length > 0)).to.equal(true)
    await analyseFiles(first, { cache })

    const second = await readArticlesStamped(paths, {}, cache)
    expect(second.map((file) => String(file.value))).to.deep.equal(['', ''], 'unchanged files are not read again')
    expect(second.map((file) => file.data.contentHash)).to.deep.equal(first.map((file) => file.data.contentHash))
    expect(second[0].messages.map((message) => message.reason).join()).to.match(/Latin-1/)

    await appendFile(path.join(content, 'plain.md'), '\nEin neuer Satz.\n')
    const third = await readArticlesStamped(paths, {}, cache)
    expect(String(third[1].value)).to.contain('Ein neuer Satz.')
    expect(String(third[0].value)).to.equal('')
  })
})
