import type { SegmentKind, Token } from '../../types.ts'
import { isSpaceCode } from './chars.ts'
import { classifyLine, matchDateline, stripTrailing } from './boilerplate.ts'
import { splitSentences } from './boundary.ts'
import { tokenize, tokenRange } from './tokenize.ts'

export interface Segment {
  start: number
  end: number
  kind: SegmentKind
}

/** A block this short with no final punctuation is a heading: one segment, whatever its inner dots. */
const MAX_HEADING_LENGTH = 150

function trimmed(plain: string, start: number, end: number): [number, number] {
  while (start < end && isSpaceCode(plain.charCodeAt(start))) start++
  while (end > start && isSpaceCode(plain.charCodeAt(end - 1))) end--
  return [start, end]
}

function endsWithPunctuation(plain: string, start: number, end: number): boolean {
  let i = end - 1
  // Closing quotes and brackets after the final mark (`.“`, `.)`) do not count.
  while (i > start && '“”"«»’\')]'.includes(plain[i])) i--
  const c = plain[i]
  return c === '.' || c === '!' || c === '?' || c === '…' || c === ':' || c === ';'
}

function hasNewline(plain: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (plain.charCodeAt(i) === 0x0a) return true
  return false
}

/** Segments of one stretch of lines that are not whole-line boilerplate; `tokensOut` gets each one's tokens when known. */
function segmentRunningText(plain: string, start: number, end: number, atBlockStart: boolean, out: Segment[], tokensOut: Array<Token[] | undefined>): void {
  let s = start
  if (atBlockStart) {
    const datelineEnd = matchDateline(plain, start, end)
    if (datelineEnd > 0) {
      out.push({ start, end: datelineEnd, kind: 'dateline' })
      tokensOut.push(undefined)
      s = datelineEnd
    }
  }
  const { pieces, end: textEnd } = stripTrailing(plain, s, end)
  const [a, b] = trimmed(plain, s, textEnd)
  if (a < b) {
    if (b - a <= MAX_HEADING_LENGTH && !hasNewline(plain, a, b) && !endsWithPunctuation(plain, a, b)) {
      out.push({ start: a, end: b, kind: 'sentence' })
      tokensOut.push(undefined)
    } else {
      const tokens = tokenize(plain, a, b)
      let first = 0
      for (const span of splitSentences(plain, tokens)) {
        out.push({ start: span.start, end: span.end, kind: 'sentence' })
        // Spans are runs of consecutive tokens, from a token's start to a token's end.
        while (first < tokens.length && tokens[first].start < span.start) first++
        let last = first
        while (last < tokens.length && tokens[last].end <= span.end) last++
        tokensOut.push(tokens[first]?.start === span.start && tokens[last - 1]?.end === span.end ? tokenRange(plain, tokens, b, first, last) : undefined)
        first = last
      }
    }
  }
  for (const piece of pieces) {
    out.push(piece)
    tokensOut.push(undefined)
  }
}

/**
 * Sentences and boilerplate pieces of one block (paragraph or heading),
 * in text order, trimmed, non-overlapping; offsets into `plain`.
 */
export function segment(plain: string): Segment[] {
  return segmentWithTokens(plain).segments
}

/** Segments the pending run, if any; returns the new (empty) run start. */
function flushRun(plain: string, runStart: number, runEnd: number, out: Segment[], tokens: Array<Token[] | undefined>): number {
  if (runStart >= 0) segmentRunningText(plain, runStart, runEnd, out.length === 0, out, tokens)
  return -1
}

/**
 * `segment`, and for each segment its tokens (`tokenize(plain, start, end)`) where the
 * segmentation already made them, else undefined.
 */
export function segmentWithTokens(plain: string): { segments: Segment[]; tokens: Array<Token[] | undefined> } {
  const out: Segment[] = []
  const tokens: Array<Token[] | undefined> = []
  // The pending run of running text (-1: none); flushed without a closure, which tsx would name per block (performance, issue 7).
  let runStart = -1
  let runEnd = -1
  let lineStart = 0
  while (lineStart <= plain.length) {
    let lineEnd = plain.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = plain.length
    const [a, b] = trimmed(plain, lineStart, lineEnd)
    if (a < b) {
      const kind = classifyLine(plain, a, b)
      if (kind !== null) {
        runStart = flushRun(plain, runStart, runEnd, out, tokens)
        out.push({ start: a, end: b, kind })
        tokens.push(undefined)
      } else {
        if (runStart < 0) runStart = a
        runEnd = b
      }
    } else {
      // An empty line separates paragraphs even inside one block.
      runStart = flushRun(plain, runStart, runEnd, out, tokens)
    }
    lineStart = lineEnd + 1
  }
  flushRun(plain, runStart, runEnd, out, tokens)
  return { segments: out, tokens }
}
