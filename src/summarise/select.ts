/**
 * Selection: score candidate facts, drop redundant ones, keep 1–3 sentences and at
 * most 60 words per language, in the order the article tells them. Facts are
 * realised lazily, best first, so an article with many facts costs only the few
 * sentences that are looked at.
 */
import type { Fact, SummarySentence } from '../types.ts'

export const MAX_SENTENCES = 3
export const MAX_WORDS = 60
/** How much a fact loses for each chosen fact of the same frame. */
const SAME_FRAME_PENALTY = 2
/**
 * A fact far weaker than the best one (a side figure next to the main event) is left
 * out: a summary says what happened, it does not list every number of the article.
 */
export const RELATIVE_CUTOFF = 0.5

export interface Candidate {
  fact: Fact
  sentence: SummarySentence
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Position, numbers and entity salience raise a fact's score. */
export function scoreFact(fact: Fact, sentenceCount: number, salience: (key: string) => number): number {
  const position = 1 - fact.sentence / Math.max(1, sentenceCount)
  let score = fact.score + 3 * position
  for (const value of Object.values(fact.slots)) {
    if (value.kind === 'number') score += 1
    if (value.kind === 'entity') score += 0.5 * salience(value.key)
    if (value.kind === 'entities') score += 0.5 * Math.max(...value.keys.map(salience))
  }
  return score
}

function numbersOf(fact: Fact): number[] {
  return Object.values(fact.slots).flatMap((value) => (value.kind === 'number' ? [value.value] : []))
}

function entitiesOf(fact: Fact): string[] {
  return Object.values(fact.slots).flatMap((value) => (value.kind === 'entity' ? [value.key] : value.kind === 'entities' ? value.keys : []))
}

interface RoundedNumber {
  value: number
  approx: string
}

function roundedNumbersOf(fact: Fact): RoundedNumber[] {
  return Object.values(fact.slots).flatMap((value) => (value.kind === 'number' && value.approx ? [{ value: value.value, approx: value.approx }] : []))
}

/**
 * `248` only makes `mehr als 200` precise: the exact figure is one the rounded figure
 * rounds, at the rounded figure's own step (200 → hundreds, 55.000 → thousands), in the
 * direction its qualifier says (`mehr als`/`mindestens` down, `fast`/`bis zu` up, `rund` nearest).
 */
export function refines(value: number, rounded: RoundedNumber): boolean {
  if (!Number.isInteger(rounded.value) || rounded.value <= 0 || value === rounded.value) return false
  let step = 1
  while (rounded.value % (step * 10) === 0) step *= 10
  if (step === 1) return false
  const round = rounded.approx === 'more-than' || rounded.approx === 'at-least' ? Math.floor : rounded.approx === 'almost' || rounded.approx === 'up-to' ? Math.ceil : Math.round
  return round(value / step) * step === rounded.value
}

/** A figure for one side (`jeweils 157`, `157 russische Soldaten`, `200 unserer Soldaten`), not a total. */
function isPerSide(fact: Fact): boolean {
  return 'each' in fact.slots || 'side' in fact.slots || 'ownSide' in fact.slots
}

/**
 * A count of people far below one the summary already gives (`drei Zivilisten` after
 * `314 Gefangene`) is a detail of the event, not a second piece of news.
 */
export const MINOR_SHARE = 0.1

function countOf(fact: Fact): number | undefined {
  const count = fact.slots.count
  return count?.kind === 'number' && 'counted' in fact.slots ? count.value : undefined
}

export function isMinor(fact: Fact, chosen: Fact[]): boolean {
  const count = countOf(fact)
  if (count === undefined) return false
  return chosen.some((other) => (countOf(other) ?? 0) * MINOR_SHARE > count)
}

/** A total between exactly two sides (`314` agreed by Ukraine and Russia, `400 ukrainische und russische`). */
function isTwoSidedTotal(fact: Fact): boolean {
  if (isPerSide(fact)) return false
  const parties = fact.slots.parties
  return 'sides' in fact.slots || (parties?.kind === 'entities' && parties.keys.length === 2)
}

/**
 * The per-side figures a two-sided total already gives the reader: half of it, rounded as
 * the total is (`mehr als 400` on two sides → `mehr als 200` each). Sides need not be
 * equal, but a per-side figure of about half says little the total did not.
 */
function perSideOf(fact: Fact): RoundedNumber[] {
  if (!isTwoSidedTotal(fact)) return []
  return Object.values(fact.slots).flatMap((value) => (value.kind === 'number' && value.value % 2 === 0 ? [{ value: value.value / 2, approx: value.approx ?? '' }] : []))
}

/** `157` after a total of `314` on two sides; `jeweils mehr als 200` or `248` after `mehr als 400`. */
function impliedBySide(value: number, approx: string, halves: RoundedNumber[]): boolean {
  return halves.some((half) => (half.value === value && half.approx === approx) || (half.approx !== '' && refines(value, half)))
}

/**
 * A fact says nothing new when its numbers are all already said (or only make precise a
 * rounded figure a fact of the same frame gave, or, for one side, are about half a
 * two-sided total already said), or (without numbers)
 * when every name it holds is already in the summary: `Ukraine and Russia held talks
 * in Abu Dhabi` after `Ukraine and Russia agreed in Abu Dhabi to exchange 314 prisoners`.
 */
export function isRedundant(candidate: Candidate, chosen: Candidate[]): boolean {
  if (chosen.some((other) => other.sentence.de === candidate.sentence.de)) return true
  // One record or first-since claim (`rank`) per summary: the news, not a list of superlatives.
  if ('rank' in candidate.fact.slots && chosen.some((other) => 'rank' in other.fact.slots)) return true
  const numbers = Object.values(candidate.fact.slots).flatMap((value) => (value.kind === 'number' ? [value] : []))
  const saidNumbers = new Set(chosen.flatMap((other) => numbersOf(other.fact)))
  const roundedSameFrame = chosen.filter((other) => other.fact.frame === candidate.fact.frame).flatMap((other) => roundedNumbersOf(other.fact))
  const halves = isPerSide(candidate.fact) ? chosen.flatMap((other) => perSideOf(other.fact)) : []
  if (numbers.length)
    return numbers.every(
      ({ value, approx }) => saidNumbers.has(value) || roundedSameFrame.some((rounded) => refines(value, rounded)) || impliedBySide(value, approx ?? '', halves),
    )
  const names = entitiesOf(candidate.fact)
  const saidNames = new Set(chosen.flatMap((other) => entitiesOf(other.fact)))
  if (names.length) return names.every((key) => saidNames.has(key))
  return chosen.some((other) => other.fact.frame === candidate.fact.frame)
}

/**
 * For a list of key facts (looser than the summary's redundancy): nothing new when all its
 * numbers are said, or, without numbers, when a fact of the same frame names the same.
 */
export function saysNothingNew(fact: Fact, said: Fact[]): boolean {
  const numbers = numbersOf(fact)
  if (numbers.length) {
    const saidNumbers = new Set(said.flatMap(numbersOf))
    return numbers.every((value) => saidNumbers.has(value))
  }
  const names = entitiesOf(fact)
  return said.some((other) => (other.frame === fact.frame && names.every((key) => entitiesOf(other).includes(key))) || namesSameRoles(fact, other))
}

/** Every name of `fact` stands in a slot of the same name in `other` (`mediator: USA` in both). */
function namesSameRoles(fact: Fact, other: Fact): boolean {
  const named = Object.entries(fact.slots).filter(([, value]) => value.kind === 'entity' || value.kind === 'entities')
  return named.length > 0 && named.every(([name, value]) => JSON.stringify(other.slots[name]) === JSON.stringify(value))
}

/**
 * Same frame, every number and name of `other` and at least one more number, or the same
 * numbers and every slot of `other` and more (the same agreement, with who said it).
 */
function extends_(fact: Fact, other: Fact): boolean {
  if (fact.frame !== other.frame) return false
  const numbers = numbersOf(fact)
  const otherNumbers = numbersOf(other)
  const names = new Set(entitiesOf(fact))
  const saysOthers = otherNumbers.every((value) => numbers.includes(value)) && entitiesOf(other).every((key) => names.has(key))
  if (!saysOthers) return false
  if (numbers.length > otherNumbers.length) return true
  const slots = Object.keys(fact.slots)
  return numbers.length === otherNumbers.length && slots.length > Object.keys(other.slots).length && Object.keys(other.slots).every((name) => slots.includes(name))
}

/**
 * Walks the facts best first; `render` realises and guards one (null when it cannot be
 * said faithfully). Returns the chosen candidates in article order.
 */
export function selectFacts(facts: Fact[], render: (fact: Fact) => SummarySentence | null): Candidate[] {
  const chosen: Candidate[] = []
  const open = new Set(facts)
  let best = -Infinity
  while (chosen.length < MAX_SENTENCES && open.size) {
    // A summary says what happened, not the same kind of thing three times: each fact of a
    // frame already chosen counts a little less.
    const effective = (fact: Fact) => fact.score - SAME_FRAME_PENALTY * chosen.filter((other) => other.fact.frame === fact.frame).length
    const ordered = [...open].sort((a, b) => effective(b) - effective(a) || a.sentence - b.sentence || a.rule.localeCompare(b.rule))
    let picked = false
    for (const fact of ordered) {
      if (chosen.length && effective(fact) < RELATIVE_CUTOFF * best) {
        open.clear()
        break
      }
      // Each fact leaves `open` before it is rendered, so none is rendered twice.
      open.delete(fact)
      const sentence = render(fact)
      if (!sentence) continue
      const candidate = { fact, sentence }
      // A fact that says all a chosen one says and more takes its place, and a two-sided
      // total takes the place of the per-side figures it already gives.
      const replaces = (other: Candidate) => extends_(fact, other.fact) || (isTwoSidedTotal(fact) && isPerSide(other.fact) && isRedundant(other, [candidate]))
      const kept = chosen.filter((other) => !replaces(other))
      if (isRedundant(candidate, kept) || isMinor(fact, chosen.map((other) => other.fact))) continue
      const keptDe = kept.reduce((sum, other) => sum + wordCount(other.sentence.de), 0)
      const keptEn = kept.reduce((sum, other) => sum + wordCount(other.sentence.en), 0)
      const de = wordCount(sentence.de)
      const en = wordCount(sentence.en)
      if (keptDe + de > MAX_WORDS || keptEn + en > MAX_WORDS) continue
      if (!kept.length) best = fact.score
      chosen.splice(0, chosen.length, ...kept, candidate)
      picked = true
      break
    }
    if (!picked) break
  }
  return chosen.sort((a, b) => a.fact.sentence - b.fact.sentence || a.fact.evidence[0].start - b.fact.evidence[0].start)
}
