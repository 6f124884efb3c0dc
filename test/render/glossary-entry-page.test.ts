/**
 * An entry named in more articles than the glossary page lists: the glossary page shows
 * its newest articles and links to the entry's own page, which lists every article
 * newest first and links back to the entry; entries named in few articles keep every
 * link on the glossary page and get no page of their own. On every site layout.
 */
import { expect } from 'chai'
import path from 'node:path'
import { renderSite, type SiteModel } from '../../src/render/index.ts'
import type { ArticleRecord } from '../../src/render/model.ts'
import { ARTICLE_LINKS_PER_ENTRY } from '../../src/render/glossary-page.ts'
import { createTranslator } from '../../src/i18n.ts'
import { SITE_NAMES, siteAdapter } from '../../src/site/index.ts'
import type { GlossaryEntry } from '../../src/types.ts'
import { frontMatterOf, linksOf, parsePage } from './pages.ts'
import { toMarkdownWithRemark } from '../../src/render/markdown.ts'
import type { List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

const MANY = ARTICLE_LINKS_PER_ENTRY + 2
// Slugs in one order, dates in another: the newest are a05, a03, a11, … (see dateOf).
const slugs = Array.from({ length: MANY }, (_, i) => `a${String(i).padStart(2, '0')}`)
const dateOf = (slug: string) => `2026-01-${String(((Number(slug.slice(1)) * 7) % MANY) + 1).padStart(2, '0')}`

const kiew: GlossaryEntry = { id: 'kiew', type: 'place', de: 'Kiew', en: 'Kyiv', cyrillic: 'Київ', variants: ['Kiew'], roles: { de: [], en: [] }, articles: slugs, origin: 'lexicon' }
const genf: GlossaryEntry = { id: 'genf', type: 'place', de: 'Genf', en: 'Geneva', cyrillic: null, variants: ['Genf'], roles: { de: [], en: [] }, articles: ['a01', 'a02', 'a03'], origin: 'lexicon' }

function article(slug: string): ArticleRecord {
  return {
    slug,
    meta: { title: `Titel ${slug}`, date: dateOf(slug), lang: 'de' },
    title: { de: `Titel ${slug}`, en: `Title ${slug}` },
    summary: [{ de: 'In Kiew wurde verhandelt.', en: 'Talks were held in Kyiv.', rule: 'test', evidence: [] }],
    keyFacts: [],
    entries: [kiew, genf].filter((entry) => entry.articles.includes(slug)),
  }
}

const model: SiteModel = { glossary: [genf, kiew], articles: slugs.map(article) }
const newestFirst = [...slugs].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.localeCompare(b))

describe('glossary entries named in many articles', () => {
  for (const name of SITE_NAMES) {
    describe(name, () => {
      const site = siteAdapter(name)
      const files = renderSite(model, createTranslator(), { site: name })
      const glossaryPage = files.get(site.pagePath('de', 'glossary'))!
      const entryPath = site.pagePath('de', 'names/kiew')
      /** The page a link on the page at `from` leads to (file links; directory URLs for Starlight). */
      const target = (from: string, url: string) => {
        const [file] = url.split('#')
        if (site.name !== 'starlight') return path.posix.join(path.posix.dirname(from), file)
        // Starlight serves a/b.md at a/b/: resolve from the page's own URL folder.
        const pageUrl = from.replace(/\.md$/, '/').replace(/(^|\/)index\/$/, '$1')
        return path.posix.join(pageUrl, file).replace(/\/$/, '') + '.md'
      }

      it(`lists the ${ARTICLE_LINKS_PER_ENTRY} newest articles on the glossary page and links to the entry's page, which exists`, () => {
        const kiewLinks = linksOf(glossaryPage.slice(glossaryPage.indexOf('Kiew')))
        const articleLinks = kiewLinks.filter((url) => url.includes('articles/'))
        expect(articleLinks.map((url) => /articles\/(a\d\d)/.exec(url)![1])).to.deep.equal(newestFirst.slice(0, ARTICLE_LINKS_PER_ENTRY))
        const toEntry = kiewLinks.find((url) => url.includes('names/kiew'))
        expect(toEntry, 'link to the entry page').to.be.a('string')
        expect(glossaryPage).to.contain(`alle ${MANY} Artikel`)
        expect(files.has(target(site.pagePath('de', 'glossary'), toEntry!)), target(site.pagePath('de', 'glossary'), toEntry!)).to.equal(true)
      })

      it('gives the entry page every article, newest first, and a link back to the entry', () => {
        const page = files.get(entryPath)!
        expect(frontMatterOf(page).title).to.equal('Kiew: alle Artikel')
        const links = linksOf(page)
        expect(links.filter((url) => url.includes('articles/')).map((url) => /articles\/(a\d\d)/.exec(url)![1])).to.deep.equal(newestFirst)
        for (const url of links) expect(files.has(target(entryPath, url)), `${url} from ${entryPath}`).to.equal(true)
        expect(links[0]).to.match(/glossary.*#kiew$/)
        expect(files.get(site.pagePath('en', 'names/kiew'))).to.contain('Kyiv: all articles')
      })

      it('keeps every link of an entry named in few articles, with no page of its own', () => {
        const genfLinks = linksOf(glossaryPage.slice(glossaryPage.indexOf('### Genf'), glossaryPage.indexOf('### Kiew')))
        expect(genfLinks.map((url) => /articles\/(a\d\d)/.exec(url)?.[1])).to.deep.equal(['a01', 'a02', 'a03'])
        expect(files.has(site.pagePath('de', 'names/genf'))).to.equal(false)
      })
    })
  }
})

describe('the page of a busy entry, written in runs of items', () => {
  // Titles that need escaping here and there: each sends its run of items through remark-stringify.
  const awkward = ['Preis *fällt*', 'Liste [1]', 'a < b', 'Unter_strich', '# keine Überschrift', '1. Platz']
  const many = Array.from({ length: 130 }, (_, i) => `b${String(i).padStart(3, '0')}`)
  const busy: GlossaryEntry = { ...kiew, articles: many }
  const records = many.map((slug, i): ArticleRecord => ({
    ...article(slug),
    meta: { title: `Titel ${slug}`, date: `2026-02-${String((i % 28) + 1).padStart(2, '0')}`, lang: 'de' },
    title: { de: i % 17 === 0 ? awkward[(i / 17) % awkward.length] : `Titel ${slug}`, en: `Title ${slug}` },
    entries: [busy],
  }))
  const files = renderSite({ glossary: [busy], articles: records }, createTranslator())
  const page = files.get('de/names/kiew.md')!

  it('is exactly what remark-stringify writes for the whole page, with every article once', () => {
    const tree = parsePage(page)
    expect(toMarkdownWithRemark(tree.children as RootContent[])).to.equal(page)
    const lists = tree.children.filter((node): node is List => node.type === 'list')
    expect(lists).to.have.length(1)
    expect(lists[0].children).to.have.length(many.length)
    const titles = lists[0].children.map((item) => toString(item).split(' · ')[1])
    for (const title of awkward) expect(titles).to.include(title)
  })
})
