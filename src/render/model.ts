/** What the renderers receive: everything decided, nothing left to analyse. */
import type { ArticleMeta, GlossaryEntry, Lang, SummarySentence } from '../types.ts'

export interface ArticleRecord {
  slug: string
  meta: ArticleMeta
  title: Record<Lang, string>
  summary: SummarySentence[]
  /** Further facts found by the rules (beyond the summary), in both languages. */
  keyFacts: Array<Record<Lang, string>>
  /** Glossary entries named in the article, in order of first mention. */
  entries: GlossaryEntry[]
}

export interface SiteModel {
  articles: ArticleRecord[]
  glossary: GlossaryEntry[]
}

export const ENTITY_TYPES = ['person', 'place', 'organization'] as const
