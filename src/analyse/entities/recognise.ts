/**
 * Named-entity recognition for German news, where every noun is capitalised: a
 * capital letter is only a hint. Each candidate is accepted by combining evidence
 * (known names, role words, given names, verbs of saying, place and organisation
 * cues) and rejected by other evidence (function words, the common-noun vocabulary).
 */
import type { EntityType, Mention, Role, Token } from '../../types.ts'
import type { BlockSentence } from '../sentences.ts'
import { findRoleAfter, findRoleBefore, isRoleWord } from '../roles/index.ts'
import {
  AGENCIES,
  COMMON_ABBREVIATIONS,
  FUNCTION_WORDS,
  GIVEN_NAMES,
  ORGANIZATION_FORMS,
  ORGANIZATION_HEADS,
  PERSON_PREPOSITIONS,
  PERSON_VERBS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  TITLE_WORDS,
} from './cues.ts'
import { foldSurface, isAcronym, isCapitalised } from './fold.ts'
import { gazetteer, type KnownName } from './gazetteer.ts'
import { isCommonNoun } from './vocabulary.ts'

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

const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'al', 'el', 'bin', 'ibn', 'le', 'la', 'du', 'dos', 'ter'])

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word'
}

/** Tokens are adjacent when only one space (or nothing) separates them in the block text. */
function adjacent(plain: string, left: Token, right: Token): boolean {
  const gap = plain.slice(left.end, right.start)
  return gap === ' ' || gap === ''
}

function lower(word: string): string {
  return word.toLowerCase()
}

function isSentenceStart(tokens: Token[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i]
    if (token.kind === 'quote') continue
    if (token.kind === 'punct' && /^[:(\[–—-]$/.test(token.text)) return true
    return false
  }
  return true
}

/** Can this word be part of a name at all? */
function isNameWord(word: string): boolean {
  if (!isCapitalised(word) && !isAcronym(word)) return false
  if (FUNCTION_WORDS.has(lower(word))) return false
  return true
}

interface Context {
  sentence: BlockSentence
  plain: string
  tokens: Token[]
}

function sourceSpan(ctx: Context, from: number, to: number): { start: number; end: number } {
  return { start: ctx.sentence.tokens[from].start, end: ctx.sentence.tokens[to].end }
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
  }
  return best
}

function tokenBefore(ctx: Context, i: number): Token | undefined {
  return ctx.tokens[i - 1]
}

/** Evidence for a person: role before/after, given name, verb of saying, title word. */
function personEvidence(ctx: Context, first: number, last: number, evidence: string[]): Role | undefined {
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
  const previous = tokenBefore(ctx, first)
  const next = tokens[last + 1]
  if (previous && isWord(previous) && (PERSON_VERBS.has(lower(previous.text)) || PERSON_PREPOSITIONS.has(lower(previous.text)))) evidence.push('verb-of-saying')
  if (isWord(next) && PERSON_VERBS.has(lower(next.text))) evidence.push('verb-of-saying')
  if (previous && isWord(previous) && TITLE_WORDS.has(lower(previous.text))) evidence.push('title')
  return role
}

function placeEvidence(ctx: Context, first: number, evidence: string[]) {
  const previous = tokenBefore(ctx, first)
  if (!isWord(previous)) return
  const word = lower(previous.text)
  if (PLACE_NOUNS.has(word)) evidence.push('place-noun')
  else if (PLACE_PREPOSITIONS.has(word)) evidence.push('place-preposition')
}

function organizationEvidence(ctx: Context, first: number, last: number, evidence: string[]) {
  const { tokens } = ctx
  const words = tokens.slice(first, last + 1).map((token) => token.text)
  if (words.length === 1 && isAcronym(words[0]) && !COMMON_ABBREVIATIONS.has(words[0].toUpperCase())) evidence.push('acronym')
  if (words.some((word) => ORGANIZATION_FORMS.has(word))) evidence.push('organization-form')
  const head = lower(words[words.length - 1])
  if (ORGANIZATION_HEADS.has(head)) evidence.push('organization-head')
  const previous = tokenBefore(ctx, first)
  if (isWord(previous) && ORGANIZATION_HEADS.has(lower(previous.text))) evidence.push('organization-noun')
}

function decideType(evidence: string[]): EntityType | null {
  const has = (name: string) => evidence.includes(name)
  if (has('role-before') || has('role-after') || has('given-name') || has('title')) return 'person'
  if (has('acronym') || has('organization-form') || has('organization-head') || has('organization-noun')) return 'organization'
  if (has('place-noun')) return 'place'
  if (has('verb-of-saying')) return 'person'
  if (has('place-preposition')) return 'place'
  return null
}

/**
 * `Kiewer`, `Moskauer`: an adjective (or inhabitant noun) made from a known place with
 * `-er` is not a mention of the place; at most it links a role to it.
 */
export function isPlaceAdjective(word: string): boolean {
  if (!/er$/.test(word) || word.length < 5) return false
  const place = gazetteer().lookup(word.slice(0, -2))
  return place !== undefined && place.type === 'place' && foldSurface(place.base) !== foldSurface(word)
}

/**
 * Hyphenated compounds whose parts are names: `Kreml-Sprecher` → Kreml, `US-Sender` →
 * USA, `Donbass-Gebiet` → Donbass, `Putin-Selenskyj` → Putin and Selenskyj,
 * `BVB-Schlussmann` → BVB. A known name (or an organisation acronym) is a mention when
 * every other part is a common noun, a role word or a known name too; the compound
 * as a whole (`Ukraine-Krieg`) is not a name.
 */
function compoundParts(ctx: Context, i: number): Candidate[] {
  const token = ctx.tokens[i]
  const parts = token.text.split('-')
  if (parts.some((part) => part === '')) return []
  const gaz = gazetteer()
  const known = parts.map((part) => gaz.lookup(part))
  const isOrganisationAcronym = (part: string) => isAcronym(part) && !COMMON_ABBREVIATIONS.has(part.toUpperCase())
  const isOther = (part: string, k: number) => known[k] !== undefined || isCommonNoun(part) || isRoleWord(part) || FUNCTION_WORDS.has(lower(part))
  if (!parts.every((part, k) => isOther(part, k) || (k === 0 && isOrganisationAcronym(part)))) return []
  const span = sourceSpan(ctx, i, i)
  const candidates: Candidate[] = []
  let offset = 0
  parts.forEach((part, k) => {
    const start = span.start + offset
    offset += part.length + 1
    const name = known[k]
    const base = { surface: part, start, end: start + part.length, sentence: ctx.sentence.index, firstToken: i, lastToken: i }
    if (name && !isCommonNoun(part)) candidates.push({ ...base, base: name.base, type: name.type, evidence: ['known', 'compound'], known: name })
    else if (name && k === 0) candidates.push({ ...base, base: name.base, type: name.type, evidence: ['known', 'compound'], known: name })
    else if (!name && k === 0 && isOrganisationAcronym(part)) candidates.push({ ...base, base: part, type: 'organization', evidence: ['acronym', 'compound'] })
  })
  return candidates
}

/** Strips a German genitive -s when the rest is a name seen elsewhere. */
export function genitiveBase(word: string): string | null {
  if (/[^sxzß]s$/.test(word) && word.length > 3) return word.slice(0, -1)
  if (/'$|’$/.test(word)) return word.slice(0, -1)
  return null
}

/**
 * Agency credits (`(AWP)`, `(eulerpool-AFX)`, `/mar/DP/bgf`): only the agency is a name;
 * editorial initials between slashes are not.
 */
function recogniseCredit(ctx: Context): Candidate[] {
  const { tokens } = ctx
  const found: Candidate[] = []
  tokens.forEach((token, i) => {
    if (!isWord(token) || tokens[i - 1]?.text === '/' || tokens[i + 1]?.text === '/') return
    const known = gazetteer().lookup(token.text)
    const isAgency = AGENCIES.has(lower(token.text)) && (isCapitalised(token.text) || token.text.includes('-'))
    if (known?.type !== 'organization' && !isAgency) return
    const span = sourceSpan(ctx, i, i)
    found.push({ surface: token.text, base: known?.base ?? token.text, type: 'organization', ...span, sentence: ctx.sentence.index, evidence: known ? ['known', 'credit'] : ['agency', 'credit'], known, firstToken: i, lastToken: i })
  })
  return found
}

export function recogniseSentence(sentence: BlockSentence): Candidate[] {
  if (sentence.kind === 'byline') return []
  const ctx: Context = { sentence, plain: sentence.blockRef.plain, tokens: sentence.plainTokens }
  if (sentence.kind === 'credit' || sentence.kind === 'trailer') return recogniseCredit(ctx)
  const { tokens, plain } = ctx
  const found: Candidate[] = []
  const push = (first: number, last: number, base: string, type: EntityType | null, evidence: string[], extra: Partial<Candidate> = {}) => {
    const span = sourceSpan(ctx, first, last)
    found.push({
      surface: plain.slice(tokens[first].start, tokens[last].end),
      base,
      type,
      ...span,
      sentence: sentence.index,
      evidence,
      firstToken: first,
      lastToken: last,
      ...extra,
    })
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!isWord(token)) continue
    if (!(isCapitalised(token.text) || isAcronym(token.text))) {
      // `wie die «taz» berichtet`: a lower-case name counts only exactly as the lexicon writes it.
      const lowerCaseName = gazetteer().lookup(token.text)
      if (lowerCaseName) push(i, i, lowerCaseName.base, lowerCaseName.type, ['known'], { known: lowerCaseName })
      continue
    }

    const known = matchKnown(ctx, i)
    if (known) {
      const evidence = ['known']
      const role = known.known.type === 'person' ? personEvidence(ctx, i, known.end, evidence) : undefined
      push(i, known.end, known.known.base, known.known.type, evidence, { known: known.known, role })
      i = known.end
      continue
    }

    if (token.text.includes('-')) {
      found.push(...compoundParts(ctx, i))
      continue
    }

    if (!isNameWord(token.text) || isRoleWord(token.text) || isPlaceAdjective(token.text)) continue
    const sentenceInitial = isSentenceStart(tokens, i)
    const isGiven = GIVEN_NAMES.has(token.text)
    if (!isGiven && !isAcronym(token.text) && isCommonNoun(token.text)) continue

    // Extend over following name words: `Wolodymyr Selenskyj`, `Marwin Hitz`, `Ria Nowosti`.
    let last = i
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1]
      if (!isWord(next) || !adjacent(plain, tokens[last], next)) break
      if (NAME_PARTICLES.has(next.text) && isWord(tokens[last + 2]) && isCapitalised(tokens[last + 2].text) && adjacent(plain, next, tokens[last + 2])) {
        last += 2
        continue
      }
      if (!isNameWord(next.text) || isRoleWord(next.text) || next.text.includes('-')) break
      // `Militärgeheimdienstes HUR`: an acronym after a word is a name of its own.
      if (isAcronym(next.text) && !isAcronym(tokens[last].text)) break
      // After a given name, a family name may look like a noun (Thomas Müller, Bibiana Steinhaus).
      if (!isGiven && isCommonNoun(next.text) && !GIVEN_NAMES.has(next.text) && !gazetteer().lookup(next.text)) break
      last++
    }

    const evidence: string[] = []
    const role = personEvidence(ctx, i, last, evidence)
    placeEvidence(ctx, i, evidence)
    organizationEvidence(ctx, i, last, evidence)
    const type = decideType(evidence)
    if (type === null && sentenceInitial && last === i) {
      // A lone capitalised word at the start of a sentence without any evidence is
      // kept only as an open candidate: article-level resolution may know it.
      push(i, last, token.text, null, ['sentence-initial'])
    } else {
      const surface = plain.slice(tokens[i].start, tokens[last].end)
      push(i, last, surface, type, evidence.length ? evidence : ['capitalised'], { role })
    }
    i = last
  }
  return found
}
