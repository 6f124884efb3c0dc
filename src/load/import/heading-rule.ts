import rule from './heading-rule.json' with {type: 'json'}
import {isCreditLine} from './meta-lines.ts'
import {parseDateline} from './dateline.ts'

const finalPunctuation = new Set([...rule.finalPunctuation])
const closingQuotes = new Set([...rule.closingQuotes])
// `. Der`, `? Die`: a second sentence starts inside the line.
const innerSentenceBoundary = /[.!?]["'“”«»‘’]?\s+["„“»«]?\p{Lu}/u
const headingStart = /^["„“»«‘]?[\p{Lu}\d]/u

/**
 * Whether a line of pasted text reads as a headline or section heading rather
 * than running text. Web pages lose their heading markup when copied, so the
 * shape of the line is all that is left: short, capitalised, no sentence
 * punctuation at the end (see heading-rule.json for the limits and why).
 * Whether the line is followed by more text is the caller's to check.
 */
export function isHeadingLike(line: string): boolean {
  const text = line.trim()
  if (text.length === 0 || text.length > rule.maxChars) return false
  if (text.split(/\s+/).length > rule.maxWords) return false
  if (!headingStart.test(text)) return false
  if (endsInPunctuation(text)) return false
  if (innerSentenceBoundary.test(text)) return false
  if (isCreditLine(text) || parseDateline(text)) return false
  return true
}

function endsInPunctuation(text: string): boolean {
  let end = text.length
  // `… gesagt.“` ends a sentence although its last character is a quote mark.
  while (end > 0 && closingQuotes.has(text[end - 1])) end--
  return end === 0 || finalPunctuation.has(text[end - 1])
}
