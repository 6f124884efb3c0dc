/**
 * Agency and newsroom boilerplate around the running text of a block:
 * datelines at the start (`Kiew, 05. Feb (Reuters) -`), trailers at the end
 * (`/mar/DP/bgf`, `(AWP)`, `© dpa-infocom`), and whole lines that are bylines
 * or photo credits. These must never reach a summary, so they become
 * segments of their own kind.
 */
import type { SegmentKind } from '../../types.ts'
import { isLetter, isRegexSpaceCode, isSpace, isUpper } from './chars.ts'
import {
  BYLINE_GENRES,
  BYLINE_LABELS,
  CREDIT_LABELS,
  CREDIT_MARKERS,
  PHOTO_SOURCES,
  SOURCE_NOTES,
  TRAILER_MARKS,
  isAgencyList,
} from './lexicon.ts'

export interface Piece {
  start: number
  end: number
  kind: SegmentKind
}

/** How far into a block a dateline may reach, and how far from its end trailers are looked for. */
const DATELINE_WINDOW = 160
const TRAILER_WINDOW = 240
const MAX_BOILERPLATE_LINE = 200

const CITY_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`
/**
 * City (up to four words, `Frankfurt/Main`), optional `, 5. März [2022]`,
 * then an agency in parentheses or a bare agency word, then a dash or bar.
 */
const DATELINE = new RegExp(
  String.raw`^(${CITY_WORD}(?:(?: |/| / )(?:${CITY_WORD}|am|an|der))` +
    String.raw`{0,3})(?:\s*,\s*\d{1,2}\.?\s*\p{L}+\.?(?: \d{4})?)?` +
    String.raw`(?:\s*\(([^()\n]{1,40})\)| ([\p{L}][\p{L}-]{1,20}))[ \t\u00a0]*[-–—|](?=\s)`,
  'u',
)

/** `/mar/DP/bgf`, `/ksr/DP/he`: the editors' initials dpa-AFX appends. */
const SLASH_TRAILER = /(?:\/[\p{L}\d]{1,8}){2,}\s*$/u
const PAREN_AT_END = /\(([^()\n]{1,60})\)\s*$/
const INITIALS = /^[a-z]{2,4}(?:\/[a-z]{2,4})*$/
const BARE_WORD_AT_END = /(?:^|\s)([\p{L}\/-]{2,20})\s*$/u
const COPYRIGHT_AT_END = /(?:©|\([cC]\)|Copyright)\s*([^©\n]{1,100})$/
const LABEL_COLON = /^\(?\s*([\p{L}]+)\s*(?::|\))\s*/u
const LABEL_TAIL = new RegExp(String.raw`(?:^|\s)(?:${[...CREDIT_LABELS].map((l) => l[0].toUpperCase() + l.slice(1)).join('|')})\s*:\s*[^.!?\n:]{1,100}$`, 'u')
const BYLINE_LABEL = /^([\p{L}]+)\s*:\s*\S/u
const BYLINE_GENRE = /^(?:(?:Ein|Eine)\s+)?([\p{L}]+)\s+von\s+(.+)$/u
const BYLINE_VON = /^Von\s+(.+)$/
const WHITESPACE = /\s+/
const SOURCE_SEPARATORS = /\s*[\/|,;]\s*/
const NAME_PARTICLES = new Set(['und', 'von', 'van', 'der', 'de', 'zu', 'di', 'da', 'la', 'le', 'bin', 'al', 'el', 'ibn'])

function skipSpaceForward(plain: string, i: number, end: number): number {
  while (i < end && isSpace(plain[i])) i++
  return i
}

function skipSpaceBackward(plain: string, start: number, i: number): number {
  while (i > start && isSpace(plain[i - 1])) i--
  return i
}

/** `[-–—|](?=\s)` occurs in `text`. */
function hasDashBeforeSpace(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7c) && isRegexSpaceCode(text.charCodeAt(i + 1))) return true
  }
  return false
}

/** End offset of a dateline at `start` (after its dash or bar), or -1. */
export function matchDateline(plain: string, start: number, end: number): number {
  const window = plain.slice(start, Math.min(end, start + DATELINE_WINDOW))
  // A dateline ends in a dash or bar before a space: without one, skip the regex (performance, issue 7).
  if (!hasDashBeforeSpace(window)) return -1
  const m = DATELINE.exec(window)
  if (m === null) return -1
  const agency = m[2] ?? m[3]
  if (agency === undefined || !isAgencyList(agency)) return -1
  return start + m[0].length
}

/** Text before `at` ends like a finished sentence (or there is none), so what follows may be a trailer. */
function followsSentenceEnd(plain: string, start: number, at: number): boolean {
  const i = skipSpaceBackward(plain, start, at)
  if (i === start) return true
  // A piece on a line of its own (`(AWP)` under `/mar/DP/bgf`) follows whatever came before.
  for (let k = i; k < at; k++) if (plain[k] === '\n') return true
  const c = plain[i - 1]
  return c === '.' || c === '!' || c === '?' || c === '…' || c === '“' || c === '”' || c === '"' || c === '«' || c === '»' || c === ')' || c === '’' || c === "'"
}

const WORD_SEPARATOR = /[\s,:;]/
const FINAL_PERIOD = /\.$/
/** `(mit dpa)`, `(mit Material von AFP)`. */
const WITH_PREFIX = 'mit '
const MATERIAL_FROM = /^(?:Material|Informationen)\s+(?:von|der|aus)\s+/i
const FINAL_COMMA = /[,;]$/

function firstWordOf(text: string): string {
  return text.trim().split(WORD_SEPARATOR)[0] ?? ''
}

function isPhotoSourceList(text: string): boolean {
  const cleaned = text.trim().replace(FINAL_PERIOD, '').toLowerCase()
  if (cleaned === '') return false
  return cleaned.split(SOURCE_SEPARATORS).every((part) => part !== '' && (PHOTO_SOURCES.includes(part) || isAgencyList(part)))
}

/** Characters LABEL_TAIL's last character class excludes (`[^.!?\n:]`). */
const LABEL_TAIL_CANNOT_END = '.!?\n:'

/** Code unit of the last character that `\s` does not match, or -1. */
function lastNonSpaceCode(text: string): number {
  let i = text.length - 1
  while (i >= 0 && isRegexSpaceCode(text.charCodeAt(i))) i--
  return i >= 0 ? text.charCodeAt(i) : -1
}

/** One boilerplate piece at the end of `[start, end)`, or null. */
function trailingPiece(plain: string, start: number, end: number): Piece | null {
  const windowStart = Math.max(start, end - TRAILER_WINDOW)
  const tail = plain.slice(windowStart, end)
  // Performance (issue 7): each pattern is tried only when the tail can match it. All but
  // LABEL_TAIL end in `\s*$`, so the last character before trailing spaces decides a lot.
  const last = lastNonSpaceCode(tail)
  const lastIsAsciiWord = last < 128 && ((last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a))

  let m = tail.includes('/') && (last >= 128 || lastIsAsciiWord || (last >= 0x30 && last <= 0x39)) ? SLASH_TRAILER.exec(tail) : null
  if (m !== null && followsSentenceEnd(plain, start, windowStart + m.index)) return { start: windowStart + m.index, end, kind: 'trailer' }

  m = last === 0x29 ? PAREN_AT_END.exec(tail) : null
  if (m !== null) {
    const inner = m[1].trim()
    const label = LABEL_COLON.exec(inner + ')')
    const isCredit = CREDIT_MARKERS.has(inner.toLowerCase()) || (label !== null && CREDIT_LABELS.has(label[1].toLowerCase()))
    if (isCredit) return { start: windowStart + m.index, end, kind: 'credit' }
    const credited = inner.toLowerCase().startsWith(WITH_PREFIX) ? inner.slice(WITH_PREFIX.length).replace(MATERIAL_FROM, '') : inner
    if ((isAgencyList(credited) || INITIALS.test(inner)) && followsSentenceEnd(plain, start, windowStart + m.index)) return { start: windowStart + m.index, end, kind: 'trailer' }
  }

  m = tail.includes('©') || tail.includes('(c)') || tail.includes('(C)') || tail.includes('Copyright') ? COPYRIGHT_AT_END.exec(tail) : null
  if (m !== null && followsSentenceEnd(plain, start, windowStart + m.index)) {
    return { start: windowStart + m.index, end, kind: isAgencyList(firstWordOf(m[1])) ? 'trailer' : 'credit' }
  }

  m = tail.includes(':') && !LABEL_TAIL_CANNOT_END.includes(tail[tail.length - 1]) ? LABEL_TAIL.exec(tail) : null
  if (m !== null) {
    const s = windowStart + m.index + (isSpace(m[0][0]) ? 1 : 0)
    if (followsSentenceEnd(plain, start, s)) return { start: s, end, kind: 'credit' }
  }

  m = last >= 128 || lastIsAsciiWord || last === 0x2f || last === 0x2d ? BARE_WORD_AT_END.exec(tail) : null
  if (m !== null) {
    const word = m[1]
    const s = windowStart + m.index + m[0].indexOf(word)
    if (followsSentenceEnd(plain, start, s)) {
      if (word.split('/').every((w) => TRAILER_MARKS.has(w))) return { start: s, end, kind: 'trailer' }
      if (s > start && isPhotoSourceList(word)) return { start: s, end, kind: 'credit' }
    }
  }
  return null
}

/**
 * Strip trailers and credits from the end of `[start, end)`, innermost last.
 * Returns the pieces in text order and the new end of the running text.
 */
export function stripTrailing(plain: string, start: number, end: number): { pieces: Piece[]; end: number } {
  const pieces: Piece[] = []
  let e = skipSpaceBackward(plain, start, end)
  for (;;) {
    const piece = trailingPiece(plain, start, e)
    if (piece === null || piece.start >= e) break
    const s = skipSpaceForward(plain, piece.start, e)
    pieces.unshift({ start: s, end: e, kind: piece.kind })
    e = skipSpaceBackward(plain, start, piece.start)
    if (e <= start) break
  }
  return { pieces, end: e }
}

/** `Max Mustermann`, `P. Tiko`, `Anna Muster und Jan Beispiel, Berlin`. */
function looksLikeNames(text: string): boolean {
  const words = text.trim().split(WHITESPACE)
  if (words.length === 0 || words.length > 10) return false
  let capitalised = 0
  for (const raw of words) {
    const word = raw.replace(FINAL_COMMA, '')
    if (word === '') continue
    if (NAME_PARTICLES.has(word)) continue
    if (!isUpper(word[0])) return false
    for (const ch of word) if (!(isLetter(ch) || ch === '.' || ch === '-' || ch === "'" || ch === '’')) return false
    // A full word with a final period is a sentence, not a name; initials keep theirs.
    if (word.endsWith('.') && word.length > 2) return false
    capitalised++
  }
  return capitalised > 0
}

/** Is the whole line `[start, end)` a byline or a photo/video credit? */
export function classifyLine(plain: string, start: number, end: number): SegmentKind | null {
  if (end - start > MAX_BOILERPLATE_LINE) return null
  const line = plain.slice(start, end)
  const copyright = COPYRIGHT_AT_END.exec(line)
  if (copyright !== null && copyright.index === 0) return isAgencyList(firstWordOf(copyright[1])) ? 'trailer' : 'credit'
  const label = LABEL_COLON.exec(line)
  if (label !== null && CREDIT_LABELS.has(label[1].toLowerCase()) && (line.includes(':') || line.startsWith('('))) return 'credit'
  if (line.startsWith('(') && line.endsWith(')') && CREDIT_MARKERS.has(line.slice(1, -1).trim().toLowerCase())) return 'credit'
  if (isPhotoSourceList(line)) return 'credit'
  const lower = line.toLowerCase()
  for (const note of SOURCE_NOTES) if (lower.startsWith(note)) return 'trailer'
  const byLabel = BYLINE_LABEL.exec(line)
  if (byLabel !== null && BYLINE_LABELS.has(byLabel[1].toLowerCase())) return 'byline'
  const von = BYLINE_VON.exec(line)
  if (von !== null && looksLikeNames(von[1])) return 'byline'
  const genre = BYLINE_GENRE.exec(line)
  if (genre !== null && BYLINE_GENRES.has(genre[1].toLowerCase()) && looksLikeNames(genre[2])) return 'byline'
  return null
}
