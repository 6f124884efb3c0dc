/** The page of one article in one language: summary, key facts, names (linked to the glossary), source. */
import type { PhrasingContent, RootContent } from 'mdast'
import type { Lang } from '../types.ts'
import { formatLongDate } from '../format.ts'
import type { ArticleRecord } from './model.ts'
import { foldSpacing, heading, link, linkNames, list, paragraph, text, toMarkdown } from './markdown.ts'
import { ENTITY_TYPES } from './model.ts'
import { nameForms } from './name-forms.ts'
import { GLOSSARY_PAGE, pageHead, type PageContext } from './page.ts'

export function formatDate(iso: string, lang: Lang): string {
  return formatLongDate(iso, lang)
}

export function description(article: ArticleRecord, lang: Lang): string {
  const first = foldSpacing(article.summary[0]?.[lang] ?? article.title[lang])
  return first.length <= 200 ? first : first.slice(0, first.lastIndexOf(' ', 197)) + ' …'
}

/**
 * @param anchors entry id → anchor of its heading on this language's glossary page
 * @param order the page's position in the sidebar
 */
export function renderArticlePage(article: ArticleRecord, context: PageContext, anchors: Map<string, string>, order: number): string {
  const { lang, t, site, page } = context
  const glossaryUrl = (id: string) => site.href(page, GLOSSARY_PAGE, anchors.get(id) ?? id)
  const names = article.entries.flatMap((entry) => nameForms(entry, lang).map((name) => ({ name, url: glossaryUrl(entry.id), id: entry.id })))
  const linked = new Set<string>()
  const children: RootContent[] = pageHead(context, {
    title: article.title[lang],
    description: description(article, lang),
    order,
    date: article.meta.date,
    source: article.meta.source,
  })
  children.push(paragraph(`${formatDate(article.meta.date, lang)}${article.meta.source ? ` · ${article.meta.source}` : ''}`))
  children.push(heading(2, t('ui:article.summary')))
  children.push(paragraph(linkNames(article.summary.map((sentence) => sentence[lang]).join(' '), names, linked)))
  if (article.keyFacts.length) {
    children.push(heading(2, t('ui:article.keyFacts')))
    children.push(list(article.keyFacts.map((fact) => linkNames(fact[lang], names, linked))))
  }
  if (article.entries.length) {
    children.push(heading(2, t('ui:article.mentioned')))
    for (const type of ENTITY_TYPES) {
      const entries = article.entries.filter((entry) => entry.type === type)
      if (!entries.length) continue
      children.push(heading(3, t(`ui:type.${type}`, { count: entries.length })))
      children.push(
        list(
          entries.map((entry) => {
            const item: PhrasingContent[] = [link(glossaryUrl(entry.id), entry[lang])]
            if (entry.roles[lang].length) item.push(text(` (${entry.roles[lang].join('; ')})`))
            return item
          }),
        ),
      )
    }
  }
  children.push(heading(2, t('ui:article.source')))
  const sourceLine: PhrasingContent[] = []
  if (article.meta.source && /^https?:\/\/\S+$/.test(article.meta.source)) sourceLine.push(link(article.meta.source, article.meta.source))
  else if (article.meta.source) sourceLine.push(text(article.meta.source))
  if (article.meta.author) sourceLine.push(text(`${sourceLine.length ? ' · ' : ''}${t('ui:article.author')}: ${article.meta.author}`))
  sourceLine.push(text(`${sourceLine.length ? ' · ' : ''}${t('ui:article.original')}: ${article.meta.title}`))
  children.push(paragraph(sourceLine))
  return toMarkdown(children)
}
