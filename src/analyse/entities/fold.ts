/** Case- and typography-insensitive key for exact surface look-ups (not the fuzzy variant key). */
export function foldSurface(text: string): string {
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
  return ACRONYM.test(word)
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}
