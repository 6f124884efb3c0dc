/** What every page renderer needs to know: its language, its words, its site and where it sits. */
import type { TFunction } from 'i18next'
import type { Heading, RootContent } from 'mdast'
import type { Lang } from '../types.ts'
import type { PageId, SiteAdapter } from '../site/index.ts'
import { frontMatter, heading } from './markdown.ts'

export interface PageContext {
  lang: Lang
  t: TFunction
  site: SiteAdapter
  page: PageId
}

export const INDEX_PAGE: PageId = 'index'
export const GLOSSARY_PAGE: PageId = 'glossary'
export const articlePage = (slug: string): PageId => `articles/${slug}`
/** The page of one glossary entry that lists every article naming it (see glossary-entry-page.ts). */
export const entryPage = (id: string): PageId => `names/${id}`

export interface PageHead {
  title: string
  description: string
  /** Position in the sidebar (Docusaurus reads `sidebar_position`, Starlight `sidebar.order`). */
  order: number
  date?: string
  source?: string
}

/**
 * Front matter every site reads (`title`, `description`) plus `date`, `lang`, `source`
 * and the sidebar position under both sites' names; then the body title as H1 where
 * the site does not render the front matter title itself.
 */
export function pageHead(context: PageContext, head: PageHead): RootContent[] {
  const data: Record<string, unknown> = { title: head.title, description: head.description }
  if (head.date) data.date = head.date
  data.lang = context.lang
  if (head.source) data.source = head.source
  data.sidebar_position = head.order
  data.sidebar = { order: head.order }
  const nodes: RootContent[] = [frontMatter(data)]
  if (context.site.bodyTitle) nodes.push(heading(1, head.title) as Heading)
  return nodes
}
