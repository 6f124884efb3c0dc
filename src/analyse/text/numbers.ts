/**
 * Numbers in German news text: `55.000`, `1,2 Millionen`, `rund 1200`,
 * `8,7 Prozent`, `zwei`, `zweitägigen`, with their approximation words.
 */
import type { Token } from '../../types.ts'
import { isDigit, isHyphen } from './chars.ts'
import { isOrdinalPeriod } from './boundary.ts'
import { APPROXIMATORS, MULTIPLIERS, NEGATORS, NUMBER_ADJECTIVE_SUFFIXES, NUMBER_WORD_HEADS, NUMBER_STANDALONE_EXCLUDED, headFilter, type Approx } from './lexicon.ts'
import { parseNumberWord } from './number-words.ts'
import { tokenize } from './tokenize.ts'
import { memoByString } from '../memo.ts'

export interface NumberMatch {
  value: number
  /** The matched text, including a leading approximation word (`fast 1,2 Millionen`). */
  text: string
  start: number
  end: number
  approx?: Approx
}

/** 55.000, 1.234.567,89, Swiss 1'000 and 1’000, with thin or no-break spaces as group separators too. */
const GROUPED = /^\d{1,3}(?:([.'’\u202f\u00a0])\d{3})(?:\1\d{3})*(?:,\d+)?$/
const GROUP_SEPARATORS = /[.'’\u202f\u00a0]/g
const PLAIN = /^\d+(?:,\d+)?$/
const SIGN = /^(?:-|−|minus\s+)/
const NUMERAL_THEN_WORD = /^(\S+)\s+(\S+)$/u

function parseNumeral(text: string): number | null {
  if (PLAIN.test(text)) return Number(text.replace(',', '.'))
  if (GROUPED.test(text)) return Number(text.replace(GROUP_SEPARATORS, '').replace(',', '.'))
  return null
}

/**
 * Value of a German number written as digits (`55.000`, `8,7`), a number word
 * (`zwölf`), either followed by a multiplier (`1,2 Millionen`, `5 Mio.`); else null.
 * A dot followed by other than three digits is not German (`16.30` is a time).
 */
export function parseGermanNumber(text: string): number | null {
  let t = text.trim()
  let sign = 1
  const s = SIGN.exec(t)
  if (s !== null) {
    sign = -1
    t = t.slice(s[0].length)
  }
  let multiplier = 1
  const pair = NUMERAL_THEN_WORD.exec(t)
  if (pair !== null) {
    const m = MULTIPLIERS.get(pair[2])
    if (m === undefined) return null
    multiplier = m
    t = pair[1]
  }
  const value = isDigit(t[0]) ? parseNumeral(t) : parseNumberWord(t.toLowerCase())
  return value === null ? null : sign * value * multiplier
}

interface Core {
  value: number
  start: number
  end: number
  /** The core may take a multiplier after it (a number word inside a compound may not). */
  standalone: boolean
}

/** `zweitägigen` → 2 over `zwei`; `15-Punkte-Plan` → 15 over `15`. */
function numberInsideWord(token: Token): Core | null {
  const text = token.text
  if (isDigit(text[0])) {
    let i = 0
    while (i < text.length && isDigit(text[i])) i++
    if (!isHyphen(text[i])) return null
    return { value: Number(text.slice(0, i)), start: token.start, end: token.start + i, standalone: false }
  }
  const inside = numberWordInside(text.toLowerCase())
  return inside === null ? null : { value: inside.value, start: token.start, end: token.start + inside.length, standalone: false }
}

/** A number word before an adjective suffix (`zwei|tägigen`): its value and length in the lower-cased word. */
function numberWordInside(lower: string): { value: number; length: number } | null {
  for (const suffix of NUMBER_ADJECTIVE_SUFFIXES) {
    const at = lower.indexOf(suffix)
    if (at <= 0) continue
    const value = parseNumberWord(lower.slice(0, at))
    if (value !== null) return { value, length: at }
  }
  return null
}

/**
 * What a word (not starting with a digit) is as a number, whatever its neighbours: not
 * one, the article `ein`, a number word, or one inside a compound. Memoised: asked of
 * every word of every sentence (performance, issue 7).
 */
function wordNumber(text: string): 'article' | { value: number; length: number; standalone: boolean } | null {
  return mayBeNumberWord(text) ? wordNumberShape(text) : null
}
const mayBeNumberWord = headFilter(NUMBER_WORD_HEADS)
const wordNumberShape = memoByString((text: string): 'article' | { value: number; length: number; standalone: boolean } | null => {
  if (!NUMBER_WORD_HEADS.has(text.slice(0, 2).toLowerCase())) return null
  const lower = text.toLowerCase()
  if (lower === 'ein' || lower === 'eine' || lower === 'einer') return 'article'
  if (!NUMBER_STANDALONE_EXCLUDED.has(lower)) {
    const value = parseNumberWord(lower)
    if (value !== null) return { value, length: text.length, standalone: true }
  }
  const inside = numberWordInside(lower)
  return inside === null ? null : { ...inside, standalone: false }
})

function coreAt(plain: string, tokens: readonly Token[], i: number): Core | null {
  const token = tokens[i]
  if (token.kind === 'number') {
    const next = tokens[i + 1]
    if (next !== undefined && next.text === '.' && next.start === token.end) {
      // Ordinals (am 24. Februar) and minute marks ((82.)) are not quantities.
      if (isOrdinalPeriod(tokens, i + 1)) return null
      if (tokens[i - 1]?.text === '(' && tokens[i + 2]?.text === ')') return null
    }
    if (next !== undefined && next.text === 'Uhr') return null
    const value = parseNumeral(token.text)
    return value === null ? null : { value, start: token.start, end: token.end, standalone: true }
  }
  if (token.kind !== 'word') return null
  if (isDigit(token.text[0])) return numberInsideWord(token)
  const shape = wordNumber(token.text)
  if (shape === null) return null
  if (shape === 'article') {
    // `eine Million`: the article counts as one only before a multiplier.
    const next = tokens[i + 1]
    const multiplier = next !== undefined ? MULTIPLIERS.get(next.text) : undefined
    if (multiplier !== undefined && multiplier > 1000) return { value: 1, start: token.start, end: token.end, standalone: true }
    return null
  }
  return { value: shape.value, start: token.start, end: shape.standalone ? token.end : token.start + shape.length, standalone: shape.standalone }
}

/** The approximation phrase ending right before token `i`: returns its kind and first token index. */
function approximationBefore(tokens: readonly Token[], i: number): { approx: Approx; first: number } | null {
  const one = tokens[i - 1]
  const two = tokens[i - 2]
  if (one === undefined) return null
  if (one.text === '.' && two !== undefined && two.end === one.start) {
    const approx = APPROXIMATORS.get(two.text.toLowerCase() + '.')
    return approx === undefined ? null : { approx, first: i - 2 }
  }
  if (one.kind !== 'word') return null
  if (two !== undefined && two.kind === 'word') {
    const approx = APPROXIMATORS.get(two.text.toLowerCase() + ' ' + one.text.toLowerCase())
    if (approx !== undefined) return { approx, first: i - 2 }
  }
  const approx = APPROXIMATORS.get(one.text.toLowerCase())
  return approx === undefined ? null : { approx, first: i - 1 }
}

/** Every number in `plain`, in text order, with multipliers applied and approximations marked. */
export function findNumbers(plain: string): NumberMatch[] {
  return findNumbersInTokens(plain, tokenize(plain), 0)
}

/**
 * `findNumbers` over tokens already made: `tokens` tokenize `plain` from offset `base`
 * on as `tokenize` would tokenize that text alone; offsets returned are relative to `base`.
 */
export function findNumbersInTokens(plain: string, tokens: readonly Token[], base: number): NumberMatch[] {
  const found: NumberMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const core = coreAt(plain, tokens, i)
    if (core === null) continue
    let { value, start, end } = core
    const coreIndex = i
    if (core.standalone) {
      const next = tokens[i + 1]
      const multiplier = next !== undefined && next.kind === 'word' ? MULTIPLIERS.get(next.text) : undefined
      if (multiplier !== undefined) {
        value *= multiplier
        end = next.end
        const dot = tokens[i + 2]
        if (MULTIPLIERS.has(next.text + '.') && dot !== undefined && dot.text === '.' && dot.start === next.end) end = dot.end
        i++
      }
    }
    let first = coreIndex
    const negator = tokens[first - 1]
    if (negator !== undefined && NEGATORS.has(negator.text.toLowerCase())) {
      value = -value
      start = negator.start
      first--
    }
    const approximation = approximationBefore(tokens, first)
    if (approximation !== null) start = tokens[approximation.first].start
    const match: NumberMatch = { value, text: plain.slice(start, end), start: start - base, end: end - base }
    if (approximation !== null) match.approx = approximation.approx
    found.push(match)
  }
  return found
}
