/**
 * The typed records that the pipeline's stages hand to each other.
 * load → analyse → (summarise, glossary) → render. Offsets are always
 * character offsets into the article's Markdown source (front matter included),
 * so evidence can be shown to an editor in the file they wrote.
 */

export type EntityType = 'person' | 'place' | 'organization'
export type Lang = 'de' | 'en'

/** Front matter of an article in content/. */
export interface ArticleMeta {
  title: string
  date: string // ISO YYYY-MM-DD
  source?: string
  author?: string
  lang: 'de'
}

/** A token of running text. */
export interface Token {
  text: string
  start: number
  end: number
  kind: 'word' | 'number' | 'punct' | 'quote' | 'symbol'
}

export type SegmentKind = 'sentence' | 'dateline' | 'trailer' | 'byline' | 'credit'

/** A sentence (or a piece of boilerplate that must never reach a summary). */
export interface Sentence {
  index: number
  text: string
  start: number
  end: number
  kind: SegmentKind
  /** Index of the block (paragraph or heading) in the article body. */
  block: number
  heading: boolean
  tokens: Token[]
}

/** A role or title attached to a person: kept in German, rendered in English. */
export interface Role {
  id: string
  de: string
  en: string
  /** ISO 3166 alpha-2 code of the country the role belongs to, when the text says it. */
  country?: string
}

/** One occurrence of a name in an article. */
export interface Mention {
  surface: string
  /** Base (nominative, uninflected) form of this surface. */
  base: string
  type: EntityType
  start: number
  end: number
  sentence: number
  role?: Role
  /** Which evidence sources accepted this mention (for debugging and eval). */
  evidence: string[]
}

/** All mentions of one entity within one article. */
export interface ArticleEntity {
  /** Article-local key (normalised full name). */
  key: string
  type: EntityType
  /** The fullest German form seen (e.g. `Wolodymyr Selenskyj`). */
  name: string
  surfaces: string[]
  roles: Role[]
  mentions: Mention[]
}

/** A number or date found in the text, normalised. */
export interface Quantity {
  value: number
  text: string
  start: number
  end: number
  sentence: number
}

/** A fact a summary rule extracted, language neutral. */
export interface Fact {
  rule: string
  frame: string
  slots: Record<string, SlotValue>
  sentence: number
  evidence: Array<{ start: number; end: number }>
  score: number
}

export type SlotValue =
  | { kind: 'entity'; key: string }
  | { kind: 'entities'; keys: string[] }
  | { kind: 'number'; value: number; text: string; approx?: string }
  | { kind: 'date'; iso: string; text: string }
  | { kind: 'text'; de: string; en?: string }

/** A rendered summary sentence with the text that supports it. */
export interface SummarySentence {
  de: string
  en: string
  rule: string
  evidence: Array<{ start: number; end: number }>
}

/** A glossary entry, merged across articles. */
export interface GlossaryEntry {
  id: string
  type: EntityType
  de: string
  en: string
  cyrillic: string | null
  variants: string[]
  roles: { de: string[]; en: string[] }
  articles: string[]
  origin: 'lexicon' | 'rules' | 'as-is'
}
