/**
 * Transliteration of Russian and Ukrainian names between German, English and
 * Cyrillic: lexicon first (whatever spelling the article used), then rules
 * (back-transliteration to Cyrillic, then the English and German schemes of
 * the likelier language); names that are not Slavic come back as written.
 */
import { backTransliterateWord, clearWordCache, type SpellingSystem, type WordCandidate } from './back-transliterate.ts'
import languageMarkers from './language-markers.json' with { type: 'json' }
import { normaliseLatinWord } from './latin.ts'
import { looksForeign } from './as-is.ts'
import { matchLexiconName, matchLexiconWord, type LexiconMatch } from './lexicon-match.ts'
import { romanise, type SchemeLanguage } from './scheme.ts'
import { schemeFor } from './schemes.ts'
import { languageModel } from './language-models.ts'
import { surfacesOf } from '../lexicon/index.ts'

export interface TranslitCandidate {
  cyrillic: string
  lang: 'ru' | 'uk'
  score: number
}

export interface TranslitResult {
  input: string
  en: string
  de: string
  cyrillic: string | null
  lang: 'ru' | 'uk' | null
  origin: 'lexicon' | 'rules' | 'as-is'
  variants: string[]
  candidates: TranslitCandidate[]
  lexiconId: string | null
}

export interface TranslitOptions {
  /** Ignore the lexicon (its Cyrillic still trains the letter model, but the input is never looked up). */
  rulesOnly?: boolean
  type?: 'person' | 'place' | 'organization'
}

/**
 * Below this mean score per letter no Cyrillic reading is plausible and the
 * name is kept as written. Measured on the lexicon's own forms: Slavic names
 * score from −1.8 (median) down to about −3.2 (the lowest); foreign names that
 * pass the letter patterns overlap that range (Kallas −1.8, Teheran −3.0), so
 * the threshold only catches strings no Cyrillic reading fits at all. The
 * letter patterns (as-is.ts) and the lexicon do the real work.
 */
const MIN_SCORE_PER_LETTER = -3.4

const LANGUAGES: SchemeLanguage[] = ['ru', 'uk']
const WORD = /[\p{L}'\u2019\u02BC]+/gu
const CYRILLIC = /\p{Script=Cyrillic}/u

const UKRAINIAN_MARKERS = languageMarkers.ukrainian.map((p) => new RegExp(p))
const UKRAINIAN_PENALTY = languageMarkers.ukrainianPenalty
const GERMAN_SYSTEM = new RegExp(languageMarkers.spellingSystems.de)
const ENGLISH_SYSTEM = new RegExp(languageMarkers.spellingSystems.en)

function hasUkrainianMarker(words: string[]): boolean {
  return words.some((word) => {
    const latin = normaliseLatinWord(word)
    return UKRAINIAN_MARKERS.some((p) => p.test(latin))
  })
}

function spellingSystemOf(words: string[]): SpellingSystem {
  const latin = words.map(normaliseLatinWord)
  const german = latin.some((w) => GERMAN_SYSTEM.test(w))
  const english = latin.some((w) => ENGLISH_SYSTEM.test(w))
  return german === english ? 'any' : german ? 'de' : 'en'
}

const resultCache = new Map<string, TranslitResult>()

/** Forget cached results (after the language models were replaced, in evaluation). */
export function clearTranslitCache(): void {
  resultCache.clear()
  clearWordCache()
}

export function transliterate(name: string, options: TranslitOptions = {}): TranslitResult {
  const input = name.trim().replace(/\s+/g, ' ')
  const cacheKey = `${options.rulesOnly ? 'r' : 'l'}|${options.type ?? ''}|${input}`
  const cached = resultCache.get(cacheKey)
  if (cached) return cached
  const result = compute(input, options)
  if (resultCache.size > 50_000) resultCache.clear()
  resultCache.set(cacheKey, result)
  return result
}

function compute(input: string, options: TranslitOptions): TranslitResult {
  if (!options.rulesOnly) {
    const match = matchLexiconName(input, options.type)
    if (match) return fromLexicon(input, match)
  }
  const words = [...input.matchAll(WORD)].map((m) => m[0])
  if (words.length === 0) return asIs(input)
  if (CYRILLIC.test(input)) return fromCyrillic(input)
  if (options.type === 'organization' || words.some(looksForeign)) return asIs(input)
  return fromRules(input, words, options)
}

function fromLexicon(input: string, match: LexiconMatch): TranslitResult {
  const { entry } = match
  const lang = entry.lang === 'ru' || entry.lang === 'uk' ? entry.lang : null
  const variants =
    match.part === 'full'
      ? surfacesOf(entry).filter((s) => s !== entry.cyrillic)
      : [match.de, match.en]
  return {
    input,
    en: match.en,
    de: match.de,
    cyrillic: match.cyrillic,
    lang,
    origin: 'lexicon',
    variants: unique([input, ...variants]),
    candidates: match.cyrillic && lang ? [{ cyrillic: match.cyrillic, lang, score: 0 }] : [],
    lexiconId: entry.id,
  }
}

function asIs(input: string): TranslitResult {
  return { input, en: input, de: input, cyrillic: null, lang: null, origin: 'as-is', variants: [input], candidates: [], lexiconId: null }
}

/** Cyrillic input: only the language is to be decided (letters і ї є ґ / ы э ъ ё settle it, else the letter model). */
function fromCyrillic(input: string): TranslitResult {
  const lower = input.toLowerCase()
  let lang: SchemeLanguage
  if (/[іїєґ]/.test(lower)) lang = 'uk'
  else if (/[ыэъё]/.test(lower)) lang = 'ru'
  else {
    const words = lower.match(WORD) ?? []
    const score = (l: SchemeLanguage) => words.reduce((sum, w) => sum + languageModel(l).wordLogProb(w), 0)
    lang = score('uk') > score('ru') ? 'uk' : 'ru'
  }
  const en = romanise(input, schemeFor(lang, 'en'))
  const de = romanise(input, schemeFor(lang, 'de'))
  return { input, en, de, cyrillic: input, lang, origin: 'rules', variants: unique([input, de, en]), candidates: [{ cyrillic: input, lang, score: 0 }], lexiconId: null }
}

interface WordReading {
  word: string
  lexicon?: LexiconMatch
  candidates: WordCandidate[]
}

function fromRules(input: string, words: string[], options: TranslitOptions): TranslitResult {
  const system = spellingSystemOf(words)
  const readings: WordReading[] = words.map((word) => ({
    word,
    lexicon: !options.rulesOnly && words.length > 1 ? matchLexiconWord(word) : undefined,
    candidates: backTransliterateWord(word, system),
  }))
  const totals = new Map<SchemeLanguage, number>()
  for (const lang of LANGUAGES) {
    let total = 0
    for (const reading of readings) {
      const best = reading.candidates.find((c) => c.lang === lang)
      total += best ? best.score : -100
      // A word the lexicon knows votes for its language.
      if (reading.lexicon?.entry.lang === lang) total += 3
    }
    totals.set(lang, total)
  }
  // Markers settle the language; without one, Russian is the likelier reading.
  if (hasUkrainianMarker(words)) totals.set('ru', totals.get('ru')! - UKRAINIAN_PENALTY)
  else totals.set('uk', totals.get('uk')! - UKRAINIAN_PENALTY)
  const lang: SchemeLanguage = totals.get('uk')! > totals.get('ru')! ? 'uk' : 'ru'
  const letters = words.join('').length
  const ruleLetters = readings.filter((r) => !r.lexicon).reduce((n, r) => n + r.word.length, 0)
  const ruleScore = readings
    .filter((r) => !r.lexicon)
    .reduce((sum, r) => sum + (r.candidates.find((c) => c.lang === lang)?.score ?? -100), 0)
  if (ruleLetters > 0 && ruleScore / ruleLetters < MIN_SCORE_PER_LETTER && letters > 0) return asIs(input)

  const pieces = readings.map((reading) => {
    if (reading.lexicon?.cyrillic) {
      return { cyrillic: reading.lexicon.cyrillic, en: reading.lexicon.en, de: reading.lexicon.de }
    }
    const best = reading.candidates.find((c) => c.lang === lang)
    const cyrillic = best ? caseLike(reading.word, best.cyrillic) : reading.word
    return { cyrillic, en: romanise(cyrillic, schemeFor(lang, 'en')), de: romanise(cyrillic, schemeFor(lang, 'de')) }
  })
  const rebuild = (field: 'cyrillic' | 'en' | 'de') => {
    let i = 0
    return input.replace(WORD, () => pieces[i++][field])
  }
  const cyrillic = rebuild('cyrillic')
  const en = rebuild('en')
  const de = rebuild('de')
  return {
    input,
    en,
    de,
    cyrillic,
    lang,
    origin: 'rules',
    variants: unique([input, de, en]),
    candidates: candidateList(input, readings),
    lexiconId: null,
  }
}

/** Whole-name readings per language (each word's best), and for one word every ranked reading. */
function candidateList(input: string, readings: WordReading[]): TranslitCandidate[] {
  if (readings.length === 1) {
    return readings[0].candidates.map((c) => ({ cyrillic: caseLike(readings[0].word, c.cyrillic), lang: c.lang, score: round(c.score) }))
  }
  const list: TranslitCandidate[] = []
  for (const lang of LANGUAGES) {
    let i = 0
    let score = 0
    const cyrillic = input.replace(WORD, () => {
      const reading = readings[i++]
      const best = reading.candidates.find((c) => c.lang === lang)
      score += best?.score ?? -100
      return best ? caseLike(reading.word, best.cyrillic) : reading.word
    })
    list.push({ cyrillic, lang, score: round(score) })
  }
  return list.sort((a, b) => b.score - a.score)
}

function caseLike(source: string, cyrillic: string): string {
  if (source.length > 1 && source === source.toUpperCase()) return cyrillic.toUpperCase()
  return source[0] === source[0].toUpperCase() ? cyrillic[0].toUpperCase() + cyrillic.slice(1) : cyrillic
}

const round = (x: number) => Math.round(x * 100) / 100
const unique = (xs: string[]) => [...new Set(xs.filter((x) => x.length > 0))]
