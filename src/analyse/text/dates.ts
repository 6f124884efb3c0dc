/**
 * Dates in German news text: `24. Februar 2022`, `05. Feb`, `24.02.2022`,
 * `seit Oktober 2025`, `im Juli`, `2022`, `am Donnerstag`, `vergangenen Jahres`.
 * Dates without a year, and weekdays, are placed relative to the article's date.
 *
 * Without a reference date, partial dates use ISO 8601's truncated forms:
 * `--MM-DD` (day and month), `--MM` (month), `-W-D` (weekday, 1 = Monday).
 */
import type { Token } from '../../types.ts'
import { isDigit, isUpper } from './chars.ts'
import {
  APPROXIMATORS,
  MONTH_NAMES,
  MONTH_PREPOSITIONS,
  RELATIVE_YEARS,
  isRelativeYearHead,
  RELATIVE_YEAR_SECOND_WORDS,
  WEEKDAYS,
  WEEKDAY_HEADS,
  WEEKDAY_SUFFIXES,
  YEAR_PREPOSITIONS,
  headFilter,
  monthOf,
} from './lexicon.ts'
import { tokenize } from './tokenize.ts'
import { memoByString } from '../memo.ts'

export interface DateMatch {
  iso: string
  text: string
  start: number
  end: number
  precision: 'day' | 'month' | 'year' | 'weekday'
}

interface Reference {
  year: number
  month: number
  day: number
  /** Days since the epoch, for distances. */
  epochDay: number
  weekday: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/
const MS_PER_DAY = 86_400_000
/** Four-digit numbers read as years when the context says so. */
const MIN_YEAR = 1900
const MAX_YEAR = 2100

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

function epochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY)
}

function isoOfEpochDay(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10)
}

// Every sentence of an article passes the same reference date: parse it once (performance, issue 7).
let lastReference: { text: string; parsed: Reference | null } | undefined

function parseReference(reference: string | undefined): Reference | null {
  if (reference === undefined) return null
  if (lastReference?.text === reference) return lastReference.parsed
  const parsed = parseReferenceText(reference)
  lastReference = { text: reference, parsed }
  return parsed
}

function parseReferenceText(reference: string): Reference | null {
  const m = ISO_DATE.exec(reference)
  if (m === null) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const days = epochDay(year, month, day)
  const weekday = ((new Date(days * MS_PER_DAY).getUTCDay() + 6) % 7) + 1
  return { year, month, day, epochDay: days, weekday }
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The year that puts `month`/`day` closest to the reference (a January article's `24. Dezember` is last year's). */
function closestYear(ref: Reference, month: number, day: number): number {
  let best = ref.year
  let bestDistance = Infinity
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const distance = Math.abs(epochDay(year, month, Math.min(day, 28)) - ref.epochDay)
    if (distance < bestDistance) {
      best = year
      bestDistance = distance
    }
  }
  return best
}

function dayIso(ref: Reference | null, day: number, month: number, year: number | undefined): string | null {
  if (year !== undefined) return validDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null
  if (ref === null) return validDay(2000, month, day) ? `--${pad(month)}-${pad(day)}` : null
  const y = closestYear(ref, month, day)
  return validDay(y, month, day) ? `${y}-${pad(month)}-${pad(day)}` : null
}

function yearOf(token: Token | undefined): number | undefined {
  if (token === undefined || token.kind !== 'number' || token.text.length !== 4) return undefined
  for (const ch of token.text) if (!isDigit(ch)) return undefined
  const year = Number(token.text)
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined
}

function dayNumber(token: Token | undefined): number | undefined {
  if (token === undefined || token.kind !== 'number' || token.text.length > 2) return undefined
  const day = Number(token.text)
  return Number.isInteger(day) && day >= 1 && day <= 31 ? day : undefined
}

/** A relative year phrase starting at token `i` (`vergangenen Jahres`, `im Vorjahr`): offset and token count. */
function relativeYearAt(tokens: readonly Token[], i: number): { offset: number; length: number } | null {
  if (!isRelativeYearHead(tokens[i].text)) return null
  // `in`, `im`, `des` open many phrases that are no year: the next word decides first (performance, issue 7).
  const second = tokens[i + 1]
  if (second === undefined || second.kind !== 'word' || !RELATIVE_YEAR_SECOND_WORDS.has(second.text.toLowerCase())) return null
  for (const length of [3, 2]) {
    if (i + length > tokens.length) continue
    let phrase = ''
    for (let k = i; k < i + length; k++) {
      if (tokens[k].kind !== 'word') {
        phrase = ''
        break
      }
      phrase += (k === i ? '' : ' ') + tokens[k].text.toLowerCase()
    }
    const offset = phrase === '' ? undefined : RELATIVE_YEARS.get(phrase)
    if (offset !== undefined) return { offset, length }
  }
  return null
}

// Asked of every word: filtered by initial, then memoised (performance, issue 7).
function weekdayOf(word: string): number | undefined {
  return mayBeWeekday(word) ? weekdayOfWord(word) : undefined
}
const mayBeWeekday = headFilter(WEEKDAY_HEADS)
const weekdayOfWord = memoByString((word: string): number | undefined => {
  if (!isUpper(word[0]) || !WEEKDAY_HEADS.has(word.slice(0, 2).toLowerCase())) return undefined
  const lower = word.toLowerCase()
  const direct = WEEKDAYS.get(lower)
  if (direct !== undefined) return direct
  for (const [name, weekday] of WEEKDAYS) {
    if (lower.startsWith(name) && WEEKDAY_SUFFIXES.includes(lower.slice(name.length))) return weekday
  }
  return undefined
})

/** Token index just past a month word and, for an abbreviation, its period. */
function pastMonth(tokens: readonly Token[], i: number): number {
  const word = tokens[i]
  const dot = tokens[i + 1]
  const isAbbreviation = !MONTH_NAMES.has(word.text.toLowerCase())
  return isAbbreviation && dot !== undefined && dot.text === '.' && dot.start === word.end ? i + 2 : i + 1
}

function pushDate(found: DateMatch[], plain: string, tokens: readonly Token[], base: number, firstToken: number, lastToken: number, iso: string, precision: DateMatch['precision']) {
  const start = tokens[firstToken].start
  const end = tokens[lastToken].end
  found.push({ iso, text: plain.slice(start, end), start: start - base, end: end - base, precision })
}

/** Every date expression in `plain`, in text order; `reference` is the article's ISO date. */
export function findDates(plain: string, reference?: string): DateMatch[] {
  return findDatesInTokens(plain, tokenize(plain), 0, reference)
}

/**
 * `findDates` over tokens already made: `tokens` tokenize `plain` from offset `base` on
 * as `tokenize` would tokenize that text alone; offsets returned are relative to `base`.
 */
export function findDatesInTokens(plain: string, tokens: readonly Token[], base: number, reference?: string): DateMatch[] {
  const ref = parseReference(reference)
  const found: DateMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]

    // 24. Februar 2022, 05. Feb, 1. Januar
    const day = dayNumber(token)
    const dot = tokens[i + 1]
    const monthWord = tokens[i + 2]
    if (day !== undefined && dot?.text === '.' && dot.start === token.end && monthWord?.kind === 'word' && isUpper(monthWord.text[0])) {
      const month = monthOf(monthWord.text)
      if (month !== undefined) {
        let last = pastMonth(tokens, i + 2) - 1
        const year = yearOf(tokens[last + 1])
        if (year !== undefined) last++
        const iso = dayIso(ref, day, month, year)
        if (iso !== null) {
          pushDate(found, plain, tokens, base, i, last, iso, 'day')
          i = last
          continue
        }
      }
    }

    // 24.02.2022
    if (token.kind === 'number') {
      const m = NUMERIC_DATE.exec(token.text)
      if (m !== null) {
        const shortYear = Number(m[3])
        const year = m[3].length === 2 ? 2000 + shortYear : shortYear
        const iso = dayIso(ref, Number(m[1]), Number(m[2]), year)
        if (iso !== null) pushDate(found, plain, tokens, base, i, i, iso, 'day')
        continue
      }
    }

    if (token.kind === 'word') {
      // Oktober 2025, im Juli, im Juli des vergangenen Jahres
      const month = isUpper(token.text[0]) ? monthOf(token.text) : undefined
      if (month !== undefined) {
        const after = pastMonth(tokens, i)
        const year = yearOf(tokens[after])
        if (year !== undefined) {
          pushDate(found, plain, tokens, base, i, after, `${year}-${pad(month)}`, 'month')
          i = after
          continue
        }
        const before = tokens[i - 1]
        const isFullName = MONTH_NAMES.has(token.text.toLowerCase())
        if (isFullName && before !== undefined && before.kind === 'word' && MONTH_PREPOSITIONS.has(before.text.toLowerCase())) {
          const relative = tokens[after]?.text === 'des' ? relativeYearAt(tokens, after + 1) : null
          if (relative !== null && ref !== null) {
            const last = after + relative.length
            pushDate(found, plain, tokens, base, i, last, `${ref.year + relative.offset}-${pad(month)}`, 'month')
            i = last
            continue
          }
          pushDate(found, plain, tokens, base, i, i, ref === null ? `--${pad(month)}` : `${closestYear(ref, month, 15)}-${pad(month)}`, 'month')
          continue
        }
      }

      // am Donnerstag, Donnerstagabend — unless a full date follows (Donnerstag, 5. Februar; Freitag, dem 14. März)
      const weekday = weekdayOf(token.text)
      if (weekday !== undefined) {
        const article = tokens[i + 2]?.text === 'dem' || tokens[i + 2]?.text === 'den' ? 1 : 0
        const dateFollows = tokens[i + 1]?.text === ',' && dayNumber(tokens[i + 2 + article]) !== undefined
        if (!dateFollows) {
          const iso = ref === null ? `-W-${weekday}` : isoOfEpochDay(ref.epochDay - ((ref.weekday - weekday + 7) % 7))
          pushDate(found, plain, tokens, base, i, i, iso, 'weekday')
        }
        continue
      }

      // vergangenen Jahres, im Vorjahr
      if (ref !== null) {
        const relative = relativeYearAt(tokens, i)
        if (relative !== null) {
          pushDate(found, plain, tokens, base, i, i + relative.length - 1, String(ref.year + relative.offset), 'year')
          i += relative.length - 1
          continue
        }
      }
    }

    // seit 2022, im Schlussquartal 2022, 2022.
    const year = yearOf(token)
    if (year !== undefined) {
      const before = tokens[i - 1]
      const next = tokens[i + 1]
      const prepositionBefore = before !== undefined && before.kind === 'word' && YEAR_PREPOSITIONS.has(before.text.toLowerCase())
      const quantityBefore = before !== undefined && APPROXIMATORS.has(before.text.toLowerCase())
      // `2000 Soldaten`: a count before a noun, not a year.
      const nounAfter = next !== undefined && next.kind === 'word' && isUpper(next.text[0])
      const unitAfter = next !== undefined && (next.kind === 'symbol' || next.text === 'Uhr')
      if (!quantityBefore && !unitAfter && (prepositionBefore || !nounAfter)) pushDate(found, plain, tokens, base, i, i, String(year), 'year')
    }
  }
  return found
}
