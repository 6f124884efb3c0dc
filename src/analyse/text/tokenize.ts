import type { Token } from '../../types.ts'
import { isApostrophe, isDigit, isHyphen, isLetter, isLower, isQuote, isSpace, isSymbol } from './chars.ts'

/** Text at `i` starts a URL or a bare www. host. */
function urlLength(text: string, i: number, end: number): number {
  const c = text[i]
  if (c !== 'h' && c !== 'H' && c !== 'w' && c !== 'W') return 0
  const head = text.slice(i, i + 8).toLowerCase()
  if (!(head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.'))) return 0
  let j = i
  while (j < end && !isSpace(text[j])) j++
  // Trailing sentence punctuation and closing marks belong to the sentence, not the URL.
  while (j > i && '.,;:!?)]}»«"\'“”’'.includes(text[j - 1])) j--
  return j - i
}

/** End of the digits-and-separators run of a number starting at `i` (55.000, 1,2, 2:0, 1'000). */
function scanNumber(text: string, i: number, end: number): number {
  let j = i
  while (j < end && isDigit(text[j])) j++
  while (j + 1 < end && (text[j] === '.' || text[j] === ',' || text[j] === ':' || text[j] === "'" || text[j] === '’') && isDigit(text[j + 1])) {
    j++
    while (j < end && isDigit(text[j])) j++
  }
  return j
}

/** Continue a word over letters, digits and word-internal hyphens, apostrophes and dots. */
function scanWord(text: string, i: number, end: number): number {
  let j = i
  let segmentStart = i
  while (j < end) {
    const ch = text[j]
    if (isLetter(ch) || isDigit(ch)) {
      j++
      continue
    }
    const next = text[j + 1]
    if (j + 1 < end && (isHyphen(ch) || isApostrophe(ch)) && (isLetter(next) || isDigit(next))) {
      j++
      continue
    }
    // Domains (swissinfo.ch) and dotted abbreviations (z.B., u.a.) stay one word.
    if (ch === '.' && j + 1 < end && (isLower(next) || (j - segmentStart === 1 && isLetter(next)))) {
      j++
      segmentStart = j
      continue
    }
    // A suspended compound (Heiz- und Stromanlagen) keeps its hyphen.
    if (isHyphen(ch) && isLetter(text[j - 1]) && (j + 1 >= end || isSpace(next) || next === ',')) {
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
  const push = (s: number, e: number, kind: Token['kind']) => tokens.push({ text: plain.slice(s, e), start: s, end: e, kind })
  while (i < stop) {
    const ch = plain[i]
    if (isSpace(ch)) {
      i++
      continue
    }
    const url = isLetter(ch) ? urlLength(plain, i, stop) : 0
    if (url > 0) {
      push(i, i + url, 'word')
      i += url
      continue
    }
    if (isDigit(ch)) {
      const j = scanNumber(plain, i, stop)
      const after = plain[j]
      // 15-Punkte-Plan, 2022er, 5G are words that begin with digits.
      if (j < stop && (isLetter(after) || (isHyphen(after) && isLetter(plain[j + 1])))) {
        const k = scanWord(plain, j, stop)
        push(i, k, 'word')
        i = k
      } else {
        push(i, j, 'number')
        i = j
      }
      continue
    }
    if (isLetter(ch)) {
      const j = scanWord(plain, i, stop)
      push(i, j, 'word')
      i = j
      continue
    }
    if (isQuote(ch)) {
      push(i, i + 1, 'quote')
      i++
      continue
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      // Runs such as '...', '?!' and '!!!' are one mark.
      let j = i + 1
      if (ch === '.') while (j < stop && plain[j] === '.') j++
      else while (j < stop && (plain[j] === '!' || plain[j] === '?')) j++
      push(i, j, 'punct')
      i = j
      continue
    }
    const len = codePointLength(plain, i, stop)
    push(i, i + len, isSymbol(ch) ? 'symbol' : 'punct')
    i += len
  }
  return tokens
}
