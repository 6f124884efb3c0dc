/**
 * The library API (src/index.ts, the package's entry): the analysis stages run as
 * unified plugins in a caller's own processor, and `remarkGlossaryLinks` links
 * glossary names in any page — in a plain remark pipeline and in MDX's (as Astro
 * and Docusaurus run it).
 */
import { expect } from 'chai'
import path from 'node:path'
import { readFile } from 'node:fs/promises'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import { VFile } from 'vfile'
import { compile } from '@mdx-js/mdx'
import * as api from '../../src/index.ts'
import type { GlossaryEntry } from '../../src/index.ts'
import { ROOT } from './pages.ts'

describe('library API', () => {
  let glossary: GlossaryEntry[]

  before(async () => {
    glossary = (JSON.parse(await readFile(path.join(ROOT, 'out/glossary.json'), 'utf8')) as { entries: GlossaryEntry[] }).entries
  })

  it('exports the stages as functions and unified plugins', () => {
    for (const name of ['createAnalyser', 'analyseFile', 'remarkArticleMeta', 'remarkSentences', 'remarkEntities', 'remarkQuantities', 'mergeGlossary', 'transliterate', 'loadRules', 'summariseArticle', 'renderSite', 'renderTbx', 'renderDeeplTsv', 'buildSite', 'buildFromContent', 'writeOutput', 'createTranslator', 'remarkGlossaryLinks'] as const) {
      expect(api[name], name).to.be.a('function')
    }
  })

  it('runs the analysis plugins inside a caller’s own remark processor', async () => {
    const source = await readFile(path.join(ROOT, 'content', (await api.listArticleFiles(path.join(ROOT, 'content')))[0].split('/').at(-1)!), 'utf8')
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(api.remarkArticleMeta).use(api.remarkSentences).use(api.remarkEntities).use(api.remarkQuantities).use(remarkStringify)
    const file = new VFile({ path: 'article.md', value: source })
    await processor.process(file)
    expect(file.data.meta?.date).to.match(/^\d{4}-\d{2}-\d{2}$/)
    expect(file.data.sentences?.length).to.be.greaterThan(3)
    expect(file.data.entities?.map((entity) => entity.name)).to.include('Wolodymyr Selenskyj')
  })

  describe('remarkGlossaryLinks', () => {
    const page = [
      '# Selenskyj in Kiew',
      '',
      'Präsident Selenskyj sprach in Kiew; danach reiste Wolodymyr Selenskyj weiter',
      'nach Moskau? Nein: [Kiew](https://example.com) bleibt, `Kiew` auch.',
      '',
      'Später traf Selenskyj den Kreml-Sprecher.',
      '',
    ].join('\n')

    it('links the first mention of each name per page to its glossary anchor, leaving headings, links and code alone', async () => {
      const output = String(
        await unified()
          .use(remarkParse)
          .use(api.remarkGlossaryLinks, { glossary, lang: 'de', glossaryUrl: '/de/glossary' })
          .use(remarkStringify)
          .process(page),
      )
      expect(output).to.contain('# Selenskyj in Kiew\n')
      expect(output).to.contain('Präsident [Selenskyj](/de/glossary#wolodymyr-selenskyj) sprach in [Kiew](/de/glossary#kiew); danach reiste Wolodymyr Selenskyj weiter\nnach [Moskau](/de/glossary#moskau)?')
      expect(output).to.contain('[Kiew](https://example.com) bleibt, `Kiew` auch.')
      expect(output).to.contain('Später traf Selenskyj den Kreml-Sprecher.')
    })

    it('uses the anchors of the chosen site and the English forms on English pages', async () => {
      const output = String(
        await unified()
          .use(remarkParse)
          .use(api.remarkGlossaryLinks, { glossary, lang: 'en', glossaryUrl: '/en/glossary/', site: 'starlight' })
          .use(remarkStringify)
          .process('Zelensky met European Union officials; Volodymyr Zelensky left.\n'),
      )
      expect(output).to.equal('[Zelensky](/en/glossary/#volodymyr-zelensky) met [European Union](/en/glossary/#european-union) officials; Volodymyr Zelensky left.\n')
    })

    it('tells the language from the file when one pipeline serves both languages', async () => {
      const processor = unified()
        .use(remarkParse)
        .use(api.remarkGlossaryLinks, { glossary, lang: (file) => (file.path.includes('/en/') ? 'en' : 'de'), glossaryUrl: (lang) => `/${lang}/glossary/` })
        .use(remarkStringify)
      expect(String(await processor.process(new VFile({ path: 'docs/en/a.md', value: 'Moscow and Kyiv.\n' })))).to.equal('[Moscow](/en/glossary/#moscow) and [Kyiv](/en/glossary/#kyiv).\n')
      expect(String(await processor.process(new VFile({ path: 'docs/de/a.md', value: 'Moskau und Kiew.\n' })))).to.equal('[Moskau](/de/glossary/#moskau) und [Kiew](/de/glossary/#kiew).\n')
    })

    it('works as a remark plugin in MDX (Astro, Docusaurus)', async () => {
      const compiled = String(await compile('Die Delegation aus Kiew traf {1 + 1} Vertreter.\n', { remarkPlugins: [[api.remarkGlossaryLinks, { glossary, glossaryUrl: '/de/glossary/', site: 'starlight' }]] }))
      expect(compiled).to.contain('href: "/de/glossary/#kiew"')
    })
  })
})
