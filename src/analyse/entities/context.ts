/** The sentence a recogniser pass looks at, the candidate it produces, and token helpers. */
import type { EntityType, Role, Token } from '../../types.ts'
import type { BlockSentence } from '../sentences.ts'
import type { KnownName } from './gazetteer.ts'

/** A mention before article-level resolution; `type` may still be open. */
export interface Candidate {
  surface: string
  base: string
  type: EntityType | null
  start: number // source offsets
  end: number
  sentence: number
  role?: Role
  evidence: string[]
  known?: KnownName
  /** Token index range in the sentence, for later passes. */
  firstToken: number
  lastToken: number
}

export interface Context {
  sentence: BlockSentence
  /** The block's plain text; token offsets point into it. */
  plain: string
  tokens: Token[]
}

export function contextOf(sentence: BlockSentence): Context {
  return { sentence, plain: sentence.blockRef.plain, tokens: sentence.plainTokens }
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word'
}

/** Tokens are adjacent when only one space (or nothing) separates them in the block text. */
export function adjacent(plain: string, left: Token, right: Token): boolean {
  // Compared in place, not sliced (performance, issue 7): this runs for every pair of words a name may span.
  // Same bounds as `plain.slice(left.end, right.start)`: an empty or reversed range is no gap.
  const from = Math.min(left.end, plain.length)
  const to = Math.min(right.start, plain.length)
  if (to <= from) return true
  return to - from === 1 && plain.charCodeAt(from) === 32
}

export function lower(word: string): string {
  return word.toLowerCase()
}

const OPENING_PUNCTUATION = new Set([':', '(', '[', '–', '—', '-'])

/** Nothing but quotes or opening punctuation stands before token `index` in the sentence. */
export function isSentenceStart(tokens: Token[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i]
    if (token.kind === 'quote') continue
    if (token.kind === 'punct' && OPENING_PUNCTUATION.has(token.text)) return true
    return false
  }
  return true
}

/** Source offsets (into the Markdown file) of tokens `from`..`to`. */
export function sourceSpan(ctx: Context, from: number, to: number): { start: number; end: number } {
  return { start: ctx.sentence.tokens[from].start, end: ctx.sentence.tokens[to].end }
}

/** The word before token `i`, looking through quotation marks (`Zeitung "Financial Times"`). */
export function wordBefore(ctx: Context, i: number): Token | undefined {
  let j = i - 1
  while (j >= 0 && ctx.tokens[j].kind === 'quote') j--
  const token = ctx.tokens[j]
  return isWord(token) ? token : undefined
}

/** The word after token `i`, looking through quotation marks. */
export function wordAfter(ctx: Context, i: number): Token | undefined {
  let j = i + 1
  while (j < ctx.tokens.length && ctx.tokens[j].kind === 'quote') j++
  const token = ctx.tokens[j]
  return isWord(token) ? token : undefined
}

/** Tokens `first`..`last` stand between quotation marks (`«taz»`, `"Financial Times"`). */
export function isQuoted(ctx: Context, first: number, last: number): boolean {
  return ctx.tokens[first - 1]?.kind === 'quote' && ctx.tokens[last + 1]?.kind === 'quote'
}
