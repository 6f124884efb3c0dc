/** The index page of one language: every article, newest first, with date, title and one-line summary. */
import type { PhrasingContent, RootContent } from 'mdast'
import type { ArticleRecord, SiteModel } from './model.ts'
import { link, list, paragraph, text, toMarkdown } from './markdown.ts'
import { description, formatDate } from './article-page.ts'
import { GLOSSARY_PAGE, INDEX_PAGE, articlePage, pageHead, type PageContext } from './page.ts'
import { memoByObject } from '../analyse/memo.ts'

// Sorted once per model (issue 7: the index pages, the JSON, the sidebar and the page
// renderers each asked for it, and sorting 10,000 records costs 15 ms each time).
const sortedOnce = memoByObject((articles: SiteModel['articles']): readonly ArticleRecord[] =>
  Object.freeze([...articles].sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug))),
)

/** The model's articles, newest first (then by slug): the order of the index, the sidebar and summaries.json. */
export function sortedArticles(model: SiteModel): readonly ArticleRecord[] {
  return sortedOnce(model.articles)
}

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
