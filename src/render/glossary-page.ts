/** The glossary page of one language: grouped by type, sorted by the reader's collation. */
import type { TFunction } from 'i18next'
import GithubSlugger from 'github-slugger'
import type { RootContent, PhrasingContent } from 'mdast'
import type { GlossaryEntry, Lang } from '../types.ts'
import { ENTITY_TYPES, type SiteModel } from './model.ts'
import { frontMatter, heading, link, list, paragraph, text, toMarkdown } from './markdown.ts'

export const GLOSSARY_FILE = 'glossary.md'

/** Entries of one type in the order the page lists them. */
export function sortedEntries(entries: GlossaryEntry[], lang: Lang): GlossaryEntry[] {
  const collator = new Intl.Collator(lang === 'de' ? 'de' : 'en', { sensitivity: 'base', numeric: true })
  return [...entries].sort((a, b) => collator.compare(a[lang], b[lang]) || collator.compare(a.id, b.id))
}

/**
 * The anchor of every entry on the page: the slug a GitHub-style slugger gives its
 * heading, computed over the page's headings in order, as the sites do.
 */
export function glossaryAnchors(model: SiteModel, lang: Lang, t: TFunction): Map<string, string> {
  const slugger = new GithubSlugger()
  const anchors = new Map<string, string>()
  slugger.slug(t('ui:glossary.title'))
  for (const type of ENTITY_TYPES) {
    const entries = sortedEntries(model.glossary.filter((entry) => entry.type === type), lang)
    if (!entries.length) continue
    slugger.slug(t(`ui:type.${type}`, { count: 2 }))
    for (const entry of entries) anchors.set(entry.id, slugger.slug(entry[lang]))
  }
  return anchors
}

export function renderGlossaryPage(model: SiteModel, lang: Lang, t: TFunction): string {
  const other: Lang = lang === 'de' ? 'en' : 'de'
  const titles = new Map(model.articles.map((article) => [article.slug, article.title[lang]]))
  const children: RootContent[] = [
    frontMatter({ title: t('ui:glossary.title'), description: t('ui:glossary.description'), lang }),
    heading(1, t('ui:glossary.title')),
    paragraph(t('ui:glossary.intro')),
  ]
  for (const type of ENTITY_TYPES) {
    const entries = sortedEntries(model.glossary.filter((entry) => entry.type === type), lang)
    if (!entries.length) continue
    children.push(heading(2, t(`ui:type.${type}`, { count: 2 })))
    for (const entry of entries) {
      children.push(heading(3, entry[lang]))
      const items: PhrasingContent[][] = [[text(`${t('ui:glossary.otherLanguage')}: ${entry[other]}`)]]
      if (entry.cyrillic) items.push([text(`${t('ui:glossary.cyrillic')}: ${entry.cyrillic}`)])
      if (entry.roles[lang].length) items.push([text(`${t('ui:glossary.roles')}: ${entry.roles[lang].join('; ')}`)])
      const variants = entry.variants.filter((variant) => variant !== entry[lang])
      if (variants.length) items.push([text(`${t('ui:glossary.variants')}: ${variants.join(', ')}`)])
      const articleLinks: PhrasingContent[] = [text(`${t('ui:glossary.articles')}: `)]
      entry.articles.forEach((slug, i) => {
        if (i > 0) articleLinks.push(text('; '))
        articleLinks.push(link(`articles/${slug}.md`, titles.get(slug) ?? slug))
      })
      items.push(articleLinks)
      children.push(list(items))
    }
  }
  return toMarkdown(children)
}
