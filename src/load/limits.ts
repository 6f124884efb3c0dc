/**
 * Shape limits that protect the build from pathological Markdown: the parser's work
 * grows with nesting depth and line length (5,000 nested `>` overflow its stack, tens of
 * thousands of open brackets on a line take it minutes). No news article comes near
 * these limits, so an input beyond them is reported, with its line, and skipped.
 */

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

export interface ShapeLimits {
  /** Longest line, in characters. */
  maxLineLength: number
  /** Deepest nesting of block quotes and lists on one line. */
  maxDepth: number
  /** Most link/image brackets on one line (they nest, and nesting is what costs). */
  maxBracketsPerLine: number
}

export const DEFAULT_LIMITS: ShapeLimits = { maxLineLength: 100_000, maxDepth: 32, maxBracketsPerLine: 1_000 }

export interface ShapeProblem {
  line: number
  reason: string
  ruleId: string
}

/** Leading block-container markers of a line: `>` quotes, list bullets and ordinals, indentation. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/

function nestingDepth(line: string): number {
  const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? ''
  const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
  return markers + Math.floor(indent / 4)
}

/** `[` in text[start, end). */
function countBrackets(text: string, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x5b) count++
  return count
}

/** A line can nest only when it starts with a space, tab, `>`, bullet or digit (CONTAINER_PREFIX's first characters). */
function mayNest(first: number): boolean {
  return first === 0x20 || first === 0x09 || first === 0x3e || first === 0x2d || first === 0x2a || first === 0x2b || (first >= 0x30 && first <= 0x39)
}

export function checkShape(text: string, limits: ShapeLimits = DEFAULT_LIMITS): ShapeProblem | undefined {
  let start = 0
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const length = end - start
    if (length > limits.maxLineLength) {
      return { line, ruleId: 'line-too-long', reason: `Line ${line} is ${length.toLocaleString('en')} characters long (the limit is ${limits.maxLineLength.toLocaleString('en')}); break it into paragraphs` }
    }
    // Performance (issue 7): lines are not sliced, and most cannot nest at all (depth 0).
    const depth = start < end && mayNest(text.charCodeAt(start)) ? nestingDepth(text.slice(start, end)) : 0
    if (depth > limits.maxDepth) {
      return { line, ruleId: 'too-deeply-nested', reason: `Line ${line} nests quotes or lists ${depth} levels deep (the limit is ${limits.maxDepth})` }
    }
    if (countBrackets(text, start, end) > limits.maxBracketsPerLine) {
      return { line, ruleId: 'too-deeply-nested', reason: `Line ${line} has more than ${limits.maxBracketsPerLine} link brackets` }
    }
    start = end + 1
  }
  return undefined
}
