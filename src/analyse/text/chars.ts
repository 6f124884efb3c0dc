/**
 * Character classes for a single linear scan over German text. Checked by
 * char code first so the common (ASCII/Latin-1) case never touches a regex.
 */

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false
  const c = ch.charCodeAt(0)
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  if (c < 0xc0) return false
  if (c === 0xd7 || c === 0xf7) return false
  if (c <= 0xff) return true
  return NON_ASCII_LETTER.test(ch)
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false
  const c = ch.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 0xc0) return false
  return UPPER.test(ch)
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false
  const c = ch.charCodeAt(0)
  if (c >= 97 && c <= 122) return true
  if (c < 0xc0) return false
  return LOWER.test(ch)
}

export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  // JavaScript's \s (Unicode White_Space and the BOM), plus the zero-width space, which
  // separates words as a space does. U+1680 and U+205F were missing here once (found by fast-check).
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  return c >= 0xa0 && (c === 0x200b || WHITE_SPACE.test(ch))
}
const WHITE_SPACE = /^\s/

/** Every quotation mark used in German, Swiss and English typography. */
const QUOTES = new Set(['"', "'", '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', '‟', '‛'])
export function isQuote(ch: string | undefined): boolean {
  return ch !== undefined && QUOTES.has(ch)
}

/** Apostrophes that may sit inside a word (D'Artagnan, Selenskyj’s). */
export function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’' || ch === 'ʼ'
}

export function isHyphen(ch: string | undefined): boolean {
  return ch === '-' || ch === '‑' || ch === '‐'
}

const SYMBOLS = new Set(['%', '‰', '€', '$', '£', '¥', '₽', '₴', '§', '°', '©', '®', '™', '#', '@', '&', '+', '=', '<', '>', '*', '~', '^', '±', '×', '÷'])
export function isSymbol(ch: string | undefined): boolean {
  return ch !== undefined && SYMBOLS.has(ch)
}

export function isClosingBracket(ch: string | undefined): boolean {
  return ch === ')' || ch === ']' || ch === '}'
}

export function isOpeningBracket(ch: string | undefined): boolean {
  return ch === '(' || ch === '[' || ch === '{'
}

/** Marks that can only open a quotation in German or Swiss use. */
export function isOpeningOnlyQuote(ch: string | undefined): boolean {
  return ch === '„' || ch === '‚'
}

/** A character with a lower case of its own that is its own upper case (what makes a word capitalised). */
function isCapitalisedChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/*
 * The same classes by UTF-16 code unit, for the tokenizer's inner loop (performance,
 * issue 7: no one-character strings, no regex per character). Each code unit is
 * classified once by the string predicates above, so both always agree.
 */
const CODE_LETTER = 1
const CODE_LOWER = 2
const CODE_SPACE = 4
const CODE_QUOTE = 8
const CODE_SYMBOL = 16
const CODE_CAPITALISED = 32
const CODE_KNOWN = 128
const codeClasses = new Uint8Array(0x10000)

function classOfCode(c: number): number {
  let k = codeClasses[c]
  if (k === 0) {
    const ch = String.fromCharCode(c)
    k = CODE_KNOWN | (isLetter(ch) ? CODE_LETTER : 0) | (isLower(ch) ? CODE_LOWER : 0) | (isSpace(ch) ? CODE_SPACE : 0) | (isQuote(ch) ? CODE_QUOTE : 0) | (isSymbol(ch) ? CODE_SYMBOL : 0) | (isCapitalisedChar(ch) ? CODE_CAPITALISED : 0)
    codeClasses[c] = k
  }
  return k
}

/** `isLetter` of the code unit `c` (NaN, from reading past the end, is none of these). */
export function isLetterCode(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  return c >= 0xc0 && (classOfCode(c) & CODE_LETTER) !== 0
}

export function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true
  return c >= 0xc0 && (classOfCode(c) & CODE_LOWER) !== 0
}

/** `isCapitalisedChar` of the code unit `c`. */
export function isCapitalisedCode(c: number): boolean {
  return (classOfCode(c) & CODE_CAPITALISED) !== 0
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57
}

export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  return c >= 0xa0 && (classOfCode(c) & CODE_SPACE) !== 0
}

export function isQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || (c >= 0xab && (classOfCode(c) & CODE_QUOTE) !== 0)
}

export function isSymbolCode(c: number): boolean {
  return c >= 0x23 && (classOfCode(c) & CODE_SYMBOL) !== 0
}

/** `-`, U+2011 and U+2010, as `isHyphen`. */
export function isHyphenCode(c: number): boolean {
  return c === 0x2d || c === 0x2011 || c === 0x2010
}

/** `'`, U+2019 and U+02BC, as `isApostrophe`. */
export function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc
}

/** What `\s` matches in a regular expression (WhiteSpace and LineTerminator), by code unit. */
export function isRegexSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
