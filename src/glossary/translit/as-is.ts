/**
 * Deciding that a Latin-script name is not a Russian or Ukrainian name at all
 * (Steve Witkoff, Abu Dhabi, Washington, CSIS, Reuters), so it is kept as
 * written. Three signals, from cheapest: an acronym; a letter pattern that the
 * German, English and French transliterations never produce, or a mix of
 * German-only and English-only markers in one word (foreign-patterns.json);
 * and, in index.ts, a back-transliteration score too low for any Cyrillic
 * reading to be plausible.
 */
import foreignPatterns from './foreign-patterns.json' with { type: 'json' }

const PATTERNS = foreignPatterns.patterns.map(([pattern]) => new RegExp(pattern))
const GERMAN_MARKER = new RegExp(foreignPatterns.mixedSystems.german)
const ENGLISH_MARKER = new RegExp(foreignPatterns.mixedSystems.english)

export function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\d&]+$/u.test(word)
}

function fold(word: string): string {
  return word.toLowerCase().replace(/['\u2019\u02BC]/g, '')
}

/** A word that no German, English or French transliteration of Cyrillic would produce. */
export function looksForeign(word: string): boolean {
  if (isAcronym(word)) return true
  if (/[^\p{Script=Latin}'\u2019\u02BC-]/u.test(word)) return true
  const folded = fold(word)
  if (PATTERNS.some((p) => p.test(folded))) return true
  return GERMAN_MARKER.test(folded) && ENGLISH_MARKER.test(folded)
}
