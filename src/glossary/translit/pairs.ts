/** Reading name-pair TSV files (type, german, accepted_english, cyrillic, kind) and scoring predictions against them. */
import { readFileSync } from 'node:fs'
import { transliterate, type TranslitOptions } from './index.ts'

export interface NamePair {
  type: string
  german: string
  acceptedEnglish: string[]
  cyrillic: string
  kind: string
}

export function readNamePairs(path: string): NamePair[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'))
  const header = lines[0].split('\t')
  const column = (name: string) => {
    const index = header.indexOf(name)
    if (index < 0) throw new Error(`${path}: no column ${name}`)
    return index
  }
  const [type, german, english, cyrillic, kind] = ['type', 'german', 'accepted_english', 'cyrillic', 'kind'].map(column)
  return lines.slice(1).map((line) => {
    const cells = line.split('\t')
    return {
      type: cells[type],
      german: cells[german],
      acceptedEnglish: cells[english].split('|').map((s) => s.trim()),
      cyrillic: cells[cyrillic] ?? '',
      kind: cells[kind] ?? '',
    }
  })
}

/** Entity type of a pair for the API (regions are places). */
export function entityTypeOf(pair: NamePair): TranslitOptions['type'] {
  return pair.type === 'person' ? 'person' : pair.type === 'organization' ? 'organization' : 'place'
}

const foldApostrophes = (s: string) => s.replace(/[\u2019\u02BC]/g, "'").toLowerCase()

export interface PairOutcome {
  pair: NamePair
  en: string
  cyrillic: string | null
  englishOk: boolean
  cyrillicOk: boolean
}

export function evaluatePairs(pairs: NamePair[], rulesOnly: boolean): PairOutcome[] {
  return pairs.map((pair) => {
    const result = transliterate(pair.german, { rulesOnly, type: entityTypeOf(pair) })
    return {
      pair,
      en: result.en,
      cyrillic: result.cyrillic,
      englishOk: pair.acceptedEnglish.includes(result.en),
      cyrillicOk: result.cyrillic !== null && foldApostrophes(result.cyrillic) === foldApostrophes(pair.cyrillic),
    }
  })
}

export function accuracy(outcomes: PairOutcome[], field: 'englishOk' | 'cyrillicOk'): number {
  return outcomes.length === 0 ? 0 : outcomes.filter((o) => o[field]).length / outcomes.length
}
