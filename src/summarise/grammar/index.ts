/**
 * Noun phrases for names in generated sentences: the German article in the right
 * case (`der USA`, `die Ukraine`, `den Vereinigten Arabischen Emiraten`), and the
 * English `the` where names take it. Which names take an article is data (./*.json).
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const germanGender = require('./german-gender.json') as Record<string, string[]>
const englishArticle = require('./english-article.json') as { the: string[] }

export type GermanCase = 'nom' | 'gen' | 'dat' | 'acc'
type Gender = 'f' | 'm' | 'n' | 'pl'

const GENDER = new Map<string, Gender>()
for (const gender of ['f', 'm', 'n', 'pl'] as const) for (const name of germanGender[gender] ?? []) GENDER.set(name, gender)
const TAKES_THE = new Set(englishArticle.the)

const ARTICLES: Record<Gender, Record<GermanCase, string>> = {
  m: { nom: 'der', gen: 'des', dat: 'dem', acc: 'den' },
  f: { nom: 'die', gen: 'der', dat: 'der', acc: 'die' },
  n: { nom: 'das', gen: 'des', dat: 'dem', acc: 'das' },
  pl: { nom: 'die', gen: 'der', dat: 'den', acc: 'die' },
}

/** Weak declension after a definite article: adjectives end in -en except in the nominative singular (and acc. f/n). */
function inflectAfterArticle(name: string, gender: Gender, grammaticalCase: GermanCase): string {
  const words = name.split(' ')
  const weakEn = gender === 'pl' || grammaticalCase === 'gen' || grammaticalCase === 'dat' || (grammaticalCase === 'acc' && gender === 'm')
  return words
    .map((word, i) => {
      const isLast = i === words.length - 1
      if (!isLast && /^[A-ZÄÖÜ]/.test(word) && /e$/.test(word) && weakEn) return word + 'n'
      if (isLast && gender === 'pl' && grammaticalCase === 'dat' && /e$/.test(word)) return word + 'n'
      if (isLast && grammaticalCase === 'gen' && (gender === 'm' || gender === 'n') && !/[sxzß]$/.test(word) && words.length === 1) return word + 's'
      return word
    })
    .join(' ')
}

export function germanGenderOf(name: string): Gender | undefined {
  return GENDER.get(name)
}

export function germanNounPhrase(name: string, grammaticalCase: GermanCase): string {
  const gender = GENDER.get(name)
  if (!gender) {
    // Names without article take the Saxon genitive: Russlands, Selenskyjs, Paris'.
    if (grammaticalCase !== 'gen') return name
    return /[sxzß]$/.test(name) ? `${name}’` : `${name}s`
  }
  return `${ARTICLES[gender][grammaticalCase]} ${inflectAfterArticle(name, gender, grammaticalCase)}`
}

export function germanIsPlural(name: string): boolean {
  return GENDER.get(name) === 'pl'
}

export function englishNounPhrase(name: string): string {
  return TAKES_THE.has(name) ? `the ${name}` : name
}
