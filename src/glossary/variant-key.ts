/**
 * Variant matching of Russian and Ukrainian names across German, English,
 * French and older spellings (Peskow / Peskov, Selenskyj / Zelensky,
 * Droujkivka / Druschkiwka / Druzhkivka). `variantKey` folds a name onto a
 * key; `isSameName` also accepts names whose consonant skeletons differ by
 * one edit, with guards against merging different names (Lawrow / Lwow,
 * Sergej / Sergejew). The fold rules are data: translit/variant-groups.json.
 */
import groups from './translit/variant-groups.json' with { type: 'json' }

const LETTERS = new Map(Object.entries(groups.letters as Record<string, string>))
const RULES: [RegExp, string][] = (groups.rules as [string, string, string][]).map(([pattern, replacement]) => [
  new RegExp(pattern, 'g'),
  replacement,
])

const APOSTROPHES_AND_MARKS = /['\u2019\u02BC\u2018\u0060\u00B4\u0300-\u036f]/g

function foldLetters(text: string): string {
  let out = ''
  for (const char of text.toLowerCase()) out += LETTERS.get(char) ?? char
  return out.normalize('NFD').replace(APOSTROPHES_AND_MARKS, '')
}

const keyCache = new Map<string, string>()

function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word)
}

function wordKey(word: string): string {
  let key = word
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement)
  return key.toLowerCase()
}

/** EMM/JRC-style key: equal keys mean "the same name in another spelling". */
export function variantKey(name: string): string {
  const cached = keyCache.get(name)
  if (cached !== undefined) return cached
  // Acronyms (TASS, G20) are not transliterations: they keep their letters and digits.
  const words = name
    .split(/[^\p{L}\p{N}'\u2019\u02BC]+/u)
    .filter((w) => w.length > 0)
    .map((w) => (isAcronym(w) ? foldLetters(w) : wordKey(foldLetters(w))))
  const key = words.join(' ')
  if (keyCache.size > 50_000) keyCache.clear()
  keyCache.set(name, key)
  return key
}

const VOWELS = /[aeiou]/g

function skeleton(wordKey: string): string {
  return wordKey.replace(VOWELS, '')
}

function vowelGroups(wordKey: string): number {
  return (wordKey.match(/[aeiou]+/g) ?? []).length
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

/**
 * Two single-word keys name the same thing when their consonant skeletons are
 * equal, or differ by one edit in the middle of a long skeleton. Guards: the
 * first letter and the last consonant must agree (a family-name suffix such as
 * Sergej → Sergejew or a different stem start is a different name), equal
 * skeletons need the same number of vowel groups (Iwanow / Iwanowo), skeletons
 * shorter than four consonants must match exactly (Lawrow / Lwow, Moskau /
 * Minsk), and the number of vowel groups may differ by at most one.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  if (a[0] !== b[0]) return false
  const sa = skeleton(a)
  const sb = skeleton(b)
  if (Math.abs(vowelGroups(a) - vowelGroups(b)) > 1) return false
  // Same consonants: the same name if only vowels moved (Charkow / Charkiw), not if a
  // syllable was added (Iwanow / Iwanowo, Pskow / Peskow).
  if (sa === sb) return vowelGroups(a) === vowelGroups(b) && (sa.length >= 2 || editDistance(a, b) <= 1)
  if (Math.min(sa.length, sb.length) < 4) return false
  if (sa[sa.length - 1] !== sb[sb.length - 1]) return false
  return editDistance(sa, sb) <= 1 && editDistance(a, b) <= 2
}

export function isSameName(a: string, b: string): boolean {
  const ka = variantKey(a)
  const kb = variantKey(b)
  if (ka === kb) return ka.length > 0
  const wa = ka.split(' ')
  const wb = kb.split(' ')
  if (wa.length !== wb.length) return false
  return wa.every((w, i) => sameWord(w, wb[i]))
}
