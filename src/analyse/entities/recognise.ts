/**
 * Named-entity recognition for German news, where every noun is capitalised: a
 * capital letter is only a hint. Each candidate is accepted by combining evidence
 * (known names, role words, given names, verbs of saying, place and organisation
 * cues) and rejected by other evidence (function words, the common-noun vocabulary).
 */
import type { EntityType, Token } from '../../types.ts'
import type { BlockSentence } from '../sentences.ts'
import { isRoleWord } from '../roles/index.ts'
import { matchAdjectiveName } from './adjective-names.ts'
import { compoundParts } from './compounds.ts'
import { adjacent, contextOf, isQuoted, isSentenceStart, isWord, lower, type Candidate, type Context } from './context.ts'
import { recogniseCredit, recogniseDateline } from './credits.ts'
import { FUNCTION_WORDS, GIVEN_NAMES, ORGANIZATION_FORMS, TOPONYM_SUFFIXES, WEB_DOMAINS } from './cues.ts'
import { decideType, organizationEvidence, personEvidence, placeEvidence } from './evidence.ts'
import { surfaceKey, isAcronym, isCapitalised } from './fold.ts'
import { gazetteer, type KnownName } from './gazetteer.ts'
import { isCommonNoun, isListedNoun } from './vocabulary.ts'
import { memoByString } from '../memo.ts'

export type { Candidate } from './context.ts'

const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'al', 'el', 'bin', 'ibn', 'le', 'la', 'du', 'dos', 'ter'])
const WEBSITE = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.([a-z]{2,4})$/i

/** Can this word be part of a name at all? (Memoised: asked of every capitalised word; performance, issue 7.) */
const isNameWord = memoByString((word: string): boolean => {
  if (!isCapitalised(word) && !isAcronym(word)) return false
  if (FUNCTION_WORDS.has(lower(word))) return false
  return true
})

/** `swissinfo.ch`, `spiegel.de`: a site named as a source. */
export function isWebsite(word: string): boolean {
  // Most words have no dot, and WEBSITE needs one: skip the regex for them (performance, issue 7).
  if (!word.includes('.')) return false
  const match = WEBSITE.exec(word)
  return match !== null && WEB_DOMAINS.has(match[1].toLowerCase())
}

/** Longest known name starting at token i (gazetteer: lexicon + CLDR). */
function matchKnown(ctx: Context, i: number): { end: number; known: KnownName; surface: string } | null {
  const { tokens, plain } = ctx
  const gaz = gazetteer()
  let best: { end: number; known: KnownName; surface: string } | null = null
  let j = i
  let surface = ''
  for (let n = 0; n < gaz.maxWords && j < tokens.length; n++, j++) {
    const token = tokens[j]
    if (!isWord(token)) break
    if (n > 0 && !adjacent(plain, tokens[j - 1], token)) break
    surface = n === 0 ? token.text : surface + ' ' + token.text
    // A name ends on a capitalised word or acronym (particles such as `vom` only inside).
    if (!isCapitalised(token.text)) continue
    const known = gaz.lookup(surface)
    if (known) best = { end: j, known, surface }
    if (!gaz.startsName(surface)) break
  }
  return best
}

/**
 * `Kiewer`, `Moskauer`: an adjective (or inhabitant noun) made from a known place with
 * `-er` is not a mention of the place; at most it links a role to it.
 */
export function isPlaceAdjective(word: string): boolean {
  if (!word.endsWith('er') || word.length < 5) return false
  const place = gazetteer().lookup(word.slice(0, -2))
  return place !== undefined && place.type === 'place' && surfaceKey(place.base) !== surfaceKey(word)
}

/**
 * `aus Kiewer Sicht`, `die Moskauer Führung`: a capitalised word in -er right before a
 * common noun is an adjective made from a place name, not a mention (the place may be
 * unknown to the gazetteer, so `isPlaceAdjective` cannot tell).
 */
function isAttributiveAdjective(ctx: Context, i: number): boolean {
  const word = ctx.tokens[i].text
  // endsWith first: most words do not end in -er, and the regex is then not needed (performance, issue 7).
  if (!word.endsWith('er') || !/\p{Ll}er$/u.test(word) || word.length < 5 || GIVEN_NAMES.has(word) || isAcronym(word)) return false
  const next = ctx.tokens[i + 1]
  return isWord(next) && adjacent(ctx.plain, ctx.tokens[i], next) && isCapitalised(next.text) && isListedNoun(next.text) && !gazetteer().lookup(next.text)
}

/**
 * Context that names what follows: a place or institution noun right before, a quoted
 * medium, or `in`/`nach`/`aus` before a word with a place-name ending (`in Wolfsburg`,
 * `in Frankfurt`; `in Regierungskreisen` has none).
 */
function hasNamingContext(ctx: Context, i: number): boolean {
  const evidence: string[] = []
  placeEvidence(ctx, i, evidence)
  organizationEvidence(ctx, i, i, evidence)
  if (evidence.includes('place-noun') || evidence.includes('organization-noun') || evidence.includes('media')) return true
  // Not after `im`: `im Flüchtlingsheim`, `im Stadtwald` name no place.
  const previous = ctx.tokens[i - 1]
  return isWord(previous) && TOPONYM_PREPOSITIONS.has(lower(previous.text)) && hasToponymEnding(ctx.tokens[i].text)
}
const TOPONYM_PREPOSITIONS = new Set(['in', 'nach', 'aus'])

function hasToponymEnding(word: string): boolean {
  const lowered = lower(word)
  return TOPONYM_SUFFIXES.some((suffix) => lowered.endsWith(suffix) && lowered.length >= suffix.length + 3)
}

function isQuotedMedium(ctx: Context, i: number): boolean {
  if (!isQuoted(ctx, i, i)) return false
  const evidence: string[] = []
  organizationEvidence(ctx, i, i, evidence)
  return evidence.includes('media')
}

/** Strips a German genitive -s when the rest is a name seen elsewhere. */
export function genitiveBase(word: string): string | null {
  // `/[^sxzß]s$/` and `/'$|’$/`, read off the last two characters (asked several times per candidate; performance, issue 7).
  const n = word.length
  const last = word.charCodeAt(n - 1)
  if (last === 0x73 && n > 3) {
    const before = word.charCodeAt(n - 2)
    if (before !== 0x73 && before !== 0x78 && before !== 0x7a && before !== 0xdf) return word.slice(0, -1)
  }
  if (last === 0x27 || last === 0x2019) return word.slice(0, -1)
  return null
}

const MAX_QUOTED_WORDS = 5

/**
 * `Zeitung "Financial Times"`: a short title in quotation marks is one name, whatever
 * its words look like, when every word is capitalised. Returns its last token.
 */
function quotedTitleEnd(ctx: Context, i: number): number | null {
  const { tokens } = ctx
  if (tokens[i - 1]?.kind !== 'quote') return null
  for (let j = i; j < tokens.length && j < i + MAX_QUOTED_WORDS; j++) {
    if (tokens[j + 1]?.kind === 'quote') return j > i ? j : null
    if (!isWord(tokens[j + 1]) || !isNameWord(tokens[j + 1].text)) return null
  }
  return null
}

/**
 * The last token of a name that starts at `i`: following capitalised words join it
 * (`Wolodymyr Selenskyj`, `Ria Nowosti`, `Marwin Hitz`), but not a common noun after
 * a non-given name, an acronym after a word (`Militärgeheimdienstes HUR`), or a given
 * name after a word that is not one (`Region Charkiw Oleh Synjehubow`).
 */
function extendName(ctx: Context, i: number): number {
  const { tokens, plain } = ctx
  const quoted = quotedTitleEnd(ctx, i)
  if (quoted !== null) return quoted
  // After a given name or a club's legal form, the rest may look like a noun
  // (Thomas Müller, Bibiana Steinhaus, SC Freiburg).
  const opensName = GIVEN_NAMES.has(tokens[i].text) || ORGANIZATION_FORMS.has(tokens[i].text)
  let last = i
  while (last + 1 < tokens.length) {
    const next = tokens[last + 1]
    if (!isWord(next) || !adjacent(plain, tokens[last], next)) break
    const after = tokens[last + 2]
    if (NAME_PARTICLES.has(next.text) && isWord(after) && isCapitalised(after.text) && adjacent(plain, next, after)) {
      last += 2
      continue
    }
    if (!isNameWord(next.text) || isRoleWord(next.text) || next.text.includes('-')) break
    if (ORGANIZATION_FORMS.has(next.text)) {
      last++ // `Siemens AG`
      continue
    }
    if (isAcronym(next.text) && !isAcronym(tokens[last].text)) break
    if (GIVEN_NAMES.has(next.text) && !GIVEN_NAMES.has(tokens[last].text)) break
    if (!opensName && isCommonNoun(next.text) && !GIVEN_NAMES.has(next.text) && !gazetteer().lookup(next.text)) break
    last++
  }
  return last
}

/**
 * What a capitalised word that is no known name may be, by itself: no name (a function word,
 * role word, place adjective or listed common noun), a name only where its context names
 * something (it looks like a compound of a common noun), or a name. Memoised per word and
 * gazetteer (several look-ups per word; performance, issue 7).
 */
type WordVerdict = 'not-a-name' | 'name-in-context' | 'name'

function wordVerdictOf(word: string): WordVerdict {
  if (!isNameWord(word) || isRoleWord(word) || isPlaceAdjective(word)) return 'not-a-name'
  if (!GIVEN_NAMES.has(word) && !isAcronym(word) && !ORGANIZATION_FORMS.has(word) && isCommonNoun(word)) {
    return isListedNoun(word) ? 'not-a-name' : 'name-in-context'
  }
  return 'name'
}

let verdicts = memoByString(wordVerdictOf)
let verdictsOf: ReturnType<typeof gazetteer> | undefined

function wordVerdict(word: string): WordVerdict {
  const gaz = gazetteer()
  if (verdictsOf !== gaz) {
    verdicts = memoByString(wordVerdictOf)
    verdictsOf = gaz
  }
  return verdicts(word)
}

function pushCandidate(found: Candidate[], ctx: Context, first: number, last: number, base: string, type: EntityType | null, evidence: string[], extra?: Partial<Candidate>) {
  const { tokens, plain } = ctx
  // Written out rather than spread from sourceSpan's object (same keys, same order; performance, issue 7).
  const candidate: Candidate = {
    surface: plain.slice(tokens[first].start, tokens[last].end),
    base,
    type,
    start: ctx.sentence.tokens[first].start,
    end: ctx.sentence.tokens[last].end,
    sentence: ctx.sentence.index,
    evidence,
    firstToken: first,
    lastToken: last,
  }
  found.push(extra === undefined ? candidate : Object.assign(candidate, extra))
}

export function recogniseSentence(sentence: BlockSentence): Candidate[] {
  if (sentence.kind === 'byline') return []
  const ctx = contextOf(sentence)
  if (sentence.kind === 'credit' || sentence.kind === 'trailer') return recogniseCredit(ctx)
  if (sentence.kind === 'dateline') return recogniseDateline(ctx)
  const { tokens, plain } = ctx
  const found: Candidate[] = []

  for (let i = 0; i < tokens.length; i++) {
    const token: Token = tokens[i]
    if (!isWord(token)) continue
    if (!(isCapitalised(token.text) || isAcronym(token.text))) {
      // `wie die «taz» berichtet`: a lower-case name counts only exactly as the lexicon writes it.
      const lowerCaseName = gazetteer().lookup(token.text)
      if (lowerCaseName) pushCandidate(found, ctx, i, i, lowerCaseName.base, lowerCaseName.type, ['known'], { known: lowerCaseName })
      else if (isWebsite(token.text)) pushCandidate(found, ctx, i, i, token.text, 'organization', ['website'])
      else if (isQuotedMedium(ctx, i)) pushCandidate(found, ctx, i, i, token.text, 'organization', ['media'])
      continue
    }

    const known = matchKnown(ctx, i)
    if (known) {
      const evidence = ['known']
      const role = known.known.type === 'person' ? personEvidence(ctx, i, known.end, evidence) : undefined
      pushCandidate(found, ctx, i, known.end, known.known.base, known.known.type, evidence, { known: known.known, role })
      i = known.end
      continue
    }

    if (token.text.includes('-')) {
      found.push(...compoundParts(ctx, i))
      continue
    }

    const adjectiveName = matchAdjectiveName(ctx, i)
    if (adjectiveName) {
      pushCandidate(found, ctx, i, adjectiveName.last, adjectiveName.base, adjectiveName.type, ['adjective-name'])
      i = adjectiveName.last
      continue
    }

    // What the word alone says, then what its context says (the same tests as one condition before).
    const verdict = wordVerdict(token.text)
    if (verdict === 'not-a-name' || isAttributiveAdjective(ctx, i)) continue
    // A word that only looks like a compound (`Ros|atom`, `Tages|spiegel`, `Dort|mund`) is
    // a name when its context says so: `Staatskonzerns Rosatom`, `der «Tagesspiegel» meldet`.
    if (verdict === 'name-in-context' && !hasNamingContext(ctx, i)) continue

    const last = extendName(ctx, i)
    const evidence: string[] = []
    const role = personEvidence(ctx, i, last, evidence)
    placeEvidence(ctx, i, evidence)
    organizationEvidence(ctx, i, last, evidence)
    const type = decideType(evidence)
    if (type === null && last === i && isSentenceStart(tokens, i)) {
      // A lone capitalised word at the start of a sentence without any evidence is
      // kept only as an open candidate: article-level resolution may know it.
      pushCandidate(found, ctx, i, last, token.text, null, ['sentence-initial'])
    } else {
      const surface = plain.slice(tokens[i].start, tokens[last].end)
      pushCandidate(found, ctx, i, last, surface, type, evidence.length ? evidence : ['capitalised'], { role })
    }
    i = last
  }
  typeByCoordination(ctx, found)
  return found
}

const COORDINATORS = new Set(['und', 'oder', 'sowie', ','])

function linked(tokens: Token[], left: Candidate | undefined, right: Candidate | undefined): boolean {
  return left !== undefined && right !== undefined && right.firstToken === left.lastToken + 2 && COORDINATORS.has(lower(tokens[left.lastToken + 1].text))
}

/**
 * `nach Tokio und Seoul`, `Podoljak und Arestowytsch sagten`: a name without evidence of
 * its own, coordinated with a typed name, is of the same type.
 */
function typeByCoordination(ctx: Context, found: Candidate[]) {
  const { tokens } = ctx
  for (let k = 0; k < found.length; k++) {
    const candidate = found[k]
    if (candidate.type !== null || candidate.evidence[0] !== 'capitalised') continue
    const before = found[k - 1]
    const after = found[k + 1]
    const partner = linked(tokens, before, candidate) && before.type ? before : linked(tokens, candidate, after) && after.type ? after : undefined
    if (partner) found[k] = { ...candidate, type: partner.type, evidence: ['coordination'] }
  }
}
