/**
 * Evidence for the type of an unknown name, read from its context, and the rule that
 * turns a set of evidence into a type. Each function appends the names of the cues it
 * found to `evidence` (kept on the mention for debugging and evaluation).
 */
import type { EntityType, Role } from '../../types.ts'
import { findRoleAfter, findRoleBefore } from '../roles/index.ts'
import { isWord, lower, wordAfter, wordBefore, isQuoted, type Context } from './context.ts'
import {
  COMMON_ABBREVIATIONS,
  FUNCTION_WORDS,
  GIVEN_NAMES,
  ORGANIZATION_FORMS,
  ORGANIZATION_HEADS,
  ORGANIZATION_SUFFIXES,
  PERSON_PREPOSITIONS,
  PERSON_VERBS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PLATFORM_PREPOSITIONS,
  PUBLISHING_VERBS,
  REPORTING_VERBS,
  TITLE_WORDS,
} from './cues.ts'
import { isAcronym } from './fold.ts'
import { memoByString } from '../memo.ts'

/** Place prepositions that rarely introduce a person (`in Moskau`, `aus Kiew`); `von`, `bei` often do. */
const STRONG_PLACE_PREPOSITIONS = new Set(['in', 'im', 'nach', 'aus', 'nahe', 'gen', 'richtung', 'südlich', 'nördlich', 'östlich', 'westlich'])

/** Strips a genitive ending, so `Staatskonzerns` and `Militärgeheimdienstes` show their head. */
function withoutGenitive(word: string): string[] {
  const forms = [word]
  if (word.endsWith('es')) forms.push(word.slice(0, -2))
  if (word.endsWith('s')) forms.push(word.slice(0, -1))
  return forms
}

/** `Staatskonzerns`, `Onlinedienst`, `US-Sender`: a noun whose head names an institution. */
export function isOrganizationNoun(word: string): boolean {
  return organizationNoun(word)
}
// Memoised by the word as written (no lower-casing per call; bounded; performance, issue 7).
const organizationNoun = memoByString((word: string): boolean =>
  withoutGenitive(lower(word)).some((form) => ORGANIZATION_HEADS.has(form) || ORGANIZATION_SUFFIXES.some((suffix) => form.endsWith(suffix))),
)

/** `Hafenstadt`, `Region`, `Gebiet`: a noun for a kind of place, also as a compound's head. */
export function isPlaceNoun(word: string): boolean {
  return placeNoun(word)
}
const placeNoun = memoByString((word: string): boolean => {
  const lowered = lower(word)
  let answer = PLACE_NOUNS.has(lowered)
  for (let k = 1; !answer && k <= lowered.length - 4; k++) answer = PLACE_NOUNS.has(lowered.slice(k))
  return answer
})

/** Evidence for a person: role before/after, given name, verb of saying, title word. */
export function personEvidence(ctx: Context, first: number, last: number, evidence: string[]): Role | undefined {
  const { tokens, plain } = ctx
  const before = plain.slice(ctx.sentence.plainStart, tokens[first].start)
  const roleBefore = findRoleBefore(before)
  let role: Role | undefined
  if (roleBefore) {
    evidence.push('role-before')
    role = roleBefore.role
  }
  const after = plain.slice(tokens[last].end, ctx.sentence.plainStart + ctx.sentence.text.length)
  if (/^\s*,/.test(after)) {
    const roleAfter = findRoleAfter(after)
    if (roleAfter) {
      evidence.push('role-after')
      role ??= roleAfter.role
    }
  }
  if (last > first && GIVEN_NAMES.has(tokens[first].text)) evidence.push('given-name')
  const previous = tokens[first - 1]
  const next = tokens[last + 1]
  const previousLower = isWord(previous) ? lower(previous.text) : undefined
  if (previousLower !== undefined && (PERSON_VERBS.has(previousLower) || PERSON_PREPOSITIONS.has(previousLower))) evidence.push('verb-of-saying')
  if (isWord(next) && PERSON_VERBS.has(lower(next.text))) evidence.push('verb-of-saying')
  if (previousLower !== undefined && TITLE_WORDS.has(previousLower)) evidence.push('title')
  return role
}

export function placeEvidence(ctx: Context, first: number, evidence: string[]) {
  const previous = ctx.tokens[first - 1]
  if (!isWord(previous)) return
  const word = lower(previous.text)
  if (isPlaceNoun(previous.text)) evidence.push('place-noun')
  else if (STRONG_PLACE_PREPOSITIONS.has(word)) evidence.push('place-preposition')
  else if (PLACE_PREPOSITIONS.has(word)) evidence.push('weak-place-preposition')
}

function sentenceHas(ctx: Context, words: Set<string>): boolean {
  return ctx.tokens.some((token) => isWord(token) && words.has(lower(token.text)))
}

export function organizationEvidence(ctx: Context, first: number, last: number, evidence: string[]) {
  const { tokens } = ctx
  // The name's words read in place, not copied out (performance, issue 7).
  const count = last + 1 - first
  const firstWord = tokens[first].text
  if (count === 1 && isAcronym(firstWord) && !COMMON_ABBREVIATIONS.has(firstWord.toUpperCase())) evidence.push('acronym')
  let hasForm = false
  for (let k = first; k <= last && !hasForm; k++) hasForm = ORGANIZATION_FORMS.has(tokens[k].text)
  if (hasForm) evidence.push('organization-form')
  if (count > 1 && isOrganizationNoun(tokens[last].text)) evidence.push('organization-head')
  const previous = wordBefore(ctx, first)
  if (previous && isOrganizationNoun(previous.text)) evidence.push('organization-noun')
  // `wie die «taz» berichtet`, `meldet «swissinfo.ch»`: a quoted title next to a verb of reporting is a medium.
  if (isQuoted(ctx, first, last)) {
    // Look past one article or pronoun: `berichtet der «Tagesspiegel»`, `zitiert ihn «taz»`.
    const beforeThat = previous && FUNCTION_WORDS.has(lower(previous.text)) ? wordBefore(ctx, tokens.indexOf(previous)) : undefined
    const around = [previous, beforeThat, wordAfter(ctx, last)]
    if (around.some((word) => word !== undefined && REPORTING_VERBS.has(lower(word.text)))) evidence.push('media')
  }
  // `schrieb Podoljak auf Twitter`: a platform named where something was published.
  const direct = tokens[first - 1]
  if (isWord(direct) && PLATFORM_PREPOSITIONS.has(lower(direct.text)) && sentenceHas(ctx, PUBLISHING_VERBS)) evidence.push('platform')
}

/**
 * Evidence in order of reliability. An acronym is never a person; a given name or a
 * title always marks one; a place noun right before (`Hafenstadt Mariupol`) outweighs
 * a role phrase that ends in it; a strong place preposition (`in Moskau verkündete`)
 * outweighs a verb of saying after the name, a weak one (`von`, `bei`) does not.
 */
const ORDER: Array<[EntityType, string[]]> = [
  ['organization', ['acronym', 'organization-form']],
  ['person', ['given-name', 'title']],
  ['place', ['place-noun', 'dateline']],
  ['organization', ['organization-noun', 'organization-head', 'media', 'website']],
  ['person', ['role-before', 'role-after']],
  ['organization', ['platform']],
  ['place', ['place-preposition']],
  ['person', ['verb-of-saying']],
  ['place', ['weak-place-preposition']],
]

export function decideType(evidence: string[]): EntityType | null {
  for (const [type, cues] of ORDER) if (cues.some((cue) => evidence.includes(cue))) return type
  return null
}

/** How much a decided type counts when an article's mentions of one name disagree. */
export function evidenceWeight(evidence: string[]): number {
  const rank = ORDER.findIndex(([, cues]) => cues.some((cue) => evidence.includes(cue)))
  return rank < 0 ? 0 : ORDER.length - rank
}
