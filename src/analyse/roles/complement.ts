/**
 * Genitive complements after a role noun: `des Generalstabs`, `der Ukraine`,
 * `des ukrainischen Militärgeheimdienstes HUR`, `der militärischen Administration
 * der Region Charkiw`. Each chain is article + adjectives + noun + names; the
 * German stays as written (a genitive does not change with the head's case).
 */
import { isAcronym, isCapitalised, isLowercaseWord, type RoleToken } from './tokens.ts'
import {
  adjectiveEndings, adjectiveEnglish, adjectiveKey, countryByGermanName, demonymCountry, demonymEnglish,
  genitiveArticles, maxComplementChains, orgEnglish, orgKey, placeNounsAfterName, prefixCountry, prefixEnglish, prefixKey,
} from './vocabulary.ts'

export interface Complement {
  /** The complement as written (`des Generalstabs`). */
  de: string
  /** English words of each chain, or null when a word has no English rendering here. */
  en: string[] | null
  /** The complement is just a country (`der Ukraine`, `Russlands`). */
  countryOnly: boolean
  country?: string
}

/** Strips a declension ending: ukrainischen → ukrainisch, when the stem is in `known`. */
export function adjectiveStem(word: string, known: (stem: string) => boolean): string | null {
  const lower = word.toLowerCase()
  for (const ending of adjectiveEndings) {
    if (lower.endsWith(ending) && known(lower.slice(0, -ending.length))) return lower.slice(0, -ending.length)
  }
  return null
}

/** Genitive noun → nominative candidates: Generalstabs → Generalstab, Militärgeheimdienstes → Militärgeheimdienst. */
function nominativeCandidates(noun: string) {
  const candidates = [noun]
  if (noun.endsWith('es')) candidates.push(noun.slice(0, -2))
  if (noun.endsWith('s')) candidates.push(noun.slice(0, -1))
  return candidates
}

const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region' })

interface NounReading { en: string | null; country?: string; isCountry: boolean; placeNoun: boolean }

function readNoun(noun: string): NounReading {
  const country = countryByGermanName.get(noun)
  if (country) return { en: null, country, isCountry: true, placeNoun: false }
  for (const candidate of nominativeCandidates(noun)) {
    const org = orgKey.get(candidate)
    const institution = prefixKey.get(candidate.toLowerCase())
    if (org) return { en: orgEnglish(org), country: institution && prefixCountry(institution), isCountry: false, placeNoun: placeNounsAfterName.has(org) }
    if (institution) return { en: prefixEnglish(institution), country: prefixCountry(institution), isCountry: false, placeNoun: false }
  }
  if (isAcronym(noun)) return { en: noun, isCountry: false, placeNoun: false }
  return { en: null, isCountry: false, placeNoun: false }
}

/** Parses tokens[from, to) as a genitive complement, all of it, or returns null. */
export function parseComplement(tokens: RoleToken[], from: number, to: number): Complement | null {
  if (from >= to) return null
  let i = from
  let chains = 0
  const en: string[] = []
  let translatable = true
  let country: string | undefined
  let countryOnly = false
  while (i < to) {
    if (++chains > maxComplementChains) return null
    const article = tokens[i]
    const hasArticle = article.word && genitiveArticles.has(article.text)
    if (hasArticle) i++
    const adjectives: string[] = []
    while (i < to && isLowercaseWord(tokens[i])) {
      const word = tokens[i].text
      const demonym = adjectiveStem(word, (stem) => demonymCountry.has(stem))
      const adjective = demonym ? null : adjectiveStem(word, (stem) => adjectiveKey.has(stem))
      if (demonym) {
        const code = demonymCountry.get(demonym)!
        country ??= code
        adjectives.push(demonymEnglish(code))
      } else if (adjective) {
        adjectives.push(adjectiveEnglish(adjectiveKey.get(adjective)!))
      } else if (adjectiveEndings.some((ending) => word.endsWith(ending))) {
        translatable = false
      } else {
        return null
      }
      i++
    }
    if (i >= to || !isCapitalised(tokens[i])) return null
    const noun = readNoun(tokens[i].text)
    // Without an article only a country genitive is a complement (Präsident Russlands).
    if (!hasArticle && !(noun.isCountry && chains === 1 && i + 1 === to)) return null
    i++
    const names: string[] = []
    while (i < to && isCapitalised(tokens[i])) names.push(tokens[i++].text)
    if (noun.isCountry && adjectives.length === 0 && names.length === 0) {
      country ??= noun.country
      countryOnly = chains === 1
      en.push(englishRegionNames.of(noun.country!) ?? tokens[i - 1].text)
      continue
    }
    countryOnly = false
    if (noun.country) country ??= noun.country
    if (noun.en === null && names.length > 0) {
      // `des russischen Staatskonzerns Rosatom`: the name says enough in English.
      en.push(names.join(' '))
      continue
    }
    if (noun.en === null && !isAcronym(tokens[i - 1].text)) translatable = false
    const nounEn = noun.en ?? tokens[i - 1].text
    en.push((noun.placeNoun && names.length ? [...adjectives, ...names, nounEn] : [...adjectives, nounEn, ...names]).join(' '))
  }
  return {
    de: tokens.slice(from, to).map((token) => token.text).join(' '),
    en: translatable ? en : null,
    countryOnly: countryOnly && chains === 1,
    country,
  }
}
