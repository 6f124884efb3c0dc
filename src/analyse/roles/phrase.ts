/**
 * Assembles a role phrase around a recognised head: modifiers and demonyms to
 * its left (`der ehemalige ukrainische`), a genitive organisation (`Bayerns`),
 * compound prefixes, and a complement to its right; then renders the German
 * nominative (strong declension, the person's gender) and the English title.
 */
import type { Role } from '../../types.ts'
import roleCountries from './role-countries.json' with { type: 'json' }
import { adjectiveStem, type Complement } from './complement.ts'
import type { HeadMatch, RolePrefix } from './heads.ts'
import { lookupHead } from './heads.ts'
import { strongNominative } from './inflection.ts'
import { isCapitalised, type RoleToken } from './tokens.ts'
import {
  countryByGermanName, demonymCountry, demonymEnglish, feminineArticles, genitiveOrDativeFeminineArticles,
  masculineArticles, modifierEnglish, modifierKey, notGenitiveNames, type Gender, type HeadForm,
} from './vocabulary.ts'

export interface RoleMatch { role: Role; start: number; end: number; gender: 'm' | 'f' | null }

/** A declined adjective before the head: a demonym (country) or a modifier (ehemalig, stellvertretend). */
interface Modifier { stem: string; country?: string; key?: string }

/** Modifiers whose English goes right before the role noun (Russian Deputy Foreign Minister). */
const innerModifiers = new Set(['deputy', 'prefix_vice', 'prefix_co', 'prefix_ko'])

const isKnownModifierStem = (stem: string) => demonymCountry.has(stem) || modifierKey.has(stem)

export function readModifier(token: RoleToken): Modifier | null {
  if (!token.word) return null
  const stem = adjectiveStem(token.text, isKnownModifierStem)
  if (stem === null) return null
  const country = demonymCountry.get(stem)
  const written = token.text.slice(0, stem.length)
  // Sentence-initial `Ukrainische` is still the adjective `ukrainisch`; `US-amerikanisch` keeps its capitals.
  const normalised = /^\p{Lu}\p{Ll}/u.test(written) ? written[0].toLowerCase() + written.slice(1) : written
  return country ? { stem: normalised, country } : { stem: normalised, key: modifierKey.get(stem) }
}

export interface Owner { surface: string; country?: string; en: string | null }

/**
 * `Bayerns`, `Russlands` right before the role phrase, or a place adjective
 * (`der Kiewer Bürgermeister`; German only: its English needs the place lexicon).
 */
export function readGenitiveOwner(tokens: RoleToken[], index: number): Owner | null {
  const token = tokens[index]
  if (!isCapitalised(token) || token.text.length < 4) return null
  if (token.text.endsWith('er') && index > 0 && tokens[index - 1].word && !lookupHead(token.text) && !notGenitiveNames.has(token.text)) {
    return { surface: token.text, en: null }
  }
  if (!token.text.endsWith('s')) return null
  if (notGenitiveNames.has(token.text) || lookupHead(token.text)) return null
  const before = tokens[index - 1]
  if (before?.word && /^(des|eines|der|dem|den|die|das)$/i.test(before.text)) return null
  const country = countryByGermanName.get(token.text)
  return { surface: token.text, country, en: country ? demonymEnglish(country) ?? token.text : token.text.slice(0, -1) }
}

export interface PhraseParts {
  head: HeadMatch
  form: HeadForm
  modifiers: Modifier[]
  owner: Owner | null
  complement: Complement | null
  /** The article before the phrase (not part of it), for the gender of adjectival nouns. */
  article: string | null
  /** The head token as written. */
  headText: string
}

export function resolveGender(parts: PhraseParts): Gender | null {
  const { form, article, headText } = parts
  if (form.gender !== 'adjectival') return form.gender
  const lowerArticle = article?.toLowerCase() ?? null
  if (lowerArticle === null) return null
  if (headText.endsWith('en')) {
    if (genitiveOrDativeFeminineArticles.has(lowerArticle)) return 'f'
    return masculineArticles.has(lowerArticle) ? 'm' : null
  }
  if (feminineArticles.has(lowerArticle)) return 'f'
  return masculineArticles.has(lowerArticle) ? 'm' : null
}

const capitaliseLike = (word: string, model: string) =>
  model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word[0].toLowerCase() + word.slice(1)

function prefixCountryOf(prefixes: RolePrefix[]) {
  return prefixes.find((prefix) => prefix.country)?.country
}

export function buildRole(parts: PhraseParts, gender: Gender | null): Role {
  const { head, form, modifiers, owner, complement } = parts
  const g: Gender = gender ?? 'm'
  const entry = form.entry
  const nominative = entry.de[g]
  const headNoun = head.fused ? nominative[0].toLowerCase() + nominative.slice(1) : nominative

  const de = [
    owner?.surface,
    ...modifiers.map((modifier) => strongNominative(modifier.stem, g)),
    head.dePrefix + headNoun,
    complement?.de,
  ].filter(Boolean).join(' ')

  const headEn = entry.en[g]
  const leading: string[] = []
  const inner: string[] = []
  const origin: string[] = []
  for (const modifier of modifiers) {
    if (modifier.country) origin.push(demonymEnglish(modifier.country))
    else if (modifier.key && innerModifiers.has(modifier.key)) inner.push(capitaliseLike(modifierEnglish(modifier.key), headEn))
    else if (modifier.key) leading.push(modifierEnglish(modifier.key))
  }
  for (const prefix of head.prefixes) {
    if (prefix.kind === 'modifier' && prefix.key) {
      if (innerModifiers.has(prefix.key)) inner.push(capitaliseLike(prefix.en ?? '', headEn))
      else leading.push(prefix.en ?? '')
    } else if (prefix.en) {
      origin.push(prefix.en)
    }
  }
  if (owner?.en) origin.unshift(owner.en)

  let country: string | undefined = modifiers.find((modifier) => modifier.country)?.country ?? prefixCountryOf(head.prefixes) ?? owner?.country ??
    (roleCountries as Record<string, string>)[entry.id]
  let trailing = ''
  if (complement) {
    country ??= complement.country
    if (complement.countryOnly && complement.country && origin.length === 0) origin.push(demonymEnglish(complement.country))
    else if (complement.en?.length === 1 && !complement.en[0].includes(' ')) origin.push(complement.en[0])
    else if (complement.en) trailing = ` of the ${complement.en.join(' of the ')}`
  }
  const noun = inner.reduce((text, word) => (word.endsWith('-') ? word + text : `${word} ${text}`), headEn)
  const en = [...leading, ...origin, noun].filter(Boolean).join(' ') + trailing

  const role: Role = { id: entry.id, de, en }
  if (country) role.country = country
  return role
}
