/**
 * Recognises the head word of a role phrase, with its compound prefixes:
 * listed forms (Präsidenten), hyphenated compounds (Kreml-Sprecher, Ex-Präsident,
 * US-Sondergesandte) and fused compounds the vocabulary lacks (Marinesprecherin).
 */
import { isAcronym } from './tokens.ts'
import { memoByString } from '../memo.ts'
import {
  compoundHeadMinLength, compoundHeads, countryByGermanName, headIndex, modifierKey, modifierEnglish,
  orgEnglish, orgKey, prefixCountry, prefixEnglish, prefixKey, type HeadForm,
} from './vocabulary.ts'

/** What a compound's first part says about the role. */
export interface RolePrefix {
  surface: string
  kind: 'modifier' | 'origin'
  key?: string
  /** English rendering; null when the part is known to be German-only (dropped in English). */
  en: string | null
  country?: string
}

export interface HeadMatch {
  forms: HeadForm[]
  prefixes: RolePrefix[]
  /** The written text before the role noun, kept in the German rendering (`Kreml-`, fused `Marine`). */
  dePrefix: string
  /** The role noun is fused to dePrefix, so it is written in lower case (Marinesprecher). */
  fused: boolean
}

const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region' })
const upperStart = /^\p{Lu}/u

function classifyPrefix(part: string): RolePrefix | null {
  const lower = part.toLowerCase()
  const modifier = modifierKey.get(lower)
  if (modifier && upperStart.test(part)) return { surface: part, kind: 'modifier', key: modifier, en: modifierEnglish(modifier) }
  const prefix = prefixKey.get(lower)
  if (prefix) return { surface: part, kind: 'origin', key: prefix, en: prefixEnglish(prefix), country: prefixCountry(prefix) }
  const country = countryByGermanName.get(part)
  if (country) return { surface: part, kind: 'origin', en: englishRegionNames.of(country) ?? part, country }
  const org = orgKey.get(part) ?? (part.endsWith('s') ? orgKey.get(part.slice(0, -1)) : undefined)
  if (org) return { surface: part, kind: 'origin', key: org, en: orgEnglish(org) }
  if (isAcronym(part)) return { surface: part, kind: 'origin', en: part }
  // Trump-Berater, Hamas-Sprecher: a hyphenated prefix is usually a name, kept in English.
  if (upperStart.test(part)) return { surface: part, kind: 'origin', en: part }
  return null
}

function isCompoundHead(forms: HeadForm[]) {
  return forms.some(({ entry }) => {
    const nominative = entry.de.m
    return !nominative.includes(' ') && (nominative.length >= compoundHeadMinLength || compoundHeads.has(nominative))
  })
}

function fusedHead(word: string): HeadMatch | null {
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const rest = word.slice(cut)
    const forms = headIndex.get(rest[0].toUpperCase() + rest.slice(1))
    if (!forms || !isCompoundHead(forms)) continue
    const surface = word.slice(0, cut)
    // A fused prefix is a common noun (Wirtschaftsberater): English only when the vocabulary knows it.
    const prefix = classifyPrefix(surface) ?? classifyPrefix(surface.replace(/s$/, ''))
    const known = prefix?.kind === 'origin' && (prefix.key !== undefined || prefix.country !== undefined)
    return { forms, prefixes: [known ? prefix : { surface, kind: 'origin', en: null }], dePrefix: surface, fused: true }
  }
  return null
}

export const lookupHead: (word: string) => HeadMatch | null = memoByString(computeHead)

function computeHead(word: string): HeadMatch | null {
  if (!upperStart.test(word)) return null
  const listed = headIndex.get(word)
  if (listed) return { forms: listed, prefixes: [], dePrefix: '', fused: false }
  const parts = word.split('-')
  for (let split = 1; split < parts.length; split++) {
    const rest = parts.slice(split).join('-')
    const prefixes = parts.slice(0, split).map(classifyPrefix)
    if (prefixes.some((prefix) => prefix === null)) continue
    const known = prefixes as RolePrefix[]
    // Vize-Präsident is the Vizepräsident, not a deputy President.
    const last = parts[split - 1]
    const fusedWithLast = headIndex.get(last + rest.toLowerCase())
    const written = `${parts.slice(0, split).join('-')}-`
    if (fusedWithLast) {
      return { forms: fusedWithLast, prefixes: known.slice(0, -1), dePrefix: split > 1 ? `${parts.slice(0, split - 1).join('-')}-` : '', fused: false }
    }
    const head = headIndex.get(rest)
    if (head) return { forms: head, prefixes: known, dePrefix: written, fused: false }
    const fused = fusedHead(rest)
    if (fused) return { forms: fused.forms, prefixes: [...known, ...fused.prefixes], dePrefix: written + fused.dePrefix, fused: true }
  }
  if (parts.length === 1) return fusedHead(word)
  return null
}
