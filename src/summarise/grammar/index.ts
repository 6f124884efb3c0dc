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
export type Gender = 'f' | 'm' | 'n' | 'pl'

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
      if (CLUB.test(name)) return word
      return word
    })
    .join(' ')
}

export function germanGenderOf(name: string): Gender | undefined {
  return GENDER.get(name)
}

/** `Internationaler Währungsfonds` (strong, as a heading writes it) is listed as `Internationale Währungsfonds`. */
function listedForm(name: string): string {
  if (GENDER.has(name)) return name
  const weak = name.replace(/^([A-ZÄÖÜ][a-zäöüß]+)(?:er|es)\b/, '$1e')
  return GENDER.has(weak) ? weak : name
}

/** Clubs named after their legal form take the masculine article: der FC Bayern München, den VfB Stuttgart. */
const CLUB = /^(?:\d\.\s)?(?:FC|VfB|VfL|SC|SV|TSV|TSG|FSV|SpVgg)\s/

function genderOf(name: string): Gender | undefined {
  return GENDER.get(name) ?? (CLUB.test(name) ? 'm' : undefined)
}

/** The definite article for a case and gender; by default the table above, in the summariser from the locale. */
export type ArticleOf = (grammaticalCase: GermanCase, gender: Gender) => string
const tableArticle: ArticleOf = (grammaticalCase, gender) => ARTICLES[gender][grammaticalCase]

export function germanNounPhrase(written: string, grammaticalCase: GermanCase, articleOf: ArticleOf = tableArticle): string {
  const name = listedForm(written)
  const gender = genderOf(name)
  if (!gender) {
    // Names without article take the Saxon genitive: Russlands, Selenskyjs, Paris'.
    if (grammaticalCase !== 'gen') return written
    return /[sxzß]$/.test(name) ? `${name}’` : `${name}s`
  }
  return `${articleOf(grammaticalCase, gender)} ${inflectAfterArticle(name, gender, grammaticalCase)}`
}

export function germanIsPlural(name: string): boolean {
  return GENDER.get(name) === 'pl'
}

export function englishNounPhrase(name: string): string {
  return TAKES_THE.has(name) ? `the ${name}` : name
}

const ROLE_WORD_LIMIT = 3

/**
 * A role as it stands before a name at the start of a German sentence, with the
 * definite article: `ukrainischer Präsident` → `der ukrainische Präsident`,
 * `US-Sondergesandter` → `der US-Sondergesandte` (weak declension after `der`).
 * Null for roles too long to stand before a name (`Leiter der … Administration`).
 */
export function germanRoleNominative(roleDe: string, feminine: boolean): string | null {
  const words = roleDe.split(' ')
  if (words.length > ROLE_WORD_LIMIT || words.some((word) => /^(der|des|dem|den|die|von)$/.test(word))) return null
  const head = words[words.length - 1]
  if (!/^[A-ZÄÖÜ]/.test(head)) return null
  // Strong adjective endings (-er/-e) become the weak -e after the definite article.
  const weak = words.slice(0, -1).map((word) => (/^[a-zäöü]/.test(word) ? word.replace(/(?:er|e)$/, 'e') : word))
  // A nominalised adjective (Gesandter, Vorsitzender) also takes -e after `der`.
  const headWeak = !feminine && /(?:ter|ner|der|ener)$/.test(head) && isAdjectivalHead(head) ? head.slice(0, -1) : head
  // A bare title goes without article (`Präsident Selenskyj`, `Kreml-Sprecher Peskow`), as does `Bayerns Torwart`.
  if (words.length === 1 && !isAdjectivalHead(head)) return head
  if (/s$/.test(words[0] ?? '') && /^[A-ZÄÖÜ]/.test(words[0] ?? '') && words.length > 1) return words.join(' ')
  return `${feminine ? 'die' : 'der'} ${[...weak, headWeak].join(' ')}`
}

/** Nominalised adjectives and participles used as role nouns end like adjectives. */
function isAdjectivalHead(head: string): boolean {
  return /(?:gesandter|beauftragter|vorsitzender|abgeordneter|angestellter|bediensteter|sachverständiger|delegierter|verwandter)$/i.test(head)
}

export function englishRoleOk(roleEn: string): boolean {
  return roleEn.split(' ').length <= ROLE_WORD_LIMIT && !/\b(of|the)\b/.test(roleEn)
}
