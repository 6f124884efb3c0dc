/** Surface keys and letter-shape tests for the recogniser. */
import { memoByString, ownCopy } from '../memo.ts'
import { isCapitalisedCode } from '../text/chars.ts'

// Only text with typographic apostrophes, dashes, odd spacing or combining marks needs
// the full treatment; most words take the fast path (this runs for every candidate word).
const NEEDS_FULL_FOLD = /[\u2019\u02BC\u2018`´\u2010-\u2015\u0300-\u036f\t\n\r\u00a0]|\s\s|^\s|\s$/

/**
 * Case- and typography-insensitive key for exact surface look-ups in running text: keeps
 * letters and diacritics as written (Müller ≠ Muller). Not the lexicon's `foldSurface`,
 * which also drops diacritics and apostrophes, nor the fuzzy `variantKey` of the glossary.
 */
// The key is kept by the memo (and by callers' maps): a string of its own, not a view of a paragraph.
export const surfaceKey = memoByString((text: string): string => ownCopy(foldSurfaceKey(text)))

function foldSurfaceKey(text: string): string {
  if (!NEEDS_FULL_FOLD.test(text)) return text.toLowerCase()
  return text
    .normalize('NFC')
    .replace(/[\u2019\u02BC\u2018`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

const ACRONYM = /^[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}$/
export function isAcronym(word: string): boolean {
  // Most words do not start with A-Z, Ä, Ö or Ü: answered without the regex (performance, issue 7).
  const first = word.charCodeAt(0)
  if (!((first >= 0x41 && first <= 0x5a) || first === 0xc4 || first === 0xd6 || first === 0xdc)) return false
  return ACRONYM.test(word)
}

export function isCapitalised(word: string): boolean {
  if (word.length === 0) return false
  // By code unit, from the character-class table (the string test allocates two strings; performance, issue 7).
  return isCapitalisedCode(word.charCodeAt(0))
}
