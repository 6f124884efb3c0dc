/** The index page of one language: every article, newest first, with date, title and one-line summary. */
import type { PhrasingContent, RootContent } from 'mdast'
import type { ArticleRecord, SiteModel } from './model.ts'
import { link, list, paragraph, text, toMarkdown } from './markdown.ts'
import { description, formatDate } from './article-page.ts'
import { GLOSSARY_PAGE, INDEX_PAGE, articlePage, pageHead, type PageContext } from './page.ts'
import { memoByObject } from '../analyse/memo.ts'

// Sorted once per model (issue 7: the index pages, the JSON, the sidebar and the page
// renderers each asked for it, and sorting 10,000 records costs 15 ms each time).
// Dates are YYYY-MM-DD, so comparing them as strings orders them by time; slugs keep
// the default collation, through one collator (localeCompare sets one up per call).
const SLUG_ORDER = new Intl.Collator()
const sortedOnce = memoByObject((articles: SiteModel['articles']): readonly ArticleRecord[] =>
  Object.freeze([...articles].sort((a, b) => (a.meta.date === b.meta.date ? SLUG_ORDER.compare(a.slug, b.slug) : a.meta.date < b.meta.date ? 1 : -1))),
)

/** The model's articles, newest first (then by slug): the order of the index, the sidebar and summaries.json. */
export function sortedArticles(model: SiteModel): readonly ArticleRecord[] {
  return sortedOnce(model.articles)
}

/**
 * Each article page's position in a sidebar that reads it from the page (Docusaurus'
 * `sidebar_position`, Starlight's `sidebar.order`): newest first, as on the index page,
 * but from the article's own date instead of its place in the list, so that adding
 * today's article does not renumber, and so re-render, every other page (issue 7: one
 * new article made a warm build of 10,000 articles render all 20,000 pages again).
 * Days before 9999-12-31, times 100,000, plus the article's place among those of the
 * same day (by slug); after the index page (1) and the glossary (2).
 */
export function sidebarOrder(model: SiteModel, article: ArticleRecord): number {
  return ordersOf(model.articles).get(article) ?? FIRST_ARTICLE_ORDER
}

const FIRST_ARTICLE_ORDER = 3
const SAME_DAY_PLACES = 100_000
const LAST_DAY = Date.UTC(9999, 11, 31)
const DAY_MS = 86_400_000

const ordersOf = memoByObject((articles: SiteModel['articles']): Map<ArticleRecord, number> => {
  const orders = new Map<ArticleRecord, number>()
  let place = 0
  let previous: ArticleRecord | undefined
  for (const article of sortedOnce(articles)) {
    place = previous?.meta.date === article.meta.date ? place + 1 : 0
    const [year, month, day] = article.meta.date.split('-').map(Number)
    const daysBefore = Math.round((LAST_DAY - Date.UTC(year, month - 1, day)) / DAY_MS)
    orders.set(article, FIRST_ARTICLE_ORDER + daysBefore * SAME_DAY_PLACES + Math.min(place, SAME_DAY_PLACES - 1))
    previous = article
  }
  return orders
})

export function renderIndexPage(model: SiteModel, context: PageContext): string {
  const { lang, t, site } = context
  const children: RootContent[] = [
    ...pageHead(context, { title: t('ui:index.title'), description: t('ui:index.description'), order: 1 }),
    paragraph(t('ui:index.intro')),
    paragraph([link(site.href(INDEX_PAGE, GLOSSARY_PAGE), t('ui:index.glossaryLink'))]),
  ]
  const items: PhrasingContent[][] = sortedArticles(model).map((article) => [
    { type: 'strong', children: [text(formatDate(article.meta.date, lang))] },
    text(' · '),
    link(site.href(INDEX_PAGE, articlePage(article.slug)), article.title[lang]),
    text(`: ${description(article, lang)}`),
  ])
  if (items.length) children.push(list(items))
  return toMarkdown(children)
}
