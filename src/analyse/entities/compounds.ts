/**
 * Hyphenated compounds whose parts are names: `Kreml-Sprecher` → Kreml, `US-Sender` →
 * USA, `Donbass-Gebiet` → Donbass, `Putin-Selenskyj` → Putin and Selenskyj,
 * `BVB-Schlussmann` → BVB. A known name (or an organisation acronym in first place) is
 * a mention when every other part is a common noun, a role word or a known name too;
 * the compound as a whole (`Ukraine-Krieg`) is not a name.
 */
import { isRoleWord } from '../roles/index.ts'
import { lower, sourceSpan, type Candidate, type Context } from './context.ts'
import { COMMON_ABBREVIATIONS, FUNCTION_WORDS } from './cues.ts'
import { isPlaceNoun } from './evidence.ts'
import { isAcronym, isCapitalised } from './fold.ts'
import { gazetteer } from './gazetteer.ts'
import { isCommonNoun, isListedNoun } from './vocabulary.ts'

const isOrganisationAcronym = (part: string) => isAcronym(part) && !COMMON_ABBREVIATIONS.has(part.toUpperCase())

// Module functions, not closures per compound (tsx names each closure it creates; performance, issue 7).
function isOpenName(part: string): boolean {
  return isCapitalised(part) && !isAcronym(part) && !isListedNoun(part) && !FUNCTION_WORDS.has(lower(part))
}

/** A part that may stand beside a name in a compound (after `known[k] !== undefined`, checked by the caller). */
function isPart(part: string, k: number): boolean {
  return isCommonNoun(part) || isRoleWord(part) || FUNCTION_WORDS.has(lower(part)) || (k === 0 && isOrganisationAcronym(part))
}

export function compoundParts(ctx: Context, i: number): Candidate[] {
  const parts = ctx.tokens[i].text.split('-')
  if (parts.length < 2 || parts.some((part) => part === '')) return []
  const gaz = gazetteer()
  const known = parts.map((part) => gaz.lookup(part))
  // `Donbass-Gebiet`: an unknown name before a place noun is a place.
  if (parts.length === 2 && !known[0] && isCapitalised(parts[0]) && !isAcronym(parts[0]) && !isListedNoun(parts[0]) && !FUNCTION_WORDS.has(lower(parts[0])) && isPlaceNoun(parts[1])) {
    const span = sourceSpan(ctx, i, i)
    return [{ surface: parts[0], base: parts[0], type: 'place', start: span.start, end: span.start + parts[0].length, sentence: ctx.sentence.index, evidence: ['place-noun', 'compound'], firstToken: i, lastToken: i }]
  }
  // `Putin-Selenskyj`: a pair of unknown capitalised words may be two family names. They
  // stay open (type null): only a person the article or the lexicon knows takes them, so
  // a hyphenated name (`Rimski-Korsakow`) is not split into two.
  const openNames = parts.every((part, k) => known[k] !== undefined || isOpenName(part))
  if (!openNames && !parts.every((part, k) => known[k] !== undefined || isPart(part, k))) return []
  const span = sourceSpan(ctx, i, i)
  const candidates: Candidate[] = []
  let offset = 0
  parts.forEach((part, k) => {
    const start = span.start + offset
    offset += part.length + 1
    const name = known[k]
    const where = { surface: part, start, end: start + part.length, sentence: ctx.sentence.index, firstToken: i, lastToken: i }
    // A known name that is also a common noun (`Bayern-Verteidigung`? `Front-…`) counts only in first place.
    if (name && (k === 0 || !isCommonNoun(part))) candidates.push({ ...where, base: name.base, type: name.type, evidence: ['known', 'compound'], known: name })
    else if (!name && k === 0 && isOrganisationAcronym(part)) candidates.push({ ...where, base: part, type: 'organization', evidence: ['acronym', 'compound'] })
    else if (!name && openNames) candidates.push({ ...where, base: part, type: null, evidence: ['compound', 'open'] })
  })
  return candidates
}
