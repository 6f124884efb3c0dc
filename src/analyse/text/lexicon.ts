/**
 * The word lists from data/*.json, turned once (at module load) into the
 * Sets and Maps the scanners look words up in.
 */
import abbreviations from './data/abbreviations.json' with { type: 'json' }
import months from './data/months.json' with { type: 'json' }
import weekdays from './data/weekdays.json' with { type: 'json' }
import numberWords from './data/number-words.json' with { type: 'json' }
import approximators from './data/approximators.json' with { type: 'json' }
import agencies from './data/agencies.json' with { type: 'json' }
import openers from './data/sentence-openers.json' with { type: 'json' }

import { memoByString } from '../memo.ts'

export type Approx = 'about' | 'almost' | 'more-than' | 'at-least' | 'up-to'

/** Abbreviations (without their period) that never end a sentence. */
export const PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.prefix)
/** Abbreviations that end a sentence only when a sentence opener follows. */
export const FINAL_CAPABLE_ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.any)
/** Abbreviations closing an enumeration (etc., usw.): a capitalised word after them opens a sentence. */
export const ENUMERATION_ENDERS: ReadonlySet<string> = new Set(abbreviations.enumerationEnders)
/** Endings (Hauptstr.) that make any word such an abbreviation. */
export const FINAL_CAPABLE_SUFFIXES: readonly string[] = abbreviations.finalCapableSuffixes

/** Abbreviations that are also given names (Jan): only abbreviations next to a date. */
export const NAME_LIKE_ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.monthAbbreviationsAmbiguousWithNames)

/**
 * A cheap test that `word.toLowerCase()` may begin like one of `heads` (two-letter
 * beginnings, or whole words), so most words skip a memo look-up (performance, issue 7):
 * false only when the word's first two characters are ASCII and no head starts with them
 * in lower case.
 */
export function headFilter(heads: Iterable<string>): (word: string) => boolean {
  const pairs = new Uint8Array(128 * 128)
  for (const head of heads) {
    const a = head.charCodeAt(0)
    const b = head.length > 1 ? head.charCodeAt(1) : 0
    // A head with a non-ASCII letter needs no entry: words with one there are let through.
    if (a < 128 && b < 128) pairs[a * 128 + b] = 1
  }
  return (word) => {
    if (word.length === 0) return true
    const a = word.charCodeAt(0)
    const b = word.length > 1 ? word.charCodeAt(1) : 0
    if (a >= 128 || b >= 128) return true
    return pairs[lowerAscii(a) * 128 + lowerAscii(b)] === 1
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c
}

export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(Object.entries(months.names))
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map(Object.entries(months.abbreviations))

/** Month number of a capitalised month name or abbreviation (`Februar`, `Feb`), else undefined. */
export function monthOf(word: string): number | undefined {
  return mayBeMonth(word) ? monthOfWord(word) : undefined
}
// Asked of every capitalised word: filtered by initial, then memoised (performance, issue 7).
const mayBeMonth = headFilter([...MONTH_NAMES.keys(), ...MONTH_ABBREVIATIONS.keys()])
const monthOfWord = memoByString((word: string): number | undefined => {
  const lower = word.toLowerCase()
  return MONTH_NAMES.get(lower) ?? MONTH_ABBREVIATIONS.get(lower)
})

export const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(weekdays.names))
export const WEEKDAY_SUFFIXES: readonly string[] = weekdays.timeOfDaySuffixes

export const NUMBER_UNITS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.units))
export const NUMBER_TEENS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.teens))
export const NUMBER_TENS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.tens))
export const NUMBER_HUNDRED: string = numberWords.hundred
export const NUMBER_THOUSAND: string = numberWords.thousand
/** First two letters of every number word, to skip ordinary words without parsing them. */
export const NUMBER_WORD_HEADS: ReadonlySet<string> = new Set(
  [...Object.keys(numberWords.units), ...Object.keys(numberWords.teens), ...Object.keys(numberWords.tens), numberWords.hundred, numberWords.thousand].map((w) => w.slice(0, 2)),
)
export const NUMBER_STANDALONE_EXCLUDED: ReadonlySet<string> = new Set(numberWords.standaloneExcluded)
export const NUMBER_ADJECTIVE_SUFFIXES: readonly string[] = numberWords.adjectiveSuffixes
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.multipliers))
export const NEGATORS: ReadonlySet<string> = new Set(numberWords.negators)

/** Lower-case approximator phrase (one or two words) → kind. */
export const APPROXIMATORS: ReadonlyMap<string, Approx> = (() => {
  const map = new Map<string, Approx>()
  for (const [kind, phrases] of Object.entries(approximators)) {
    if (kind.startsWith('$')) continue
    for (const phrase of phrases as string[]) map.set(phrase, kind as Approx)
  }
  return map
})()

export const AGENCIES: ReadonlySet<string> = new Set(agencies.agencies)
export const TRAILER_MARKS: ReadonlySet<string> = new Set(agencies.trailerMarks)
export const CREDIT_LABELS: ReadonlySet<string> = new Set(agencies.creditLabels)
export const CREDIT_MARKERS: ReadonlySet<string> = new Set(agencies.creditMarkers)
export const PHOTO_SOURCES: readonly string[] = agencies.photoSources
export const SOURCE_NOTES: readonly string[] = agencies.sourceNotes
export const BYLINE_LABELS: ReadonlySet<string> = new Set(agencies.bylineLabels)
export const BYLINE_GENRES: ReadonlySet<string> = new Set(agencies.bylineGenres)

const AGENCY_LIST_SEPARATOR = /\s*[\/,;]\s*|\s+/

/** `dpa`, `dpa-AFX`, `APA/dpa`, `Reuters, AFP`: every piece a known agency. */
export function isAgencyList(text: string): boolean {
  const whole = text.trim().toLowerCase()
  if (whole === '') return false
  if (AGENCIES.has(whole)) return true
  const parts = whole.split(AGENCY_LIST_SEPARATOR)
  return parts.every((part) => part !== '' && (AGENCIES.has(part) || part.split('-').every((p) => AGENCIES.has(p))))
}

export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(openers.openers)
export const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set(openers.ordinalDeterminers)
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(openers.yearPrepositions)
export const MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(openers.monthPrepositions)
export const LINE_CONTINUERS: ReadonlySet<string> = new Set(openers.lineContinuers)
export const RELATIVE_YEARS: ReadonlyMap<string, number> = new Map(Object.entries(openers.relativeYears))
/** First words of the relative-year phrases, so most words are rejected with one lookup. */
export const RELATIVE_YEAR_HEADS: ReadonlySet<string> = new Set(Object.keys(openers.relativeYears).map((p) => p.split(' ')[0]))
/** Second words of the relative-year phrases (every phrase has two or three words). */
export const RELATIVE_YEAR_SECOND_WORDS: ReadonlySet<string> = new Set(Object.keys(openers.relativeYears).map((p) => p.split(' ')[1]))

/** `RELATIVE_YEAR_HEADS.has(word.toLowerCase())`, memoised: asked of every word when dates are resolved (performance, issue 7). */
export function isRelativeYearHead(word: string): boolean {
  if (!mayBeRelativeYearHead(word)) return false
  // `der`, `in`, `im` pass the pre-test: lower-case ASCII is its own lower case, no memo needed.
  return isLowerAscii(word) ? RELATIVE_YEAR_HEADS.has(word) : relativeYearHead(word)
}

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 0x61 || c > 0x7a) return false
  }
  return true
}
const mayBeRelativeYearHead = headFilter(RELATIVE_YEAR_HEADS)
const relativeYearHead = memoByString((word: string): boolean => RELATIVE_YEAR_HEADS.has(word.toLowerCase()))
/** First two letters of the weekday names. */
export const WEEKDAY_HEADS: ReadonlySet<string> = new Set(Object.keys(weekdays.names).map((w) => w.slice(0, 2)))
