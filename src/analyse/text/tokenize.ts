import type { Token } from '../../types.ts'
import { isApostropheCode, isDigitCode, isHyphenCode, isLetterCode, isLowerCode, isQuoteCode, isSpaceCode, isSymbolCode } from './chars.ts'

/*
 * Performance (issue 7): the scan works on char codes (no one-character strings), and
 * remembers whether it looked at a character past `end` (two look-aheads may), so the
 * tokens of a sentence can stand for a tokenization of the sentence's text alone.
 */

/** Token lists whose scan read nothing at or after their end: the same as tokenizing just that text. */
const selfContained = new WeakSet<readonly Token[]>()

/**
 * True when `tokens` came from `tokenize(plain, start, end)` without reading past `end`,
 * so `tokenize(plain.slice(start, end))` gives the same tokens shifted by `start`.
 */
export function isSelfContained(tokens: readonly Token[]): boolean {
  return selfContained.has(tokens)
}

/** Closing marks that belong to the sentence, not to a URL before them. */
const URL_TRAILING = '.,;:!?)]}»«"\'“”’'

/** ASCII letters of `text` at `i` equal lower-case `pattern` whatever their case (as `toLowerCase()` compares them). */
function startsWithAscii(text: string, i: number, pattern: string): boolean {
  if (i + pattern.length > text.length) return false
  for (let k = 0; k < pattern.length; k++) {
    const c = text.charCodeAt(i + k)
    const p = pattern.charCodeAt(k)
    if (c !== p && !(p >= 97 && p <= 122 && c === p - 32)) return false
  }
  return true
}

let lookedPastEnd = false

/** Text at `i` starts a URL or a bare www. host. */
function urlLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  if (c !== 0x68 && c !== 0x48 && c !== 0x77 && c !== 0x57) return 0
  // The prefix is read whatever `end` says (as before); note when that mattered.
  let prefix = 0
  if (startsWithAscii(text, i, 'http://')) prefix = 7
  else if (startsWithAscii(text, i, 'https://')) prefix = 8
  else if (startsWithAscii(text, i, 'www.')) prefix = 4
  else return 0
  if (i + prefix > end) lookedPastEnd = true
  let j = i
  while (j < end && !isSpaceCode(text.charCodeAt(j))) j++
  // Trailing sentence punctuation and closing marks belong to the sentence, not the URL.
  while (j > i && URL_TRAILING.includes(text[j - 1])) j--
  return j - i
}

/** `.`, `,`, `:`, `'`, `’`: separators inside a number. */
function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3a || c === 0x27 || c === 0x2019
}

/** End of the digits-and-separators run of a number starting at `i` (55.000, 1,2, 2:0, 1'000). */
function scanNumber(text: string, i: number, end: number): number {
  let j = i
  while (j < end && isDigitCode(text.charCodeAt(j))) j++
  while (j + 1 < end && isNumberSeparator(text.charCodeAt(j)) && isDigitCode(text.charCodeAt(j + 1))) {
    j++
    while (j < end && isDigitCode(text.charCodeAt(j))) j++
  }
  return j
}

/** Continue a word over letters, digits and word-internal hyphens, apostrophes and dots. */
function scanWord(text: string, i: number, end: number): number {
  let j = i
  let segmentStart = i
  while (j < end) {
    const ch = text.charCodeAt(j)
    if (isLetterCode(ch) || isDigitCode(ch)) {
      j++
      continue
    }
    const hasNext = j + 1 < end
    const next = hasNext ? text.charCodeAt(j + 1) : NaN
    if (hasNext && (isHyphenCode(ch) || isApostropheCode(ch)) && (isLetterCode(next) || isDigitCode(next))) {
      j++
      continue
    }
    // Domains (swissinfo.ch) and dotted abbreviations (z.B., u.a.) stay one word.
    if (ch === 0x2e && hasNext && (isLowerCode(next) || (j - segmentStart === 1 && isLetterCode(next)))) {
      j++
      segmentStart = j
      continue
    }
    // A suspended compound (Heiz- und Stromanlagen) keeps its hyphen.
    if (isHyphenCode(ch) && isLetterCode(text.charCodeAt(j - 1)) && (!hasNext || isSpaceCode(next) || next === 0x2c)) {
      j++
    }
    break
  }
  return j
}

/** 2 for a surrogate pair that lies wholly before `end`, else 1. */
function codePointLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return 2
  }
  return 1
}

/**
 * Split `plain[start, end)` into tokens; offsets are into `plain`.
 * One left-to-right pass, no backtracking.
 */
export function tokenize(plain: string, start = 0, end = plain.length): Token[] {
  const tokens: Token[] = []
  const stop = Math.min(Math.max(end, 0), plain.length)
  let i = Math.max(0, start)
  lookedPastEnd = false
  while (i < stop) {
    const ch = plain.charCodeAt(i)
    if (isSpaceCode(ch)) {
      i++
      continue
    }
    const letter = isLetterCode(ch)
    const url = letter ? urlLength(plain, i, stop) : 0
    if (url > 0) {
      tokens.push({ text: plain.slice(i, i + url), start: i, end: i + url, kind: 'word' })
      i += url
      continue
    }
    if (isDigitCode(ch)) {
      const j = scanNumber(plain, i, stop)
      let wordAfter = false
      if (j < stop) {
        const after = plain.charCodeAt(j)
        if (isLetterCode(after)) wordAfter = true
        else if (isHyphenCode(after) && isLetterCode(plain.charCodeAt(j + 1))) {
          // 15-Punkte-Plan: read one past the end when the hyphen is the last character.
          if (j + 1 >= stop) lookedPastEnd = true
          wordAfter = true
        }
      }
      // 15-Punkte-Plan, 2022er, 5G are words that begin with digits.
      if (wordAfter) {
        const k = scanWord(plain, j, stop)
        tokens.push({ text: plain.slice(i, k), start: i, end: k, kind: 'word' })
        i = k
      } else {
        tokens.push({ text: plain.slice(i, j), start: i, end: j, kind: 'number' })
        i = j
      }
      continue
    }
    if (letter) {
      const j = scanWord(plain, i, stop)
      tokens.push({ text: plain.slice(i, j), start: i, end: j, kind: 'word' })
      i = j
      continue
    }
    if (isQuoteCode(ch)) {
      tokens.push({ text: plain[i], start: i, end: i + 1, kind: 'quote' })
      i++
      continue
    }
    if (ch === 0x2e || ch === 0x21 || ch === 0x3f) {
      // Runs such as '...', '?!' and '!!!' are one mark.
      let j = i + 1
      if (ch === 0x2e) while (j < stop && plain.charCodeAt(j) === 0x2e) j++
      else while (j < stop && (plain.charCodeAt(j) === 0x21 || plain.charCodeAt(j) === 0x3f)) j++
      tokens.push({ text: plain.slice(i, j), start: i, end: j, kind: 'punct' })
      i = j
      continue
    }
    const len = codePointLength(plain, i, stop)
    tokens.push({ text: plain.slice(i, i + len), start: i, end: i + len, kind: isSymbolCode(ch) ? 'symbol' : 'punct' })
    i += len
  }
  if (!lookedPastEnd) selfContained.add(tokens)
  return tokens
}

/**
 * `tokens[first..last)` of `tokenize(plain, start, stop)` as tokenizing just their range
 * would give them (`tokenize(plain, tokens[first].start, tokens[last - 1].end)`), or
 * undefined when that cannot be told without tokenizing again. The range must start at a
 * token of the scan. When it ends at `stop` the scan is the same; when a space follows it,
 * no decision of the scan looked past it (every look-ahead reads a letter, digit, mark or
 * URL character there). Performance (issue 7): sentences reuse their paragraph's tokens.
 */
export function tokenRange(plain: string, tokens: Token[], stop: number, first: number, last: number): Token[] | undefined {
  if (first >= last) return undefined
  const end = tokens[last - 1].end
  if (end !== stop && !isSpaceCode(plain.charCodeAt(end))) return undefined
  const range = tokens.slice(first, last)
  if (end !== stop || selfContained.has(tokens)) selfContained.add(range)
  return range
}
