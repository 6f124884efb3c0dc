/**
 * The page of one glossary entry named in more articles than the glossary page shows
 * (see glossary-page.ts): every article that names it, newest first, with its date, and
 * a link back to the entry on the glossary page.
 */
import type { PhrasingContent, RootContent } from 'mdast'
import path from 'node:path'
import type { GlossaryEntry } from '../types.ts'
import type { ArticleRecord, SiteModel } from './model.ts'
import { link, list as bulletList, paragraph, text, toMarkdown } from './markdown.ts'
import { formatDate } from './article-page.ts'
import { GLOSSARY_PAGE, articlePage, entryPage, pageHead, type PageContext } from './page.ts'
import { newestArticlesOf } from './glossary-page.ts'
import { memoByObject } from '../analyse/memo.ts'

/**
 * @param anchor the entry's anchor on this language's glossary page
 * @param order the page's position among the entry pages in the sidebar
 */
export function renderGlossaryEntryPage(entry: GlossaryEntry, model: SiteModel, context: PageContext, anchor: string, order: number): string {
  const { lang, t, site } = context
  const here = entryPage(entry.id)
  const name = entry[lang]
  const records = recordsOf(model)
  const children: RootContent[] = [
    ...pageHead(context, {
      title: t('ui:glossary.entryTitle', { name }),
      description: t('ui:glossary.entryDescription', { name, count: entry.articles.length }),
      order,
    }),
    paragraph([link(site.href(here, GLOSSARY_PAGE, anchor), t('ui:glossary.entryBack'))]),
  ]
  const head = toMarkdown(children)
  const slugs = newestArticlesOf(entry, model)
  if (!slugs.length) return head
  // A tight list is its items' lines one after the other, so each article's line is
  // written once (per language, site and folder) and shared by every entry page that lists it:
  // an article named in ten busy entries is on ten pages (issue 7: writing the items page
  // by page took 2 s of a 10,000-article build).
  const lines = linesOf(model)
  // A line's link depends on the page's folder only (the same for every entry page).
  const prefix = `${lang}\0${site.name}\0${path.posix.dirname(here)}\0`
  let list = ''
  for (const slug of slugs) {
    const key = prefix + slug
    let line = lines.get(key)
    if (line === undefined) {
      const article = records.get(slug)!
      const item: PhrasingContent[] = [{ type: 'strong', children: [text(formatDate(article.meta.date, lang))] }, text(' · '), link(site.href(here, articlePage(slug)), article.title[lang])]
      lines.set(key, (line = toMarkdown([bulletList([item])])))
    }
    list += line
  }
  return `${head.replace(/\n$/, '')}\n\n${list}`
}

/** A model's article records by slug, made once for all its entry pages. */
const recordsOf = memoByObject((model: SiteModel) => new Map<string, ArticleRecord>(model.articles.map((article) => [article.slug, article])))

/** The list lines of a model's articles, by language, site, page folder and slug. */
const linesOf = memoByObject((_model: SiteModel) => new Map<string, string>())
