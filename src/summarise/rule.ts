/**
 * What a summary rule is. One rule per file in ./rules (the markdownlint way): the
 * engine knows no rule by name; it loads every file there and runs each rule over
 * every analysed sentence.
 */
import type { ArticleEntity, SlotValue } from '../types.ts'
import type { AnalysedArticle, AnalysedSentence } from './article.ts'

/** What a slot extractor returns: the value and the source span that supports it. */
export interface SlotMatch {
  value: SlotValue
  evidence: { start: number; end: number }
}

export type SlotExtractor = (sentence: AnalysedSentence, article: AnalysedArticle, filled: Record<string, SlotMatch>) => SlotMatch | null

export interface SlotSpec {
  extract: SlotExtractor
  required?: boolean
  /** May the slot be filled from the sentences just before (same topic, lead of the article)? */
  lookBehind?: number
  /** May the slot be filled from the sentences just after (a reply: `Kiew lehnt dies ab`)? */
  lookAhead?: number
}

export interface RuleExample {
  /** A German sentence (or short paragraph) the rule is tested on. */
  text: string
  /** Expected rendering, or null when the rule must NOT fire. */
  expect: { de: string; en: string } | null
}

export interface SummaryRule {
  id: string
  description: string
  /** i18n key of the frame in locales/<lang>/summary.json. */
  frame: string
  /** Base score: how much a fact of this kind says about what happened. */
  priority: number
  /** Quick gate on the sentence text (German word forms), before slots are tried. */
  trigger: RegExp
  /** Sentences whose text matches this are not for this rule (e.g. negations, questions). */
  veto?: RegExp
  slots: Record<string, SlotSpec>
  /** At least one of these slots must be filled (e.g. killed or injured). */
  requireOneOf?: string[]
  /** The rule does not fire when one of these slots is filled (another rule says that case). */
  forbid?: string[]
  examples: RuleExample[]
}

export function defineRule(rule: SummaryRule): SummaryRule {
  return rule
}

/**
 * Performance (issue 7): a trigger that first looks, from the sentence's start, for a word or
 * sign (`gate`) that every match of `pattern` contains. Most sentences lack it and are turned
 * down by one simple scan instead of trying the pattern's alternatives at every position.
 * Matches exactly when `pattern` matches somewhere, provided the gate is implied by it (and
 * has no capturing groups); `pattern` must be neither global nor sticky.
 */
export function gated(gate: RegExp, pattern: RegExp): RegExp {
  const trigger = new RegExp(String.raw`^(?=[\s\S]*?(?:${gate.source}))[\s\S]*?(?:${pattern.source})`, pattern.flags)
  gates.set(trigger, { gate, pattern })
  return trigger
}

const gates = new WeakMap<RegExp, { gate: RegExp; pattern: RegExp }>()

/** What a gated trigger was made of (tests check that the gate is implied). */
export function gateOf(trigger: RegExp): { gate: RegExp; pattern: RegExp } | undefined {
  return gates.get(trigger)
}

export type { ArticleEntity }
