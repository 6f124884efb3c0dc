/**
 * Loads the role, modifier, organisation and demonym vocabularies from
 * locales/ (German and English side by side) once, and indexes every
 * inflected German form so that matching a token is a single Map lookup.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { LOCALES_DIR } from '../../i18n.ts'
import declension from './declension.json' with { type: 'json' }
import prefixCountries from './prefix-countries.json' with { type: 'json' }
import { headForms, type FormGender } from './inflection.ts'

type Strings = Record<string, string>
interface RolesFile { modifier: Strings; org: Strings; adjective: Strings; [id: string]: string | Strings }
interface DemonymsFile { adjective: Strings; prefix: Strings }

const localeUrl = (lang: string, file: string) => path.join(LOCALES_DIR, lang, `${file}.json`)
const readJson = <T>(lang: string, file: string): T => JSON.parse(readFileSync(localeUrl(lang, file), 'utf8')) as T

export const rolesDe = readJson<RolesFile>('de', 'roles')
export const rolesEn = readJson<RolesFile>('en', 'roles')
export const demonymsDe = readJson<DemonymsFile>('de', 'demonyms')
export const demonymsEn = readJson<DemonymsFile>('en', 'demonyms')

export type Gender = 'm' | 'f'

/** One role of the vocabulary: German and English, both genders. */
export interface RoleEntry {
  id: string
  de: Record<Gender, string>
  en: Record<Gender, string>
}

/** A German word form that can head a role phrase. */
export interface HeadForm {
  entry: RoleEntry
  gender: FormGender
  /** Fixed words that must follow the head (`des Generalstabs` of `Sprecher des Generalstabs`). */
  complement: string[]
}

export const roleEntries: RoleEntry[] = []
for (const [key, value] of Object.entries(rolesDe)) {
  if (typeof value !== 'string' || key.endsWith('_female')) continue
  const en = rolesEn[key], enF = rolesEn[`${key}_female`], deF = rolesDe[`${key}_female`]
  if (typeof en !== 'string' || typeof enF !== 'string' || typeof deF !== 'string') {
    throw new Error(`locales: role "${key}" lacks its English or feminine forms`)
  }
  roleEntries.push({ id: key, de: { m: value, f: deF }, en: { m: en, f: enF } })
}
export const roleById = new Map(roleEntries.map((entry) => [entry.id, entry]))

/** Every inflected head form → the roles it can head (several when a complement tells them apart). */
export const headIndex = new Map<string, HeadForm[]>()
function addHead(form: string, head: HeadForm) {
  const list = headIndex.get(form)
  if (list) list.push(head)
  else headIndex.set(form, [head])
}
for (const entry of roleEntries) {
  for (const gender of ['m', 'f'] as const) {
    const [head, ...complement] = entry.de[gender].split(' ')
    for (const form of headForms(head, gender)) addHead(form.text, { entry, gender: form.gender, complement })
  }
}

/**
 * Head words that also end fused compounds the vocabulary does not list
 * (Marinesprecher, Geheimdienstchefin): long enough not to end ordinary words or names.
 */
export const compoundHeadMinLength = 6
export const compoundHeads = new Set(['Chef', 'Chefin', 'Leiter', 'Leiterin'])

/** Strong adjective stem (`ukrainisch`) → country code; Intl has no adjectives, so they are data. */
export const demonymCountry = new Map<string, string>()
for (const [key, stem] of Object.entries(demonymsDe.adjective)) demonymCountry.set(stem.toLowerCase(), key.replace(/_\d+$/, ''))
export const demonymEnglish = (country: string) => demonymsEn.adjective[country]

/** Compound prefix as written (`Kreml`, `US`) → its key in demonyms.json `prefix`. */
export const prefixKey = new Map<string, string>()
for (const [key, surface] of Object.entries(demonymsDe.prefix)) prefixKey.set(surface.toLowerCase(), key)
export const prefixEnglish = (key: string) => demonymsEn.prefix[key]
export const prefixCountry = (key: string): string | undefined => (prefixCountries as Record<string, string>)[key]

/** Adjective modifier stem (`stellvertretend`) or compound prefix (`Ex`) → its key. */
export const modifierKey = new Map<string, string>()
for (const [key, stem] of Object.entries(rolesDe.modifier)) modifierKey.set(stem.toLowerCase(), key)
export const modifierEnglish = (key: string) => rolesEn.modifier[key]

/** Organisation noun (nominative) → key, for genitive complements and compound prefixes. */
export const orgKey = new Map<string, string>()
for (const [key, noun] of Object.entries(rolesDe.org)) orgKey.set(noun, key)
export const orgEnglish = (key: string) => rolesEn.org[key]

/** Descriptive adjective stem (`militärisch`) → key. */
export const adjectiveKey = new Map<string, string>()
for (const [key, stem] of Object.entries(rolesDe.adjective)) adjectiveKey.set(stem, key)
export const adjectiveEnglish = (key: string) => rolesEn.adjective[key]

/**
 * German country names (and their genitive in -s) → ISO code, from CLDR via
 * Intl.DisplayNames, so `Präsident der Ukraine` and `Russlands Präsident` need no list.
 */
export const countryByGermanName = new Map<string, string>()
{
  const germanNames = new Intl.DisplayNames(['de'], { type: 'region' })
  for (const code of Object.keys(demonymsDe.adjective)) {
    if (code.includes('_')) continue
    const name = germanNames.of(code)
    if (!name || name === code) continue
    countryByGermanName.set(name, code)
    if (!/[sxz]$/.test(name)) countryByGermanName.set(`${name}s`, code)
  }
  countryByGermanName.set('USA', 'US')
  countryByGermanName.set('Weißrussland', 'BY')
  countryByGermanName.set('Weißrusslands', 'BY')
}

export const adjectiveEndings: string[] = declension.adjectiveEndings
export const genitiveArticles = new Set(declension.genitiveArticles)
export const masculineArticles = new Set(declension.articles.masculine)
export const feminineArticles = new Set(declension.articles.feminine)
export const genitiveOrDativeFeminineArticles = new Set(declension.articles.genitiveOrDativeFeminine)
export const notGenitiveNames = new Set(declension.notGenitiveNames)
export const placeNounsAfterName = new Set(declension.placeNounsAfterName)
export const maxComplementTokens = declension.maxComplementTokens
export const maxComplementChains = declension.maxComplementChains
