/** The rules' word lists (JSON data in this folder), compiled once. */
import { createRequire } from 'node:module'
import { vocabularyTable, type VocabularyTable } from '../../slots.ts'
import { demonymCountry } from '../../../analyse/roles/vocabulary.ts'

const require = createRequire(import.meta.url)
const table = (name: string): VocabularyTable => vocabularyTable(require(`./${name}.json`) as Record<string, string>)

export const DEMANDS = table('demands')
export const STANCES = table('stances')
export const TOPICS = table('topics')
export const INDICATORS = table('indicators')
export const WEAPONS = table('weapons')
export const DIRECTIONS = table('directions')
export const FORECAST_DIRECTIONS = table('forecast-directions')
export const PERIODS = table('periods')
export const MEDIATED = table('mediated')
export const RESUMED = table('resumed')

export interface Institution {
  key: string
  pattern: RegExp
  plural: boolean
}
export const INSTITUTIONS: Institution[] = Object.entries(require('./institutions.json') as Record<string, { pattern: string; plural: boolean } | string>)
  .filter((entry): entry is [string, { pattern: string; plural: boolean }] => typeof entry[1] !== 'string')
  .map(([key, value]) => ({ key, pattern: new RegExp(`(?:${value.pattern})(?![\\p{L}])`, 'u'), plural: value.plural }))

/** `ukrainisch` (any ending) → `UA`. */
export function countryOfAdjective(word: string): string | undefined {
  const lower = word.toLowerCase()
  return demonymCountry.get(lower) ?? demonymCountry.get(lower.replace(/(?:e|en|er|es|em)$/, ''))
}

/** A country adjective, any ending (for patterns): `ukrainischen`, `russische`, `US-amerikanischer`. */
export const COUNTRY_ADJECTIVE = String.raw`(?:[A-Z]{2,3}-)?[a-zäöü]+isch(?:e|en|er|es|em)?`
