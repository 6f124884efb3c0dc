/**
 * Known names: the project's lexicon plus the country and territory names of CLDR
 * (in German and English, through Node's ICU data via Intl.DisplayNames — the same
 * CLDR release Node ships, so nothing is typed by hand). Each base form is indexed
 * with its inflected forms (genitive -s, weak adjective -en, dative plural -n), so
 * `der Europäischen Union` and `den Vereinigten Arabischen Emiraten` find their base.
 */
import { lexiconEntries } from '../../glossary/lexicon/index.ts'
import type { EntityType } from '../../types.ts'
import { memoByString } from '../memo.ts'
import { surfaceKey } from './fold.ts'
import { isCommonNoun } from './vocabulary.ts'
import { derivedData } from '../../cache/derived-data.ts'
import { environmentKey } from '../../cache/env-key.ts'

export interface KnownName {
  /** German base form (nominative). */
  base: string
  type: EntityType
  /** `lexicon:<id>` or `cldr:<region code>`. */
  ref: string
  en: string
}

export interface Gazetteer {
  /** A known name by any of its forms; a lower-case surface only as the lexicon writes it. */
  lookup(surface: string): KnownName | undefined
  /** Whether some known form starts with these words (so a longer match is worth trying). */
  startsName(words: string): boolean
  maxWords: number
}

// Codes CLDR lists that are not territories a news text names as places.
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AQ'])

function* regionCodes(): Generator<string> {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const a of letters) for (const b of letters) yield a + b
}

/**
 * UN M.49 area codes CLDR names (continents and world regions: 150 Europa, 142 Asien,
 * 151 Osteuropa, 419 Lateinamerika). 001 (Welt) is a common noun, not a place name.
 */
function* areaCodes(): Generator<string> {
  // Starts at 002: 001 is the world (`Welt`), a common noun.
  for (let n = 2; n < 1000; n++) yield String(n).padStart(3, '0')
}

const ADJECTIVE_ENDING = /^(.{3,})(?:e|er|es|en|em)$/
const ADJECTIVE_ENDINGS = ['e', 'er', 'es', 'en', 'em']

/** Inflected forms a German name can take in running text. */
export function inflectedForms(base: string): string[] {
  const words = base.split(' ')
  const forms = new Set([base])
  const last = words.length - 1
  const inflectWord = (word: string, isLast: boolean): string[] => {
    const out = [word]
    if (/^[a-zäöüß]/.test(word)) return out // particles such as `vom`, `de`
    // An adjective inside a name takes every ending of the German paradigm
    // (`Internationales Komitee` → `das Internationale Komitee`, `des Internationalen …`).
    if (!isLast) {
      const stem = ADJECTIVE_ENDING.exec(word)?.[1]
      if (stem) for (const ending of ADJECTIVE_ENDINGS) out.push(stem + ending)
    }
    if (isLast) {
      if (!/[sxzß]$/.test(word)) out.push(word + 's')
      else out.push(word + 'es')
      if (/e$/.test(word)) out.push(word + 'n')
    }
    return out
  }
  let combos: string[][] = [[]]
  words.forEach((word, i) => {
    const variants = inflectWord(word, i === last)
    combos = combos.flatMap((prefix) => variants.map((variant) => [...prefix, variant]))
  })
  for (const combo of combos) forms.add(combo.join(' '))
  return [...forms]
}

let cached: Gazetteer | undefined
let useLexicon = true

/**
 * Which sources the gazetteer draws on. Evaluation switches the project lexicon off to
 * measure what the rules and CLDR find on their own (the lexicon may know an
 * evaluation article's names); the pipeline always uses both.
 */
export function configureGazetteer(options: { lexicon: boolean }): void {
  if (options.lexicon === useLexicon) return
  useLexicon = options.lexicon
  cached = undefined
}

export function lexiconInUse(): boolean {
  return useLexicon
}

/**
 * `Gebiet Donezk`, `Region Kursk`, `Atomkraftwerk Saporischschja`: a common noun in
 * apposition to a name the lexicon knows on its own. In running text the noun is a
 * cue (see cues.json) and the name is the mention, so such forms are not indexed.
 */
function isAppositionOfName(form: string, singleWordForms: Set<string>): boolean {
  const words = form.split(' ')
  if (words.length !== 2) return false
  return isCommonNoun(words[0]) && singleWordForms.has(surfaceKey(words[1]))
}

/**
 * `Verteidigungsministerium in Moskau`: a common noun placed by a locative phrase is a
 * description of an institution (like `die Regierung in Moskau`), not its name.
 */
function isLocativeDescription(form: string): boolean {
  const words = form.split(' ')
  return words.length >= 3 && LOCATIVE_PREPOSITIONS.has(words[1]) && isCommonNoun(words[0])
}
const LOCATIVE_PREPOSITIONS = new Set(['in', 'im', 'aus'])

/**
 * Region codes that CLDR keeps only as aliases of another (DD → DE, SU → RU, UK → GB):
 * indexing them would give one country two identities.
 */
function isCanonicalRegion(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`
  } catch {
    return false
  }
}

/**
 * The gazetteer's tables as plain data: every known name once, and each table's keys with
 * the index of their name. Derived once per version of the tool (the key covers the
 * lexicon, the code and Node's CLDR) and kept on disk (cache/derived-data.ts): building
 * them from the lexicon and CLDR took 0.1–0.2 s in every process and worker thread,
 * the largest share of the one article a warm build analyses (issue 7).
 */
interface GazetteerTables {
  names: KnownName[]
  /** [surface key, name index, …]: base forms as listed. */
  exact: Array<string | number>
  /** [surface key, name index, …]: every inflected form. */
  inflected: Array<string | number>
  /** [surface, name index, …]: lower-case names (`taz`, `dpa`), as written. */
  lowerCase: Array<string | number>
  /** Word sequences some known form starts with. */
  prefixes: string[]
  maxWords: number
}

function computeTables(): GazetteerTables {
  const exact = new Map<string, KnownName>()
  const prefixes = new Set<string>()
  const lowerCaseNames = new Map<string, KnownName>()
  const inflected = new Map<string, KnownName>()
  let maxWords = 1
  const add = (surface: string, name: KnownName) => {
    if (!surface) return
    // Lower-case names (`taz`, `dpa`) are matched only as written: a lower-case word is
    // otherwise never the start of a name.
    if (/^[a-zäöü]/.test(surface)) lowerCaseNames.set(surface, name)
    const key = surfaceKey(surface)
    if (!exact.has(key)) exact.set(key, name)
    for (const form of inflectedForms(surface)) {
      const formKey = surfaceKey(form)
      if (!inflected.has(formKey)) inflected.set(formKey, name)
      const words = formKey.split(' ')
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '))
    }
    maxWords = Math.max(maxWords, surface.split(' ').length)
  }
  const lexicon = useLexicon ? lexiconEntries() : []
  const singleWordForms = new Set(lexicon.flatMap((entry) => [entry.de, ...entry.variants.de]).filter((form) => !form.includes(' ')).map(surfaceKey))
  for (const entry of lexicon) {
    const name: KnownName = { base: entry.de, type: entry.type, ref: `lexicon:${entry.id}`, en: entry.en }
    for (const form of [entry.de, ...entry.variants.de, entry.en, ...entry.variants.en]) {
      if (isAppositionOfName(form, singleWordForms) || isLocativeDescription(form)) continue
      add(form, name)
    }
  }
  const { de, deShort, en } = regionNames()
  for (const code of countryCodesOfCldr()) {
    const german = de.of(code)
    const english = en.of(code)
    if (!german || !english || german === code) continue
    const name: KnownName = { base: german, type: 'place', ref: `cldr:${code}`, en: english }
    add(german, name)
    const short = deShort.of(code)
    if (short && short !== german) add(short, { ...name, base: short })
    add(english, name)
  }
  for (const code of areaCodes()) {
    const german = de.of(code)
    const english = en.of(code)
    if (!german || !english || german === code) continue
    add(german, { base: german, type: 'place', ref: `cldr:${code}`, en: english })
    add(english, { base: german, type: 'place', ref: `cldr:${code}`, en: english })
  }
  const names: KnownName[] = []
  const indexOf = new Map<KnownName, number>()
  const pairs = (table: Map<string, KnownName>) =>
    [...table].flatMap(([key, name]) => {
      let index = indexOf.get(name)
      if (index === undefined) indexOf.set(name, (index = names.push(name) - 1))
      return [key, index]
    })
  return { exact: pairs(exact), inflected: pairs(inflected), lowerCase: pairs(lowerCaseNames), names, prefixes: [...prefixes], maxWords }
}

/** A table of the gazetteer from its stored pairs. */
function tableOf(pairs: Array<string | number>, names: KnownName[]): Map<string, KnownName> {
  const table = new Map<string, KnownName>()
  for (let i = 0; i < pairs.length; i += 2) table.set(pairs[i] as string, names[pairs[i + 1] as number])
  return table
}

export function gazetteer(): Gazetteer {
  if (cached) return cached
  const tables = derivedData(`gazetteer-${useLexicon ? 'lexicon' : 'cldr'}`, environmentKey(), computeTables)
  const exact = tableOf(tables.exact, tables.names)
  const inflected = tableOf(tables.inflected, tables.names)
  const lowerCaseNames = tableOf(tables.lowerCase, tables.names)
  const prefixes = new Set(tables.prefixes)
  const maxWords = tables.maxWords
  // Every word is looked up, most of them many times: a lower-case one (`/^[a-zäöü]/`, tested by
  // its first code unit) in one map, the others memoised per gazetteer (performance, issue 7).
  const lookupCapitalised = memoByString((surface: string): KnownName | undefined => {
    const key = surfaceKey(surface)
    return exact.get(key) ?? inflected.get(key)
  })
  // Nearly every lower-case word is no name: a table of the names' first two characters answers most of them.
  const lowerCaseHeads = new Uint8Array(128 * 128)
  for (const name of lowerCaseNames.keys()) {
    const a = name.charCodeAt(0)
    const b = name.length > 1 ? name.charCodeAt(1) : 0
    if (a < 128 && b < 128) lowerCaseHeads[a * 128 + b] = 1
  }
  cached = {
    maxWords,
    lookup(surface) {
      const first = surface.charCodeAt(0)
      if ((first >= 0x61 && first <= 0x7a) || first === 0xe4 || first === 0xf6 || first === 0xfc) {
        const second = surface.length > 1 ? surface.charCodeAt(1) : 0
        if (first < 128 && second < 128 && lowerCaseHeads[first * 128 + second] === 0) return undefined
        return lowerCaseNames.get(surface)
      }
      return lookupCapitalised(surface)
    },
    startsName: memoByString((words) => prefixes.has(surfaceKey(words))),
  }
  return cached
}

let countryCodes: Map<string, string> | undefined

let displays: Record<'de' | 'deShort' | 'en' | 'enShort', Intl.DisplayNames> | undefined

/** CLDR's region names (through Node's ICU), built once for the gazetteer and the country index. */
function regionNames() {
  displays ??= {
    de: new Intl.DisplayNames(['de'], { type: 'region', fallback: 'none' }),
    deShort: new Intl.DisplayNames(['de'], { type: 'region', style: 'short', fallback: 'none' }),
    en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
    enShort: new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' }),
  }
  return displays
}

/** The two-letter codes of the countries and territories a news text names as places. */
function* countryCodesOfCldr(): Generator<string> {
  for (const code of regionCodes()) if (!NOT_PLACES.has(code) && isCanonicalRegion(code)) yield code
}

/** ISO 3166 code of a country named in German or English (CLDR names and short forms). */
export function countryCode(name: string): string | undefined {
  if (!countryCodes) {
    countryCodes = new Map()
    const { de, deShort, en, enShort } = regionNames()
    for (const code of countryCodesOfCldr()) {
      for (const display of [de, deShort, en, enShort]) {
        const value = display.of(code)
        if (value && value !== code) countryCodes.set(surfaceKey(value), code)
      }
    }
  }
  return countryCodes.get(surfaceKey(name))
}
