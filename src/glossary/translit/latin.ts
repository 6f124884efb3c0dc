/** Normalising a Latin-script name word before reading it back into Cyrillic. */
const LETTER_FOLDS: Record<string, string> = { ß: 'ss', ž: 'zh', š: 'sh', č: 'ch', ć: 'ch', ł: 'l' }

/** Lowercase, Czech-style háčeks spelled out, other diacritics and apostrophes dropped, only a–z kept. */
export function normaliseLatinWord(word: string): string {
  let out = ''
  for (const char of word.toLowerCase()) out += LETTER_FOLDS[char] ?? char
  return out.normalize('NFD').replace(/[^a-z]/g, '')
}
