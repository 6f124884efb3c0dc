/** The four schemes this project uses, loaded once from their JSON files. */
import ruDe from './schemes/ru-de.json' with { type: 'json' }
import ruEn from './schemes/ru-en.json' with { type: 'json' }
import ukDe from './schemes/uk-de.json' with { type: 'json' }
import ukEn from './schemes/uk-en.json' with { type: 'json' }
import { loadScheme, parseSchemeDefinition, type Scheme, type SchemeDefinition, type SchemeLanguage, type SchemeTarget } from './scheme.ts'

export const schemeDefinitions: readonly SchemeDefinition[] = [ruDe, ruEn, ukDe, ukEn].map(parseSchemeDefinition)

const loaded = new Map<string, Scheme>(schemeDefinitions.map((d) => [`${d.language}-${d.target}`, loadScheme(d)]))

export function schemeFor(language: SchemeLanguage, target: SchemeTarget): Scheme {
  const scheme = loaded.get(`${language}-${target}`)
  if (!scheme) throw new Error(`no transliteration scheme ${language}-${target}`)
  return scheme
}
