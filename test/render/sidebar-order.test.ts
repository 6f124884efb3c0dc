/**
 * Article pages' sidebar positions (Docusaurus `sidebar_position`, Starlight
 * `sidebar.order`): newest first like the index, after the index and glossary pages,
 * and from each article's own date, so that adding an article leaves the others' as they were.
 */
import { expect } from 'chai'
import fc from 'fast-check'
import { sidebarOrder, sortedArticles } from '../../src/render/index-page.ts'
import type { ArticleRecord, SiteModel } from '../../src/render/model.ts'

const record = (slug: string, date: string): ArticleRecord => ({
  slug,
  meta: { title: slug, date, lang: 'de' },
  title: { de: slug, en: slug },
  summary: [],
  keyFacts: [],
  entries: [],
})

const isoDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))
const articles = fc.uniqueArray(fc.record({ slug: fc.stringMatching(/^[a-z0-9-]{1,12}$/), date: isoDate }), { selector: (article) => article.slug, minLength: 1, maxLength: 40 })

describe('sidebar order of article pages', () => {
  it('follows the index page: newest first, then by slug, every position after the index (1) and the glossary (2)', () => {
    fc.assert(
      fc.property(articles, (list) => {
        const model: SiteModel = { articles: list.map(({ slug, date }) => record(slug, date)), glossary: [] }
        const orders = sortedArticles(model).map((article) => sidebarOrder(model, article))
        expect(orders[0]).to.be.at.least(3)
        for (let i = 1; i < orders.length; i++) expect(orders[i], `position ${i}`).to.be.greaterThan(orders[i - 1])
        for (const order of orders) expect(Number.isSafeInteger(order)).to.equal(true)
      }),
    )
  })

  it('does not move the other articles when one is added or removed on another day', () => {
    fc.assert(
      fc.property(articles, fc.record({ slug: fc.constant('added-article'), date: isoDate }), (list, added) => {
        const before: SiteModel = { articles: list.map(({ slug, date }) => record(slug, date)), glossary: [] }
        const after: SiteModel = { articles: [...before.articles, record(added.slug, added.date)], glossary: [] }
        for (const article of before.articles) {
          if (article.meta.date === added.date) continue
          expect(sidebarOrder(after, article), article.slug).to.equal(sidebarOrder(before, article))
        }
      }),
    )
  })

  it('orders the articles of one day by slug', () => {
    const model: SiteModel = { articles: [record('b', '2026-02-05'), record('a', '2026-02-05'), record('c', '2026-02-04')], glossary: [] }
    const [b, a, c] = model.articles
    expect(sidebarOrder(model, a)).to.be.lessThan(sidebarOrder(model, b))
    expect(sidebarOrder(model, b)).to.be.lessThan(sidebarOrder(model, c))
  })
})
