/**
 * Character trigram models of Russian and Ukrainian name words. Trained on
 * (1) the Cyrillic originals in the lexicon, counted several times because
 * they are exactly the kind of word we read back, (2) the proper nouns of the
 * Hunspell dictionaries of the two languages (dictionary-ru, dictionary-uk:
 * Ukrainian has 54,000 surnames and place names, Russian 3,300 proper nouns,
 * so its common words are added to reach a comparable size), and (3) the
 * schemes' samples. Training on the lexicon's Cyrillic is allowed in
 * rules-only mode: the input is never looked up, only letter statistics used.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexiconEntries } from '../lexicon/index.ts'
import { derivedData } from '../../cache/derived-data.ts'
import { sourceFileOf } from '../../package-root.ts'
import { CharTrigramModel, type TrigramCounts } from './ngram.ts'
import { schemeDefinitions } from './schemes.ts'
import type { SchemeLanguage } from './scheme.ts'

const CYRILLIC_WORD = /[\p{Script=Cyrillic}'\u2019\u02BC]+/gu
const LEXICON_WEIGHT = 3
/** Enough dictionary words for stable statistics; more only slows start-up. */
const DICTIONARY_WORDS = 20_000

function cyrillicWords(text: string): string[] {
  return [...text.matchAll(CYRILLIC_WORD)].map((m) => m[0].replace(/[\u2019\u02BC]/g, "'").toLowerCase())
}

/** Stems of a Hunspell .dic file: proper nouns first, then (if still short) common words, every n-th. */
function dictionaryWords(dic: Uint8Array, limit: number, properNounsOnly = false): string[] {
  const stems = new TextDecoder().decode(dic).split('\n').slice(1).map((line) => line.split('/')[0].trim())
  const isProper = (s: string) => s.length > 1 && s[0] !== s[0].toLowerCase() && s !== s.toUpperCase()
  const proper = stems.filter((s) => isProper(s) && !/[-\s.]/.test(s))
  const common = stems.filter((s) => s.length > 2 && s === s.toLowerCase() && !/[-\s.]/.test(s))
  const pick = (list: string[], n: number) => {
    if (list.length <= n) return list
    const step = list.length / n
    return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)])
  }
  const chosenProper = pick(proper, limit)
  if (properNounsOnly) return chosenProper.map((s) => s.toLowerCase())
  return [...chosenProper, ...pick(common, limit - chosenProper.length)].map((s) => s.toLowerCase())
}

export interface TrainingOptions {
  /** Leave these lexicon entries out (to measure the rules on lexicon names they were not trained on). */
  excludeIds?: ReadonlySet<string>
  /** Dictionary words per language (default DICTIONARY_WORDS). */
  dictionaryWords?: number
  /** Take only proper nouns from the dictionaries. */
  properNounsOnly?: boolean
}

let models: Map<SchemeLanguage, CharTrigramModel> | null = null

const require = createRequire(import.meta.url)
const DICTIONARY_PACKAGES: Record<SchemeLanguage, string> = { ru: 'dictionary-ru', uk: 'dictionary-uk' }

/** The folder of an installed dictionary package (its files are read only when a model is trained). */
function dictionaryFolder(language: SchemeLanguage): string {
  return path.dirname(require.resolve(DICTIONARY_PACKAGES[language]))
}

function dictionaryDic(language: SchemeLanguage): Uint8Array {
  return readFileSync(path.join(dictionaryFolder(language), 'index.dic'))
}

/** The words besides the dictionaries': the lexicon's Cyrillic (weighted) and the schemes' samples. */
function ownTrainingWords(options: TrainingOptions): Record<SchemeLanguage, string[]> {
  const words: Record<SchemeLanguage, string[]> = { ru: [], uk: [] }
  for (const entry of lexiconEntries()) {
    if (options.excludeIds?.has(entry.id)) continue
    if (!entry.cyrillic || (entry.lang !== 'ru' && entry.lang !== 'uk')) continue
    const lexiconWords = cyrillicWords(entry.cyrillic)
    for (let i = 0; i < LEXICON_WEIGHT; i++) words[entry.lang].push(...lexiconWords)
  }
  for (const scheme of schemeDefinitions) for (const [cyrillic] of scheme.samples) words[scheme.language].push(...cyrillicWords(cyrillic))
  return words
}

export function trainLanguageModels(options: TrainingOptions = {}): Map<SchemeLanguage, CharTrigramModel> {
  const own = ownTrainingWords(options)
  const words: Record<SchemeLanguage, string[]> = {
    ru: [...dictionaryWords(dictionaryDic('ru'), options.dictionaryWords ?? DICTIONARY_WORDS, options.properNounsOnly ?? true), ...own.ru],
    uk: [...dictionaryWords(dictionaryDic('uk'), options.dictionaryWords ?? DICTIONARY_WORDS, options.properNounsOnly ?? true), ...own.uk],
  }
  return new Map([
    ['ru', new CharTrigramModel(words.ru)],
    ['uk', new CharTrigramModel(words.uk)],
  ])
}

/**
 * What the default models are trained from, as a hash: the dictionaries' package versions,
 * the lexicon's and schemes' words, and the code that trains and scores (this file and ngram.ts).
 */
function defaultModelsKey(): string {
  const hash = createHash('sha256')
  for (const language of ['ru', 'uk'] as const) {
    const pkg = JSON.parse(readFileSync(path.join(dictionaryFolder(language), 'package.json'), 'utf8')) as { name: string; version: string }
    hash.update(`${pkg.name}@${pkg.version}\n`)
  }
  hash.update(JSON.stringify(ownTrainingWords({})))
  hash.update(`${DICTIONARY_WORDS} ${LEXICON_WEIGHT}\n`)
  for (const source of ['language-models', 'ngram']) hash.update(readFileSync(sourceFileOf(import.meta.url, source)))
  return hash.digest('hex').slice(0, 20)
}

/**
 * The default models, trained once per installation and stored (performance, issue 7:
 * training took 0.5 s in every process and worker thread).
 */
function defaultModels(): Map<SchemeLanguage, CharTrigramModel> {
  const counts = derivedData('translit-models', defaultModelsKey(), () => {
    const trained = trainLanguageModels()
    return { ru: trained.get('ru')!.toCounts(), uk: trained.get('uk')!.toCounts() } satisfies Record<SchemeLanguage, TrigramCounts>
  })
  return new Map([
    ['ru', CharTrigramModel.fromCounts(counts.ru)],
    ['uk', CharTrigramModel.fromCounts(counts.uk)],
  ])
}

/** Replace the models (evaluation only). */
export function useLanguageModels(replacement: Map<SchemeLanguage, CharTrigramModel>): void {
  models = replacement
}

export function languageModel(language: SchemeLanguage): CharTrigramModel {
  models ??= defaultModels()
  return models.get(language)!
}
