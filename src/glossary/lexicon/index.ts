/**
 * The entity lexicon: people, places and organisations German news names
 * often, with their German standard form, usual English form, Cyrillic
 * original and the other spellings seen in the media. The data lives in
 * `lexicon.json` (one record per line); `test/glossary/lexicon.test.ts` is its
 * schema. This module only loads it once and answers lookups from maps.
 */
import { readFileSync } from 'node:fs'

export interface LexiconEntry {
  /** Stable ASCII id, e.g. "wolodymyr-selenskyj". */
  id: string
  type: 'person' | 'place' | 'organization'
  /** German standard form (Duden transliteration for Cyrillic names). */
  de: string
  /** Usual English media form. */
  en: string
  /** Original Cyrillic form; null for non-Cyrillic entities. */
  cyrillic: string | null
  /** Language of the Cyrillic original; null iff `cyrillic` is null. */
  lang: 'ru' | 'uk' | 'be' | null
  /** Other spellings seen in German / English media, incl. former names of renamed places. */
  variants: { de: string[]; en: string[] }
  /** Optional role ids (as in locales/<lang>/roles.json). */
  roles?: string[]
  /**
   * Forms this entity shares with another entity that owns them in lookups
   * (the river Dnipro is "Дніпро" like the city, and the city wins).
   */
  sharedSurfaces?: string[]
  /** Where the spellings come from. */
  source: string
}

const LEXICON_URL = new URL('./lexicon.json', import.meta.url)

/**
 * Folds a surface form to its lookup key: case, diacritics (so "Erdogan"
 * finds "Erdoğan" and "Кирилл" with ё/е or й/и spelt either way still meet),
 * apostrophes (Ukrainian ' ʼ ’ are used interchangeably), ß, and runs of
 * spaces, hyphens and dots ("Sankt-Petersburg", "St. Petersburg").
 */
export function foldSurface(surface: string): string {
  return surface
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/['ʼ’‘`´]/g, '')
    .replace(/[\s.\-‐‑–—]+/g, ' ')
    .trim()
}

/** Lower-case name particles that start a family name ("Ursula von der Leyen"). */
const FAMILY_NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'ter', 'da', 'di', 'del', 'la', 'le'])

/** The family names a full personal name can be referred to by. */
function familyNamesOf(fullName: string): string[] {
  const tokens = fullName.trim().split(/\s+/)
  if (tokens.length < 2) return []
  const names = [tokens[tokens.length - 1]]
  const particle = tokens.findIndex((token, index) => index > 0 && FAMILY_NAME_PARTICLES.has(token))
  if (particle > 0 && particle < tokens.length - 1) names.push(tokens.slice(particle).join(' '))
  return names
}

/** Every form an entry is known by, standard forms first. */
export function surfacesOf(entry: LexiconEntry): string[] {
  const surfaces = [entry.de, entry.en, ...entry.variants.de, ...entry.variants.en]
  if (entry.cyrillic) surfaces.push(entry.cyrillic)
  return surfaces
}

interface LexiconIndex {
  entries: readonly LexiconEntry[]
  bySurface: Map<string, LexiconEntry>
  byFamilyName: Map<string, LexiconEntry[]>
}

let cachedIndex: LexiconIndex | undefined

function buildIndex(entries: readonly LexiconEntry[]): LexiconIndex {
  const bySurface = new Map<string, LexiconEntry>()
  const byFamilyName = new Map<string, LexiconEntry[]>()
  for (const entry of entries) {
    const yielded = new Set((entry.sharedSurfaces ?? []).map(foldSurface))
    for (const surface of surfacesOf(entry)) {
      const key = foldSurface(surface)
      // First owner wins; the schema test makes sure there is only one.
      if (!yielded.has(key) && !bySurface.has(key)) bySurface.set(key, entry)
    }
    if (entry.type !== 'person') continue
    for (const surface of surfacesOf(entry)) {
      for (const familyName of familyNamesOf(surface)) {
        const key = foldSurface(familyName)
        const list = byFamilyName.get(key)
        if (!list) byFamilyName.set(key, [entry])
        else if (!list.includes(entry)) list.push(entry)
      }
    }
  }
  return { entries, bySurface, byFamilyName }
}

function lexiconIndex(): LexiconIndex {
  if (!cachedIndex) {
    const entries = JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as LexiconEntry[]
    for (const entry of entries) Object.freeze(entry)
    cachedIndex = buildIndex(Object.freeze(entries))
  }
  return cachedIndex
}

/** All lexicon records, loaded once from lexicon.json. */
export function lexiconEntries(): readonly LexiconEntry[] {
  return lexiconIndex().entries
}

/**
 * The entry one of whose forms (de, en, a variant or the Cyrillic original)
 * equals `surface` after folding case, whitespace, apostrophes and diacritics.
 */
export function findLexiconEntry(surface: string): LexiconEntry | undefined {
  return lexiconIndex().bySurface.get(foldSurface(surface))
}

/** Persons whose family name, in any listed form, equals `name` (e.g. "Selenskyj", "Zelensky", "Зеленський"). */
export function findLexiconEntriesByFamilyName(name: string): LexiconEntry[] {
  return [...(lexiconIndex().byFamilyName.get(foldSurface(name)) ?? [])]
}
