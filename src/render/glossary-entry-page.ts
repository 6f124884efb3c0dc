/**
 * The page of one glossary entry named in more articles than the glossary page shows
 * (see glossary-page.ts): every article that names it, newest first, with its date, and
 * a link back to the entry on the glossary page.
 */
import type { PhrasingContent, RootContent } from 'mdast'
import type { GlossaryEntry } from '../types.ts'
import type { SiteModel } from './model.ts'
import { link, list, paragraph, text, toMarkdown } from './markdown.ts'
import { formatDate } from './article-page.ts'
import { GLOSSARY_PAGE, articlePage, entryPage, pageHead, type PageContext } from './page.ts'
import { newestArticlesOf } from './glossary-page.ts'

/**
 * @param anchor the entry's anchor on this language's glossary page
 * @param order the page's position among the entry pages in the sidebar
 */
export function renderGlossaryEntryPage(entry: GlossaryEntry, model: SiteModel, context: PageContext, anchor: string, order: number): string {
  const { lang, t, site } = context
  const here = entryPage(entry.id)
  const name = entry[lang]
  const records = new Map(model.articles.map((article) => [article.slug, article]))
  const children: RootContent[] = [
    ...pageHead(context, {
      title: t('ui:glossary.entryTitle', { name }),
      description: t('ui:glossary.entryDescription', { name, count: entry.articles.length }),
      order,
    }),
    paragraph([link(site.href(here, GLOSSARY_PAGE, anchor), t('ui:glossary.entryBack'))]),
  ]
  const items: PhrasingContent[][] = newestArticlesOf(entry, model).map((slug) => {
    const article = records.get(slug)!
    return [{ type: 'strong', children: [text(formatDate(article.meta.date, lang))] }, text(' · '), link(site.href(here, articlePage(slug)), article.title[lang])]
  })
  if (items.length) children.push(list(items))
  return toMarkdown(children)
}
