/**
 * The per-site layout: the same relative paths in both languages, the folders each
 * site expects, the front matter every site reads, the body H1 only where the site
 * does not render the title itself, and heading ids as each site computes them.
 */
import { expect } from 'chai'
import path from 'node:path'
import { buildFromContent, type BuildResult } from '../../src/build.ts'
import { renderSite } from '../../src/render/index.ts'
import { createTranslator } from '../../src/i18n.ts'
import { SITE_NAMES, createPageSlugger, pythonMarkdownSlug, siteAdapter, vitepressSlug } from '../../src/site/index.ts'
import { ROOT, bodyOf, frontMatterOf, vitepressHeadingIds } from './pages.ts'
import GithubSlugger from 'github-slugger'

const EXPECTED_DIRS = {
  vitepress: ['de', 'en'],
  docusaurus: ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'],
  starlight: ['de', 'en'],
  mkdocs: ['docs/de', 'docs/en'],
} as const

describe('site layouts', () => {
  let result: BuildResult

  before(async () => {
    result = await buildFromContent(path.join(ROOT, 'content'))
  })

  for (const name of SITE_NAMES) {
    describe(name, () => {
      let files: Map<string, string>
      const site = siteAdapter(name)
      const [deDir, enDir] = EXPECTED_DIRS[name]
      const pagesIn = (dir: string) => [...files.keys()].filter((file) => file.startsWith(`${dir}/`) && file.endsWith('.md')).map((file) => file.slice(dir.length + 1))

      before(() => {
        files = renderSite(result.model, createTranslator(), { site })
      })

      it('puts both languages at the same relative paths, in the folders the site expects, with ASCII file names', () => {
        const de = pagesIn(deDir)
        expect(de).to.include.members(['index.md', 'glossary.md'])
        expect(de.filter((file) => file.startsWith('articles/'))).to.have.length(result.model.articles.length)
        expect(pagesIn(enDir)).to.deep.equal(de)
        for (const file of files.keys()) expect(file, file).to.match(/^[A-Za-z0-9._\/-]+$/)
        expect(files.has('glossary.json') && files.has('summaries.json') && files.has('glossary.tbx') && files.has('glossary.de-en.tsv')).to.equal(true)
      })

      it('writes the front matter every site reads, and the body H1 only where the site needs it', () => {
        for (const dir of [deDir, enDir]) {
          const lang = dir === deDir ? 'de' : 'en'
          pagesIn(dir).forEach((file) => {
            const page = files.get(`${dir}/${file}`)!
            const data = frontMatterOf(page)
            expect(data.title, file).to.be.a('string').and.not.equal('')
            expect(data.description, file).to.be.a('string').and.not.equal('')
            expect(data.lang, file).to.equal(lang)
            expect(data.sidebar_position, file).to.be.a('number')
            expect(data.sidebar, file).to.deep.equal({ order: data.sidebar_position })
            if (file.startsWith('articles/')) {
              expect(String(data.date), file).to.match(/^\d{4}-\d{2}-\d{2}$/)
            }
            const firstHeading = bodyOf(page).trimStart().startsWith('# ')
            expect(firstHeading, `${file}: body H1`).to.equal(name !== 'starlight')
          })
        }
      })
    })
  }

  it('gives each site what else it needs: VitePress config, MkDocs config, Docusaurus category labels, root language pages', () => {
    const translator = createTranslator()
    const vitepress = renderSite(result.model, translator, { site: 'vitepress' })
    expect(vitepress.get('.vitepress/config.mts')).to.contain('"link": "/de/"')
    expect(vitepress.get('index.md')).to.contain('(de/index.md)').and.contain('(en/index.md)')
    const mkdocs = renderSite(result.model, translator, { site: 'mkdocs' })
    expect(mkdocs.get('mkdocs.yml')).to.match(/docs_dir: docs/)
    expect(mkdocs.get('docs/index.md')).to.contain('(de/index.md)')
    const docusaurus = renderSite(result.model, translator, { site: 'docusaurus' })
    expect(JSON.parse(docusaurus.get('i18n/en/docusaurus-plugin-content-docs/current/articles/_category_.json')!).label).to.equal('Articles')
    expect(JSON.parse(docusaurus.get('docs/articles/_category_.json')!).label).to.equal('Artikel')
  })

  it('links pages as each site resolves them: file paths, or directory URLs for Starlight', () => {
    expect(siteAdapter('vitepress').href('articles/a', 'glossary', 'kiew')).to.equal('../glossary.md#kiew')
    expect(siteAdapter('docusaurus').href('index', 'articles/a')).to.equal('articles/a.md')
    expect(siteAdapter('starlight').href('articles/a', 'glossary', 'kiew')).to.equal('../../glossary/#kiew')
    expect(siteAdapter('starlight').href('index', 'articles/a')).to.equal('articles/a/')
    expect(siteAdapter('starlight').href('glossary', 'index')).to.equal('../')
  })

  // File links are worked out per pair of folders, not per pair of pages: the same links as path.relative.
  it('links by file path exactly as path.posix.relative does, between any pages', () => {
    const pages = ['index', 'glossary', 'articles/a', 'articles/b', 'articles', 'a/b/c', 'a/b', 'a', 'a/b/c/d', 'x/y', 'articles/a/index']
    for (const from of pages) {
      for (const to of pages) {
        const expected = from === to ? '' : path.posix.relative(path.posix.dirname(from), to) + '.md'
        expect(siteAdapter('vitepress').href(from, to), `${from} → ${to}`).to.equal(expected)
      }
    }
  })
})

describe('heading ids', () => {
  const headings = ['Glossar', 'Europäische Union', 'Kiew', 'Kiew', '1. FC Köln', 'São Paulo', 'Đakovo', 'Nowaja Kachowka (Нова Каховка)', 'A & B: „Zitat“ – Teil 2', 'Ω']

  it('match VitePress’s own renderer, duplicates included', async () => {
    const markdown = headings.map((text) => `## ${text}\n`).join('\n')
    const ids = [...(await vitepressHeadingIds(markdown, 'de/x.md'))]
    const slug = createPageSlugger('vitepress')
    expect(headings.map((text) => slug(text))).to.deep.equal(ids)
    expect(vitepressSlug('Europäische Union')).to.equal('europaische-union')
  })

  it('use github-slugger for Docusaurus and Starlight', () => {
    const reference = new GithubSlugger()
    const slug = createPageSlugger('github')
    for (const text of headings) expect(slug(text)).to.equal(reference.slug(text))
  })

  it('follow Python-Markdown’s toc rule for MkDocs (ASCII, `_1` for repeats and empties)', () => {
    const slug = createPageSlugger('python-markdown')
    expect(headings.map((text) => slug(text))).to.deep.equal(['glossar', 'europaische-union', 'kiew', 'kiew_1', '1-fc-koln', 'sao-paulo', 'akovo', 'nowaja-kachowka', 'a-b-zitat-teil-2', '_1'])
    expect(pythonMarkdownSlug('Ω')).to.equal('')
  })
})
