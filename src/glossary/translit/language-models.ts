/**
 * Character trigram models of Russian and Ukrainian name words, trained on the
 * Cyrillic originals in the lexicon (and the schemes' own samples). Training on
 * the lexicon's Cyrillic is allowed in rules-only mode: the input is never
 * looked up, only the letter statistics of the two languages are used.
 */
import { lexiconEntries } from '../lexicon/index.ts'
import { CharTrigramModel } from './ngram.ts'
import { schemeDefinitions } from './schemes.ts'
import type { SchemeLanguage } from './scheme.ts'

const CYRILLIC_WORD = /[\p{Script=Cyrillic}'\u2019\u02BC]+/gu

function cyrillicWords(text: string): string[] {
  return [...text.matchAll(CYRILLIC_WORD)].map((m) => m[0].replace(/[\u2019\u02BC]/g, "'").toLowerCase())
}

let models: Map<SchemeLanguage, CharTrigramModel> | null = null

function train(): Map<SchemeLanguage, CharTrigramModel> {
  const words: Record<SchemeLanguage, string[]> = { ru: [], uk: [] }
  for (const entry of lexiconEntries()) {
    if (entry.cyrillic && (entry.lang === 'ru' || entry.lang === 'uk')) words[entry.lang].push(...cyrillicWords(entry.cyrillic))
  }
  for (const scheme of schemeDefinitions) for (const [cyrillic] of scheme.samples) words[scheme.language].push(...cyrillicWords(cyrillic))
  return new Map([
    ['ru', new CharTrigramModel(words.ru)],
    ['uk', new CharTrigramModel(words.uk)],
  ])
}

export function languageModel(language: SchemeLanguage): CharTrigramModel {
  models ??= train()
  return models.get(language)!
}
