/**
 * The glossary page of one language: grouped by type, sorted by the reader's collation,
 * one heading per entry (its anchor is the id the site gives that heading), with the
 * other language's form, the Cyrillic original, roles, the spellings seen, where the
 * spelling comes from, and links back to the articles that name it: all of them, or for
 * an entry named in more than ARTICLE_LINKS_PER_ENTRY articles the newest of them and a
 * link to the entry's own page, which lists them all (glossary-entry-page.ts). In an
 * archive of 10,000 articles every entry linking every article made a 9 MB page.
 */
import type { Heading, RootContent, PhrasingContent } from 'mdast'
import type { GlossaryEntry, Lang } from '../types.ts'
import { ENTITY_TYPES, type SiteModel } from './model.ts'
import { heading, headingIds, link, list, paragraph, text, toMarkdown } from './markdown.ts'
import { GLOSSARY_PAGE, articlePage, entryPage, pageHead, type PageContext } from './page.ts'
import { sortedArticles } from './index-page.ts'
import { memoByObject } from '../analyse/memo.ts'
import type { SiteAdapter } from '../site/index.ts'
import type { Translator } from '../i18n.ts'

/** Article links an entry shows on the glossary page; an entry named in more has a page of its own. */
export const ARTICLE_LINKS_PER_ENTRY = 10

/** Does this entry get a page of its own listing its articles? */
export function hasEntryPage(entry: GlossaryEntry): boolean {
  return entry.articles.length > ARTICLE_LINKS_PER_ENTRY
}

/** Each article's place in the newest-first order of the index (slug → position). */
const newestFirstPositions = memoByObject((model: SiteModel) => new Map(sortedArticles(model).map((article, index) => [article.slug, index])))

const newestOnce = new WeakMap<GlossaryEntry, { model: SiteModel; slugs: string[] }>()

/** The entry's articles, newest first (as the index lists them); at most `limit`. Sorted once per entry and model (both languages, both pages ask). */
export function newestArticlesOf(entry: GlossaryEntry, model: SiteModel, limit = Infinity): string[] {
  let known = newestOnce.get(entry)
  if (!known || known.model !== model) {
    const positions = newestFirstPositions(model)
    const slugs = entry.articles.filter((slug) => positions.has(slug)).sort((a, b) => positions.get(a)! - positions.get(b)!)
    newestOnce.set(entry, (known = { model, slugs }))
  }
  return known.slugs.slice(0, limit)
}

/** Entries in the order the page lists them: the reader's collation (German rules on the German page). */
export function sortedEntries(entries: GlossaryEntry[], lang: Lang): GlossaryEntry[] {
  const collator = new Intl.Collator(lang === 'de' ? 'de' : 'en', { sensitivity: 'base', numeric: true })
  return [...entries].sort((a, b) => collator.compare(a[lang], b[lang]) || collator.compare(a.id, b.id))
}

export interface GlossaryPage {
  markdown: string
  /** Entry id → the anchor of its heading on this page. */
  anchors: Map<string, string>
}

export function renderGlossaryPage(model: SiteModel, context: PageContext): GlossaryPage {
  const { lang, t, site } = context
  const other: Lang = lang === 'de' ? 'en' : 'de'
  const titles = new Map(model.articles.map((article) => [article.slug, article.title[lang]]))
  const layout = glossaryLayout(model.glossary, context)
  // Each entry is serialised on its own and the page joined from the pieces (the same
  // Markdown: blocks are joined by a blank line, and a heading starts every piece). An
  // entry named in thousands of articles has thousands of links: a tree of the whole
  // page held every one at once (hundreds of MB for 10,000 articles; issue 7).
  const pieces: string[] = [toMarkdown(layout.head)]
  for (const { entry, headings } of layout.sections) {
    const items: PhrasingContent[][] = [[text(`${t('ui:glossary.otherLanguage')}: ${entry[other]}`)]]
    if (entry.cyrillic) items.push([text(`${t('ui:glossary.cyrillic')}: ${entry.cyrillic}`)])
    if (entry.roles[lang].length) items.push([text(`${t('ui:glossary.roles')}: ${entry.roles[lang].join('; ')}`)])
    const variants = entry.variants.filter((variant) => variant !== entry.de && variant !== entry.en)
    if (variants.length) items.push([text(`${t('ui:glossary.variants')}: ${variants.join(', ')}`)])
    items.push([text(`${t('ui:glossary.origin')}: ${t(`ui:glossary.origin_${entry.origin}`)}`)])
    const articleLinks: PhrasingContent[] = [text(`${t('ui:glossary.articles')}: `)]
    const own = hasEntryPage(entry)
    const shown = own ? newestArticlesOf(entry, model, ARTICLE_LINKS_PER_ENTRY) : entry.articles
    shown.forEach((slug, i) => {
      if (i > 0) articleLinks.push(text('; '))
      articleLinks.push(link(site.href(GLOSSARY_PAGE, articlePage(slug)), titles.get(slug) ?? slug))
    })
    if (own) articleLinks.push(text('; '), link(site.href(GLOSSARY_PAGE, entryPage(entry.id)), t('ui:glossary.allArticles', { count: entry.articles.length })))
    items.push(articleLinks)
    pieces.push(toMarkdown([...headings, list(items)]))
  }
  return { markdown: pieces.map((piece) => piece.replace(/\n$/, '')).join('\n\n') + '\n', anchors: layout.anchors }
}

/**
 * The page's headings: the head, then per entry (grouped by type, in the reader's
 * order) its type's heading before the first entry of the type and its own; and the
 * anchor the site gives each entry's heading. Anchors depend on the headings alone.
 */
function glossaryLayout(glossary: GlossaryEntry[], context: PageContext) {
  const { lang, t, site } = context
  const head: RootContent[] = [
    ...pageHead(context, { title: t('ui:glossary.title'), description: t('ui:glossary.description'), order: 2 }),
    paragraph(t('ui:glossary.intro')),
  ]
  const headings: RootContent[] = head.filter((node) => node.type === 'heading')
  const entryOfHeading = new Map<Heading, string>()
  const sections: Array<{ entry: GlossaryEntry; headings: Heading[] }> = []
  for (const type of ENTITY_TYPES) {
    const entries = sortedEntries(glossary.filter((entry) => entry.type === type), lang)
    if (!entries.length) continue
    const typeHeading = heading(2, t(`ui:type.${type}`, { count: 2 }))
    headings.push(typeHeading)
    entries.forEach((entry, index) => {
      const entryHeading = heading(3, entry[lang])
      entryOfHeading.set(entryHeading, entry.id)
      headings.push(entryHeading)
      sections.push({ entry, headings: index === 0 ? [typeHeading, entryHeading] : [entryHeading] })
    })
  }
  const anchors = new Map<string, string>()
  for (const [node, id] of headingIds(headings, site.createSlugger())) {
    const entryId = entryOfHeading.get(node)
    if (entryId) anchors.set(entryId, id)
  }
  return { head, sections, anchors }
}

const anchorMemo = new WeakMap<Translator, WeakMap<GlossaryEntry[], Map<string, Map<string, string>>>>()

/**
 * The anchor of every entry on the glossary page generated for `site` in `lang` (for
 * linking from other pages), from the page's headings alone, without rendering it;
 * the result is remembered per glossary, so every caller of one build gets the same map.
 */
export function glossaryAnchorsFor(entries: GlossaryEntry[], lang: Lang, site: SiteAdapter, translator: Translator): Map<string, string> {
  let byEntries = anchorMemo.get(translator)
  if (!byEntries) anchorMemo.set(translator, (byEntries = new WeakMap()))
  let bySite = byEntries.get(entries)
  if (!bySite) byEntries.set(entries, (bySite = new Map()))
  const key = `${lang}\0${site.name}`
  let anchors = bySite.get(key)
  if (!anchors) {
    anchors = glossaryLayout(entries, { lang, t: translator.t(lang), site, page: GLOSSARY_PAGE }).anchors
    bySite.set(key, anchors)
  }
  return anchors
}
