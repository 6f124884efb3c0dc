/**
 * Reading a Russian or Ukrainian name back into Cyrillic from a German,
 * English or French spelling: a beam search over the weighted graphemes of
 * back-mapping.json, ranked by a character trigram model of the language,
 * typical name endings, and round-trip agreement (the candidate, spelled
 * again by the German or English scheme, should give back the input).
 */
import backMapping from './back-mapping.json' with { type: 'json' }
import nameEndings from './name-endings.json' with { type: 'json' }
import { romaniseLowercaseWord } from './scheme.ts'
import { schemeFor } from './schemes.ts'
import { languageModel } from './language-models.ts'
import { editDistance, variantKey } from '../variant-key.ts'
import { normaliseLatinWord } from './latin.ts'
import type { SchemeLanguage } from './scheme.ts'
import type { CharTrigramModel } from './ngram.ts'

export interface WordCandidate {
  cyrillic: string
  lang: SchemeLanguage
  score: number
}

interface Grapheme {
  latin: string
  cyrillic: string
  cost: number
  atStart: boolean
  atEnd: boolean
}

const LANGUAGES: SchemeLanguage[] = ['ru', 'uk']
const BEAM_WIDTH = 16
const CANDIDATES_PER_LANGUAGE = 6
/** Beam states re-scored by round trip and endings; the rest of the beam rarely wins and costs time. */
const RESCORED_PER_LANGUAGE = 10

type GraphemeRow = [string, string, number, string?]

function graphemeTable(language: SchemeLanguage): Map<string, Grapheme[]> {
  const byFirstLetter = new Map<string, Grapheme[]>()
  for (const [rawLatin, cyrillic, cost, only] of backMapping.graphemes as GraphemeRow[]) {
    if (only !== undefined && only !== language) continue
    const atStart = rawLatin.startsWith('^')
    const atEnd = rawLatin.endsWith('$')
    const latin = rawLatin.replace(/^\^|\$$/g, '')
    const list = byFirstLetter.get(latin[0]) ?? []
    list.push({ latin, cyrillic, cost, atStart, atEnd })
    byFirstLetter.set(latin[0], list)
  }
  // Conventional given names (word_mapping of the schemes) read back as whole words.
  for (const target of ['de', 'en'] as const) {
    for (const [cyrillic, latin] of schemeFor(language, target).words) {
      const lower = normaliseLatinWord(latin)
      const list = byFirstLetter.get(lower[0]) ?? []
      list.push({ latin: lower, cyrillic, cost: 0, atStart: true, atEnd: true })
      byFirstLetter.set(lower[0], list)
    }
  }
  return byFirstLetter
}

const tables = new Map(LANGUAGES.map((language) => [language, graphemeTable(language)]))
const SOFTABLE = new Set([...backMapping.softSign.after])
const SOFT_SIGN_COST = backMapping.softSign.cost
/** Weight of the letter model against the mapping costs, round trip and endings. */
export let LM_WEIGHT = backMapping.languageModelWeight
export function setLanguageModelWeight(w: number): void {
  LM_WEIGHT = w
}
const VOWEL_LATIN = /[aeiouy]/
type CostTable = Map<string, Record<string, number>>
const costTable = (table: object): CostTable =>
  new Map(Object.entries(table).filter(([latin]) => latin !== 'description') as [string, Record<string, number>][])
const BETWEEN_VOWELS = costTable(backMapping.betweenVowels)
const AT_WORD_START = costTable(backMapping.atWordStart)
const AT_WORD_END = costTable(backMapping.atWordEnd)

/** A grapheme's cost at this position: its own, or a positional cost where one applies. */
function costAt(g: Grapheme, latin: string, position: number): number {
  const end = position + g.latin.length
  if (position === 0) return AT_WORD_START.get(g.latin)?.[g.cyrillic] ?? g.cost
  if (end === latin.length) return AT_WORD_END.get(g.latin)?.[g.cyrillic] ?? g.cost
  const override = BETWEEN_VOWELS.get(g.latin)?.[g.cyrillic]
  if (override === undefined) return g.cost
  return VOWEL_LATIN.test(latin[position - 1]) && VOWEL_LATIN.test(latin[end]) ? override : g.cost
}

interface BeamState {
  cyrillic: string
  cost: number // mapping cost minus weighted language-model log probability so far
  previous2: string // the last two letters, for the trigram model ('^' before the word)
  previous1: string
}

function extend(state: BeamState, addition: string, mappingCost: number, model: CharTrigramModel): BeamState {
  let p2 = state.previous2
  let p1 = state.previous1
  let lm = 0
  for (const char of addition) {
    lm += model.logProb(p2, p1, char)
    p2 = p1
    p1 = char
  }
  return { cyrillic: state.cyrillic + addition, cost: state.cost + mappingCost - LM_WEIGHT * lm, previous2: p2, previous1: p1 }
}

function beamSearch(latin: string, language: SchemeLanguage): BeamState[] {
  const table = tables.get(language)!
  const model = languageModel(language)
  const beams: Map<string, BeamState>[] = Array.from({ length: latin.length + 1 }, () => new Map())
  beams[0].set('', { cyrillic: '', cost: 0, previous2: '^', previous1: '^' })
  for (let position = 0; position < latin.length; position++) {
    if (beams[position].size === 0) continue
    const states = [...beams[position].values()].sort((a, b) => a.cost - b.cost).slice(0, BEAM_WIDTH)
    const options = table.get(latin[position]) ?? []
    for (const g of options) {
      const end = position + g.latin.length
      if (g.atStart && position !== 0) continue
      if (g.atEnd && end !== latin.length) continue
      if (!latin.startsWith(g.latin, position)) continue
      const cost = costAt(g, latin, position)
      const lastLetter = g.cyrillic[g.cyrillic.length - 1]
      const nextLatin = latin[end]
      const softable = SOFTABLE.has(lastLetter) && (nextLatin === undefined || !VOWEL_LATIN.test(nextLatin))
      for (const state of states) {
        push(beams[end], extend(state, g.cyrillic, cost, model))
        if (softable) push(beams[end], extend(state, g.cyrillic + 'ь', cost + SOFT_SIGN_COST, model))
      }
    }
  }
  return [...beams[latin.length].values()]
    .map((s) => ({ ...s, cost: s.cost - LM_WEIGHT * model.logProb(s.previous2, s.previous1, '$') }))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, BEAM_WIDTH)
}

function push(beam: Map<string, BeamState>, state: BeamState): void {
  const existing = beam.get(state.cyrillic)
  if (!existing || existing.cost > state.cost) beam.set(state.cyrillic, state)
}

const endingBonuses = new Map(
  LANGUAGES.map((language) => {
    const table = (nameEndings as unknown as Record<string, Record<string, number>>)[language]
    return [language, Object.entries(table).sort((a, b) => b[0].length - a[0].length)]
  }),
)

function endingBonus(cyrillic: string, language: SchemeLanguage): number {
  for (const [ending, bonus] of endingBonuses.get(language)!) if (cyrillic.endsWith(ending)) return bonus
  return 0
}

/** The spelling system(s) an input may be in: German, English, or (no markers, or both) either. */
export type SpellingSystem = 'de' | 'en' | 'any'

/** How well the candidate, spelled again by the German or English scheme, reproduces the input. */
function roundTripAgreement(cyrillic: string, latin: string, language: SchemeLanguage, system: SpellingSystem): number {
  const targets: ('de' | 'en')[] = system === 'any' ? ['de', 'en'] : [system]
  const spellings = targets.map((target) => romaniseLowercaseWord(cyrillic, schemeFor(language, target)))
  // Our input is German text: without markers a German round trip counts more than an English one.
  if (spellings[0] === latin) return 2.5
  if (spellings.includes(latin)) return 1.8
  // Media spellings the schemes do not produce (Zelensky for KMU Zelenskyi) still agree up to variant folding.
  const inputKey = variantKey(latin)
  if (spellings.some((s) => variantKey(s) === inputKey)) return 0.5
  return -0.8 * Math.min(...spellings.map((s) => editDistance(s, latin)))
}

const wordCache = new Map<string, WordCandidate[]>()

const beamCache = new Map<string, BeamState[]>()

/** The beam does not depend on the spelling system, only the round-trip scoring does. */
function cachedBeam(latin: string, language: SchemeLanguage): BeamState[] {
  const key = `${language}:${latin}`
  let beam = beamCache.get(key)
  if (!beam) {
    beam = beamSearch(latin, language)
    if (beamCache.size > 40_000) beamCache.clear()
    beamCache.set(key, beam)
  }
  return beam
}

/** Forget cached readings (after the language models were replaced). */
export function clearWordCache(): void {
  wordCache.clear()
  beamCache.clear()
}

/** Ranked Cyrillic readings of one Latin word, for both languages (best first). */
export function backTransliterateWord(word: string, system: SpellingSystem = 'any'): WordCandidate[] {
  const latin = normaliseLatinWord(word)
  const cacheKey = `${system}:${latin}`
  const cached = wordCache.get(cacheKey)
  if (cached) return cached
  const candidates: WordCandidate[] = []
  if (latin.length > 0) {
    for (const language of LANGUAGES) {
      const scored = cachedBeam(latin, language).slice(0, RESCORED_PER_LANGUAGE).map((state) => ({
        cyrillic: state.cyrillic,
        lang: language,
        score: -state.cost + endingBonus(state.cyrillic, language) + roundTripAgreement(state.cyrillic, latin, language, system),
      }))
      scored.sort((a, b) => b.score - a.score)
      candidates.push(...scored.slice(0, CANDIDATES_PER_LANGUAGE))
    }
  }
  candidates.sort((a, b) => b.score - a.score)
  if (wordCache.size > 20_000) wordCache.clear()
  wordCache.set(cacheKey, candidates)
  return candidates
}
