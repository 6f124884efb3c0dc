/**
 * Finding a name in the lexicon whatever spelling an article used: exact
 * (folded) forms, family names, then variant keys and near-equal skeletons
 * (Peskov → Dmitri Peskow, Droujkivka → Druschkiwka). Keys of every lexicon
 * form are computed once.
 */
import { findLexiconEntriesByFamilyName, findLexiconEntry, lexiconEntries, surfacesOf, type LexiconEntry } from '../lexicon/index.ts'
import { editDistance, variantKey } from '../variant-key.ts'

export type NamePart = 'full' | 'family' | 'given'

export interface LexiconMatch {
  entry: LexiconEntry
  part: NamePart
  de: string
  en: string
  cyrillic: string | null
  how: 'exact' | 'family-name' | 'variant-key' | 'similar'
}

interface KeyedForm {
  entry: LexiconEntry
  part: NamePart
  key: string
}

type EntityType = LexiconEntry['type']

const lastWord = (s: string) => s.trim().split(/\s+/).at(-1) ?? s
const firstWord = (s: string) => s.trim().split(/\s+/)[0] ?? s

function partOf(entry: LexiconEntry, part: NamePart): Pick<LexiconMatch, 'de' | 'en' | 'cyrillic'> {
  if (part === 'full') return { de: entry.de, en: entry.en, cyrillic: entry.cyrillic }
  const pick = part === 'family' ? lastWord : firstWord
  return { de: pick(entry.de), en: pick(entry.en), cyrillic: entry.cyrillic ? pick(entry.cyrillic) : null }
}

let keyedForms: { byKey: Map<string, KeyedForm[]>; bySkeleton: Map<string, KeyedForm[]> } | null = null

const VOWEL_GROUPS = /[aeiou]+/g
const skeletonOf = (key: string) => key.replace(VOWEL_GROUPS, '')

function indexForms() {
  const byKey = new Map<string, KeyedForm[]>()
  const bySkeleton = new Map<string, KeyedForm[]>()
  const add = (entry: LexiconEntry, part: NamePart, surface: string) => {
    const key = variantKey(surface)
    if (!key) return
    const list = byKey.get(key) ?? []
    if (list.some((f) => f.entry === entry && f.part === part)) return
    const form = { entry, part, key }
    list.push(form)
    byKey.set(key, list)
    const skeleton = skeletonOf(key)
    const sameSkeleton = bySkeleton.get(skeleton) ?? []
    sameSkeleton.push(form)
    bySkeleton.set(skeleton, sameSkeleton)
  }
  for (const entry of lexiconEntries()) {
    const latinSurfaces = surfacesOf(entry).filter((s) => s !== entry.cyrillic)
    for (const surface of latinSurfaces) add(entry, 'full', surface)
    if (entry.type !== 'person') continue
    for (const surface of latinSurfaces) {
      if (!/\s/.test(surface.trim())) continue
      add(entry, 'family', lastWord(surface))
      add(entry, 'given', firstWord(surface))
    }
  }
  return { byKey, bySkeleton }
}

function forms() {
  keyedForms ??= indexForms()
  return keyedForms
}

/** One answer only: several entries that disagree on the English form make the match ambiguous. */
function unique(found: KeyedForm[], type: EntityType | undefined, how: LexiconMatch['how']): LexiconMatch | undefined {
  const typed = type ? found.filter((f) => f.entry.type === type) : found
  const pool = typed.length > 0 ? typed : found
  if (pool.length === 0) return undefined
  const answers = new Set(pool.map((f) => partOf(f.entry, f.part).en))
  if (answers.size !== 1) return undefined
  const best = pool[0]
  return { entry: best.entry, part: best.part, ...partOf(best.entry, best.part), how }
}

/** The lexicon entry (or the family-name part of one) this name refers to. */
export function matchLexiconName(name: string, type?: EntityType): LexiconMatch | undefined {
  const exact = findLexiconEntry(name)
  if (exact && (!type || exact.type === type || findLexiconEntriesByFamilyName(name).length === 0))
    return { entry: exact, part: 'full', ...partOf(exact, 'full'), how: 'exact' }
  const singleWord = !/\s/.test(name.trim())
  if (singleWord && (!type || type === 'person')) {
    const people = findLexiconEntriesByFamilyName(name)
    const match = unique(
      people.map((entry) => ({ entry, part: 'family' as const, key: '' })),
      undefined,
      'family-name',
    )
    if (match) return match
  }
  return matchByKey(name, type, singleWord ? ['full', 'family'] : ['full'])
}

/**
 * A single word of a longer name that is the family name of a lexicon person,
 * by folded form or variant key only (no near matches: a wrong family name is
 * worse than a rule reading). Given names are left to the rules: the lexicon's
 * given names come in both languages' forms (Вячеслав / В'ячеслав).
 */
export function matchLexiconWord(word: string): LexiconMatch | undefined {
  const byFold = unique(
    findLexiconEntriesByFamilyName(word).map((entry) => ({ entry, part: 'family' as const, key: '' })),
    undefined,
    'family-name',
  )
  if (byFold) return byFold
  const key = variantKey(word)
  return unique((forms().byKey.get(key) ?? []).filter((f) => f.part === 'family'), 'person', 'variant-key')
}

function matchByKey(name: string, type: EntityType | undefined, parts: NamePart[]): LexiconMatch | undefined {
  const key = variantKey(name)
  if (!key) return undefined
  const { byKey, bySkeleton } = forms()
  const sameKey = (byKey.get(key) ?? []).filter((f) => parts.includes(f.part))
  const byVariantKey = unique(sameKey, type, 'variant-key')
  if (byVariantKey || sameKey.length > 0) return byVariantKey
  const similar = (bySkeleton.get(skeletonOf(key)) ?? []).filter(
    (f) => parts.includes(f.part) && (!type || f.entry.type === type) && differOnlyInVowels(f.key, key),
  )
  return unique(similar, type, 'similar')
}

/**
 * Stricter than isSameName, because a wrong lexicon hit replaces a good rule
 * reading with another entity: the same consonants in the same order, the
 * same number of vowel groups, the same first and last letter, and one vowel
 * changed at most (Charkow / Charkiw), so Pskow ≠ Peskow, Iwanowo ≠ Iwanow,
 * Torezk ≠ Tomsk, Truchanow ≠ Turtschynow.
 */
function differOnlyInVowels(a: string, b: string): boolean {
  if (a === b) return true
  if (a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false
  const wordsA = a.split(' ')
  const wordsB = b.split(' ')
  if (wordsA.length !== wordsB.length) return false
  return wordsA.every((wa, i) => {
    const wb = wordsB[i]
    return (
      editDistance(wa, wb) <= 1 &&
      wa.replace(VOWEL_GROUPS, '') === wb.replace(VOWEL_GROUPS, '') &&
      (wa.match(VOWEL_GROUPS) ?? []).length === (wb.match(VOWEL_GROUPS) ?? []).length &&
      wa.replace(VOWEL_GROUPS, '').length >= 2
    )
  })
}
