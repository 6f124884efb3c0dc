/**
 * Where a German sentence ends, decided token by token. The hard cases are
 * periods that do not end anything: ordinals (am 24. Februar), abbreviations
 * (z. B., Nr.), initials (J. R. R. Tolkien) and minute marks ((82.)).
 */
import type { Token } from '../../types.ts'
import { isDigit, isLetter, isOpeningBracket, isSpace, isUpper } from './chars.ts'
import {
  ENUMERATION_ENDERS,
  FINAL_CAPABLE_ABBREVIATIONS,
  FINAL_CAPABLE_SUFFIXES,
  LINE_CONTINUERS,
  MONTH_ABBREVIATIONS,
  NAME_LIKE_ABBREVIATIONS,
  ORDINAL_DETERMINERS,
  PREFIX_ABBREVIATIONS,
  SENTENCE_OPENERS,
  monthOf,
} from './lexicon.ts'

/** Longest line that may stand alone as an unpunctuated heading inside a block. */
const MAX_HEADING_LINE = 100

const CLOSING_QUOTES = new Set(['“', '”', '»', '«', '‘', '’', '"', "'", '›', '‹'])

function isTerminal(token: Token): boolean {
  if (token.kind !== 'punct') return false
  const c = token.text[0]
  return c === '.' || c === '!' || c === '?' || c === '…'
}

function isEllipsis(token: Token): boolean {
  return token.text === '…' || token.text.startsWith('..')
}

function adjacent(a: Token, b: Token | undefined): boolean {
  return b !== undefined && a.end === b.start
}

/** A closing mark glued to the terminal mark before it: `.“`, `.«`, `.)`, `."`. */
function isCloserAfterTerminal(plain: string, token: Token): boolean {
  if (token.text === ')' || token.text === ']' || token.text === '}') return true
  if (!CLOSING_QUOTES.has(token.text)) return false
  // A straight or guillemet mark glued to the next word opens the next quote instead.
  const after = plain[token.end]
  return after === undefined || isSpace(after) || !(isLetter(after) || isDigit(after))
}

function isWordLike(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number')
}

/** The next token can open a sentence: capitalised word, number, opening quote or bracket. */
function opensSentence(token: Token | undefined): boolean {
  if (token === undefined) return false
  if (token.kind === 'number') return true
  if (token.kind === 'quote') return true
  if (token.kind === 'word') return isUpper(token.text[0]) || isDigit(token.text[0])
  if (token.kind === 'punct') return isOpeningBracket(token.text) || token.text === '¿' || token.text === '¡'
  return token.text === '§'
}

function isOpener(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && SENTENCE_OPENERS.has(token.text)
}

function isPlainSmallNumber(text: string): boolean {
  if (text.length === 0 || text.length > 3) return false
  for (const ch of text) if (!isDigit(ch)) return false
  return true
}

/**
 * The period at `dotIndex` follows a number and marks it as an ordinal
 * (am 24. Februar, der 2. Weltkrieg, zum 3. Mal) rather than ending a sentence.
 */
export function isOrdinalPeriod(tokens: readonly Token[], dotIndex: number): boolean {
  const number = tokens[dotIndex - 1]
  const dot = tokens[dotIndex]
  if (number === undefined || dot === undefined || number.kind !== 'number' || dot.text !== '.' || number.end !== dot.start) return false
  if (!isPlainSmallNumber(number.text)) return false
  const next = tokens[dotIndex + 1]
  if (next === undefined) return false
  if (next.kind === 'word') {
    if (monthOf(next.text) !== undefined) return true
    if (SENTENCE_OPENERS.has(next.text)) return false
    if (!isUpper(next.text[0])) return true
  }
  const before = tokens[dotIndex - 2]
  return before !== undefined && before.kind === 'word' && ORDINAL_DETERMINERS.has(before.text.toLowerCase())
}

/** `(82.)`: a number in parentheses closed right after its period. */
function isParenthesisedMark(tokens: readonly Token[], dotIndex: number): boolean {
  const open = tokens[dotIndex - 2]
  const close = tokens[dotIndex + 1]
  return open !== undefined && open.text === '(' && close !== undefined && close.text === ')' && adjacent(tokens[dotIndex], close)
}

/** Dotted abbreviations written without spaces: z.B, u.a, i.d.R. */
function isDottedAbbreviation(word: string): boolean {
  if (!word.includes('.')) return false
  for (const piece of word.split('.')) if (piece.length > 2) return false
  return true
}

function hasAbbreviationSuffix(word: string): boolean {
  for (const suffix of FINAL_CAPABLE_SUFFIXES) if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true
  return false
}

function periodAfterWordEnds(tokens: readonly Token[], dotIndex: number, next: Token | undefined): boolean {
  const word = tokens[dotIndex - 1].text
  if (word.length === 1 && isLetter(word)) return false
  if (PREFIX_ABBREVIATIONS.has(word)) return false
  if (MONTH_ABBREVIATIONS.has(word.toLowerCase()) && isUpper(word[0])) {
    const beforeMonth = tokens[dotIndex - 2]
    const dateContext = (beforeMonth !== undefined && beforeMonth.text === '.' && tokens[dotIndex - 3]?.kind === 'number') || next?.kind === 'number'
    if (dateContext) return false
    if (!NAME_LIKE_ABBREVIATIONS.has(word)) return isOpener(next)
    return opensSentence(next)
  }
  if (ENUMERATION_ENDERS.has(word)) return opensSentence(next)
  if (FINAL_CAPABLE_ABBREVIATIONS.has(word) || isDottedAbbreviation(word) || hasAbbreviationSuffix(word)) return isOpener(next)
  return opensSentence(next)
}

/** Does the terminal mark at `index` end a sentence, given the token after its closing marks? */
function endsSentence(tokens: readonly Token[], index: number, next: Token | undefined, closedByParen: boolean): boolean {
  const mark = tokens[index]
  if (isEllipsis(mark)) return false
  if (mark.text !== '.') return next === undefined || opensSentence(next)
  const prev = tokens[index - 1]
  if (prev === undefined || prev.end !== mark.start) return next === undefined || opensSentence(next)
  if (prev.kind === 'number') {
    if (closedByParen && isParenthesisedMark(tokens, index)) return false
    if (isOrdinalPeriod(tokens, index)) return false
    return next === undefined || opensSentence(next)
  }
  if (next === undefined) return true
  if (prev.kind === 'word') return periodAfterWordEnds(tokens, index, next)
  return opensSentence(next)
}

function gapHasNewline(plain: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (plain[i] === '\n') return true
  return false
}

/** Tokens that may end an unpunctuated line that stands alone (a heading inside a block). */
function canEndHeadingLine(token: Token): boolean {
  if (token.kind === 'word' && LINE_CONTINUERS.has(token.text)) return false
  return isWordLike(token) || token.kind === 'quote' || token.text === ')'
}

/** Longest quotation kept whole when it holds several sentences (`„A. B“, sagte er.`). */
const MAX_QUOTE_SPAN = 300

/** Is the quote mark at `token` an opening one, judged by its neighbours? */
function opensQuote(plain: string, token: Token): boolean {
  const before = plain[token.start - 1]
  const after = plain[token.end]
  const spaceBefore = before === undefined || isSpace(before) || isOpeningBracket(before)
  const spaceAfter = after === undefined || isSpace(after)
  return spaceBefore && !spaceAfter
}

/** The mark that closes a quotation opened by `open`, for the styles where it differs. */
const CLOSER_OF: Readonly<Record<string, string>> = { '„': '“', '‚': '‘', '“': '”', '»': '«', '«': '»', '‹': '›', '›': '‹', '‘': '’' }

/**
 * For each opening quote token, the index of its closing token (or -1), found
 * with one stack pass. Straight quotes open or close by their neighbours;
 * »« and «» open with whichever comes first.
 */
function matchQuotes(plain: string, tokens: readonly Token[]): Int32Array {
  const closing = new Int32Array(tokens.length).fill(-1)
  const stack: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'quote') continue
    const top = stack.length > 0 ? stack[stack.length - 1] : -1
    const expected = top >= 0 ? (CLOSER_OF[tokens[top].text] ?? tokens[top].text) : undefined
    if (token.text === expected) {
      closing[top] = i
      stack.pop()
      continue
    }
    if (token.text in CLOSER_OF || ((token.text === '"' || token.text === "'") && opensQuote(plain, token))) stack.push(i)
  }
  return closing
}

export interface Span {
  start: number
  end: number
}

/**
 * Sentence spans over the tokens of one stretch of running text (no boilerplate).
 * Each span runs from its first token's start to its last token's end.
 */
export function splitSentences(plain: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = []
  const quoteClose = matchQuotes(plain, tokens)
  /** Index of the last token of the open quotations (short enough to keep whole), or -1. */
  let quoteOpenUntil = -1
  let first = 0
  // True while the current sentence began at a line start and has not crossed a line break.
  let lineStartsSentence = true
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const close = quoteClose[i]
    if (close > quoteOpenUntil && tokens[close].end - token.start <= MAX_QUOTE_SPAN) quoteOpenUntil = close
    if (isTerminal(token)) {
      let last = i
      let closedByParen = false
      while (last + 1 < tokens.length && adjacent(tokens[last], tokens[last + 1]) && isCloserAfterTerminal(plain, tokens[last + 1])) {
        if (tokens[last + 1].text === ')') closedByParen = true
        last++
      }
      const next = tokens[last + 1]
      const glued = next !== undefined && adjacent(tokens[last], next)
      const insideQuote = quoteOpenUntil > last
      if (!glued && !insideQuote && endsSentence(tokens, i, next, closedByParen)) {
        spans.push({ start: tokens[first].start, end: tokens[last].end })
        first = last + 1
        lineStartsSentence = next !== undefined && gapHasNewline(plain, tokens[last].end, next.start)
        i = last
        continue
      }
      i = last
      continue
    }
    const next = tokens[i + 1]
    if (next !== undefined && gapHasNewline(plain, token.end, next.start)) {
      const lineLength = token.end - tokens[first].start
      if (lineStartsSentence && lineLength <= MAX_HEADING_LINE && canEndHeadingLine(token) && opensSentence(next)) {
        spans.push({ start: tokens[first].start, end: token.end })
        first = i + 1
      } else {
        // The sentence now spans a line break, so it is running text, not a heading line.
        lineStartsSentence = false
      }
    }
  }
  if (first < tokens.length) spans.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end })
  return spans
}
