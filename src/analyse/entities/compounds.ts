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
import { gazetteer, type Gazetteer, type KnownName } from './gazetteer.ts'
import { memoByString } from '../memo.ts'
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

/**
 * What a compound yields, wherever it stands: a function of its text alone (and of the
 * gazetteer), so it is worked out once per spelling (performance, issue 7).
 */
type PartMention =
  | { kind: 'place'; part: string }
  | { kind: 'known'; part: string; offset: number; known: KnownName }
  | { kind: 'acronym' | 'open'; part: string; offset: number }

const PLAN_LIMIT = 50_000
// Plans for the gazetteer they were made with (evaluation switches the lexicon off and on).
let plans: { of: Gazetteer; plan: (text: string) => PartMention[] } | undefined

function planCompound(text: string, gaz: Gazetteer): PartMention[] {
  const parts = text.split('-')
  if (parts.length < 2 || parts.some((part) => part === '')) return []
  const known = parts.map((part) => gaz.lookup(part))
  // `Donbass-Gebiet`: an unknown name before a place noun is a place.
  if (parts.length === 2 && !known[0] && isCapitalised(parts[0]) && !isAcronym(parts[0]) && !isListedNoun(parts[0]) && !FUNCTION_WORDS.has(lower(parts[0])) && isPlaceNoun(parts[1])) {
    return [{ kind: 'place', part: parts[0] }]
  }
  // `Putin-Selenskyj`: a pair of unknown capitalised words may be two family names. They
  // stay open (type null): only a person the article or the lexicon knows takes them, so
  // a hyphenated name (`Rimski-Korsakow`) is not split into two.
  const openNames = parts.every((part, k) => known[k] !== undefined || isOpenName(part))
  if (!openNames && !parts.every((part, k) => known[k] !== undefined || isPart(part, k))) return []
  const plan: PartMention[] = []
  let offset = 0
  parts.forEach((part, k) => {
    const at = offset
    offset += part.length + 1
    const name = known[k]
    // A known name that is also a common noun (`Bayern-Verteidigung`? `Front-…`) counts only in first place.
    if (name && (k === 0 || !isCommonNoun(part))) plan.push({ kind: 'known', part, offset: at, known: name })
    else if (!name && k === 0 && isOrganisationAcronym(part)) plan.push({ kind: 'acronym', part, offset: at })
    else if (!name && openNames) plan.push({ kind: 'open', part, offset: at })
  })
  return plan
}

export function compoundParts(ctx: Context, i: number): Candidate[] {
  const gaz = gazetteer()
  if (plans?.of !== gaz) plans = { of: gaz, plan: memoByString((text: string) => planCompound(text, gaz), PLAN_LIMIT) }
  const plan = plans.plan(ctx.tokens[i].text)
  if (plan.length === 0) return []
  const span = sourceSpan(ctx, i, i)
  const sentence = ctx.sentence.index
  const candidates: Candidate[] = []
  for (const mention of plan) {
    const part = mention.part
    if (mention.kind === 'place') {
      candidates.push({ surface: part, base: part, type: 'place', start: span.start, end: span.start + part.length, sentence, evidence: ['place-noun', 'compound'], firstToken: i, lastToken: i })
      continue
    }
    const start = span.start + mention.offset
    const where = { surface: part, start, end: start + part.length, sentence, firstToken: i, lastToken: i }
    if (mention.kind === 'known') candidates.push({ ...where, base: mention.known.base, type: mention.known.type, evidence: ['known', 'compound'], known: mention.known })
    else if (mention.kind === 'acronym') candidates.push({ ...where, base: part, type: 'organization', evidence: ['acronym', 'compound'] })
    else candidates.push({ ...where, base: part, type: null, evidence: ['compound', 'open'] })
  }
  return candidates
}
