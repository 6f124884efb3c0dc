/**
 * Faithfulness guard: a summary sentence may hold only numbers, dates and names that
 * its evidence (the source spans of the sentences it came from) holds.
 *
 * - Numbers are compared as values after normalising German and English formats
 *   (55.000 = 55,000; `zwei` = two = 2); a digit string the evidence shows literally
 *   (a minute mark `(82.)`, a score `2:0`) counts too.
 * - Dates (`5. Februar 2026`, `February 2023`) must be dates the evidence gives, as the
 *   analyser resolves them against the article's date (`am Donnerstag`, `im Februar`);
 *   the article's own date (front matter) is always supported.
 * - Names: every name the output holds that the project knows (the article's entities
 *   in both languages, the lexicon, the world's countries) must be supported by the
 *   evidence: a mention there, one of its spellings, or for a country its adjective
 *   (`russische Soldaten` supports `Russia`).
 */
import type { ArticleEntity, Lang, Token } from '../types.ts'
import { findDatesInTokens, findNumbers, findNumbersInTokens, tokenize } from '../analyse/text/index.ts'
import { lexiconEntries, surfacesOf } from '../glossary/lexicon/index.ts'
import { demonymsDe, demonymsEn } from '../analyse/roles/vocabulary.ts'
import type { NameLookup } from './realise.ts'

export interface GuardInput {
  text: string
  lang: Lang
  /** The source text of the evidence spans. */
  evidenceText: string
  /** Source spans, to check that a named entity is mentioned there. */
  evidence: Array<{ start: number; end: number }>
  entities: ArticleEntity[]
  names: NameLookup
  /** The article's date (ISO): a date in the summary may be the article's own date. */
  articleDate?: string
}

const MONTHS: Record<Lang, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}
const WEEKDAYS: Record<Lang, string[]> = {
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}

// Compiled once: the guard runs for every candidate sentence in both languages.
const EVIDENCE_WEEKDAYS = WEEKDAYS.de.map((day) => new RegExp(`\\b${day}s?\\b`))
const OUTPUT_WEEKDAYS: Record<Lang, RegExp[]> = {
  de: WEEKDAYS.de.map((day) => new RegExp(`\\b${day}\\b`)),
  en: WEEKDAYS.en.map((day) => new RegExp(`\\b${day}\\b`)),
}

/** A weekday the output names (`named`: their indexes) must be one the evidence names, or the weekday of a date it gives. */
function weekdayViolations(named: number[], lang: Lang, evidence: EvidenceFacts): string[] {
  const violations: string[] = []
  for (const index of named) if (!evidence.weekdays.has(index)) violations.push(`weekday ${WEEKDAYS[lang][index]} is not in the evidence`)
  return violations
}

const ENGLISH_NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }

const ENGLISH_NUMBER = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?(?![\d,])/g
const GERMAN_NUMBER = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|(?<![\d.,])\d+(?:,\d+)?(?![\d])/g

interface Span {
  start: number
  end: number
}

const OUTPUT_DATES: Record<Lang, RegExp> = {
  de: new RegExp(`(?:(\\d{1,2})\\.\\s)?(${MONTHS.de.join('|')})\\s(\\d{4})`, 'g'),
  en: new RegExp(`(?:(\\d{1,2})\\s)?(${MONTHS.en.join('|')})\\s(\\d{4})`, 'g'),
}

function datesInOutput(text: string, lang: Lang): Array<Span & { iso: string }> {
  const pattern = OUTPUT_DATES[lang]
  const found: Array<Span & { iso: string }> = []
  for (const match of text.matchAll(pattern)) {
    const month = String(MONTHS[lang].indexOf(match[2]) + 1).padStart(2, '0')
    const iso = match[1] ? `${match[3]}-${month}-${match[1].padStart(2, '0')}` : `${match[3]}-${month}`
    found.push({ start: match.index!, end: match.index! + match[0].length, iso })
  }
  return found
}

function numbersInOutput(text: string, lang: Lang, skip: Span[]): number[] {
  const inside = (index: number) => skip.some((span) => index >= span.start && index < span.end)
  const values: number[] = []
  for (const match of text.matchAll(lang === 'en' ? ENGLISH_NUMBER : GERMAN_NUMBER)) {
    if (inside(match.index!)) continue
    const raw = match[0]
    values.push(Number(lang === 'en' ? raw.replace(/,/g, '') : raw.replace(/\./g, '').replace(',', '.')))
  }
  if (lang === 'en') {
    for (const match of text.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi)) values.push(ENGLISH_NUMBER_WORDS[match[1].toLowerCase()])
  } else {
    // German number words (`zwei`, `zwölf`); `ein`/`eine` is an article as often as a number.
    for (const found of findNumbers(text)) if (!/^\d/.test(found.text.replace(/^\D*\s/, '')) && found.value > 1 && !inside(found.start)) values.push(found.value)
  }
  return values
}

/** What the guard reads from an output sentence: a function of its text and language alone. */
interface OutputFacts {
  dates: Array<Span & { iso: string }>
  /** Indexes (WEEKDAYS order) of the weekdays it names. */
  weekdays: number[]
  numbers: number[]
  words: string[]
  stems: string[]
}

// Performance (issue 7): realised sentences recur (the realiser's own memo shows it), in
// both checks of a fact and across articles; what the guard reads from one is read once.
// Bounded: emptied when it grows large. Callers only read the arrays.
const outputMemo = new Map<string, OutputFacts>()
const OUTPUT_MEMO_MAX = 4096

function outputFacts(text: string, lang: Lang): OutputFacts {
  const key = `${lang}\0${text}`
  let facts = outputMemo.get(key)
  if (facts) return facts
  const dates = datesInOutput(text, lang)
  const weekdays: number[] = []
  OUTPUT_WEEKDAYS[lang].forEach((pattern, index) => {
    if (pattern.test(text)) weekdays.push(index)
  })
  const all = words(text)
  facts = { dates, weekdays, numbers: numbersInOutput(text, lang, dates), words: all, stems: all.map(stem) }
  if (outputMemo.size >= OUTPUT_MEMO_MAX) outputMemo.clear()
  outputMemo.set(key, facts)
  return facts
}

/**
 * What the guard needs to know of one evidence text: found once, since every candidate
 * sentence of a fact (in both languages) shares its evidence, and each part only when a
 * check asks for it (issue 7: most sentences name no weekday or date, and most of their
 * names are mentioned in the evidence, so the evidence's dates and stems are seldom needed).
 */
class EvidenceFacts {
  private tokenList?: Token[]
  private dateList?: string[]
  private weekdaySet?: Set<number>
  private numberSet?: Set<number>
  private stemIndex?: EvidenceIndex

  constructor(
    readonly text: string,
    readonly articleDate: string | undefined,
  ) {}

  /** One tokenization for dates and numbers (findDates and findNumbers would each make one). */
  private get tokens(): Token[] {
    return (this.tokenList ??= tokenize(this.text))
  }

  get dates(): string[] {
    return (this.dateList ??= findDatesInTokens(this.text, this.tokens, 0, this.articleDate).map((found) => found.iso))
  }

  get weekdays(): Set<number> {
    if (this.weekdaySet) return this.weekdaySet
    const weekdays = new Set<number>()
    EVIDENCE_WEEKDAYS.forEach((pattern, index) => {
      if (pattern.test(this.text)) weekdays.add(index)
    })
    for (const iso of this.dates) if (iso.length === 10) weekdays.add(new Date(`${iso}T00:00:00Z`).getUTCDay())
    return (this.weekdaySet = weekdays)
  }

  get numbers(): Set<number> {
    if (this.numberSet) return this.numberSet
    const numbers = new Set(findNumbersInTokens(this.text, this.tokens, 0).map((found) => found.value))
    for (const match of this.text.matchAll(/\d+/g)) numbers.add(Number(match[0]))
    return (this.numberSet = numbers)
  }

  get index(): EvidenceIndex {
    return (this.stemIndex ??= indexEvidence(this.text))
  }
}

const evidenceMemo = new Map<string, EvidenceFacts>()
const EVIDENCE_MEMO_MAX = 512

function evidenceFacts(evidenceText: string, articleDate: string | undefined): EvidenceFacts {
  const key = `${articleDate ?? ''}\0${evidenceText}`
  let facts = evidenceMemo.get(key)
  if (facts) return facts
  facts = new EvidenceFacts(evidenceText, articleDate)
  // Bounded: evidence texts of one article are reused; across articles they are not.
  if (evidenceMemo.size >= EVIDENCE_MEMO_MAX) evidenceMemo.clear()
  evidenceMemo.set(key, facts)
  return facts
}

// --- names ------------------------------------------------------------------
// Names are compared as sequences of word stems, so inflected German forms meet their
// base form (`Vereinigten Arabischen Emiraten` = `Vereinigte Arabische Emirate`,
// `Russlands` = `Russland`) while `Russian` stays apart from `Russia`.

interface NameGroup {
  /** Stem keys of the forms whose presence in the evidence supports the name. */
  support: string[]
  /** Country adjective stems (`russisch`, `ukrainian`): any word starting so supports the country. */
  adjectives: string[]
}

const MAX_NAME_WORDS = 5

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}.&]+/u).map((word) => word.replace(/\.$/, '')).filter(Boolean)
}

function stemOf(word: string): string {
  const lower = word.toLowerCase()
  return lower.length > 4 ? lower.replace(/(?:en|er|es|em|e|n|s|’s|'s)$/, '') : lower
}

// Performance (issue 7): the same words and names recur in every check and across
// articles; their stems are remembered (bounded: emptied when the table grows large).
const STEM_MEMO_MAX = 50_000
const stemMemo = new Map<string, string>()
const stemKeyMemo = new Map<string, string>()

function remember(memo: Map<string, string>, key: string, compute: (key: string) => string): string {
  let value = memo.get(key)
  if (value === undefined) {
    if (memo.size >= STEM_MEMO_MAX) memo.clear()
    memo.set(key, (value = compute(key)))
  }
  return value
}

function stem(word: string): string {
  return remember(stemMemo, word, stemOf)
}

function stemKey(form: string): string {
  return remember(stemKeyMemo, form, (text) => words(text).map(stem).join(' '))
}

const isName = (form: string) => /^\p{Lu}/u.test(form) && form.length >= 2 && !/\p{Script=Cyrillic}/u.test(form)

/** Name groups by stem key, and the first stem of every key (most words start none). */
interface NameTable<Group> {
  groups: Map<string, Group[]>
  firsts: Set<string>
}

function firstStems(keys: Iterable<string>): Set<string> {
  const firsts = new Set<string>()
  for (const key of keys) {
    const space = key.indexOf(' ')
    firsts.add(space < 0 ? key : key.slice(0, space))
  }
  return firsts
}

let catalogue: NameTable<NameGroup> | undefined

function addForms(groups: Map<string, NameGroup[]>, forms: string[], group: NameGroup) {
  for (const form of forms.filter(isName)) {
    const key = stemKey(form)
    if (!key) continue
    const list = groups.get(key) ?? []
    list.push(group)
    groups.set(key, list)
  }
}

/** Every name the project knows without the article: lexicon entries and countries. */
function knownNames(): NameTable<NameGroup> {
  if (catalogue) return catalogue
  const groups = new Map<string, NameGroup[]>()
  for (const entry of lexiconEntries()) {
    const forms = surfacesOf(entry).filter(isName)
    addForms(groups, forms, { support: forms.map(stemKey), adjectives: [] })
  }
  const germanNames = new Intl.DisplayNames(['de'], { type: 'region' })
  const englishNames = new Intl.DisplayNames(['en-GB'], { type: 'region' })
  for (const [key, adjective] of Object.entries(demonymsDe.adjective)) {
    const code = key.replace(/_\d+$/, '')
    const forms = [germanNames.of(code), englishNames.of(code)].filter((form): form is string => Boolean(form) && form !== code)
    if (code === 'US') forms.push('USA', 'US', 'United States', 'Vereinigte Staaten')
    const adjectives = [adjective, demonymsEn.adjective[key]].filter(Boolean).map((word) => word.toLowerCase())
    addForms(groups, forms, { support: forms.map(stemKey), adjectives })
  }
  catalogue = { groups, firsts: firstStems(groups.keys()) }
  return catalogue
}

/** The evidence as a sequence of word stems, and its words for adjective prefixes (lowercased when first needed). */
interface EvidenceIndex {
  words: string[]
  stems: string[]
  lowerWords?: string[]
}

function indexEvidence(text: string): EvidenceIndex {
  const all = words(text)
  return { words: all, stems: all.map(stem) }
}

/**
 * Does the evidence hold the stem key (stems joined by spaces) as consecutive words, of at
 * most MAX_NAME_WORDS? Looked for where needed, rather than every n-gram built up front
 * (issue 7: few keys are ever looked up). Stems hold no spaces and are never empty.
 */
function hasStems(evidence: EvidenceIndex, key: string): boolean {
  const parts = key.split(' ')
  if (parts.length > MAX_NAME_WORDS) return false
  const stems = evidence.stems
  for (let i = 0; i + parts.length <= stems.length; i++) {
    let k = 0
    while (k < parts.length && stems[i + k] === parts[k]) k++
    if (k === parts.length) return true
  }
  return false
}

function supported(group: NameGroup, evidence: EvidenceIndex): boolean {
  if (group.support.some((key) => hasStems(evidence, key))) return true
  if (!group.adjectives.length) return false
  // `russische Soldaten`, `ukrainischen`: the country's adjective.
  const lowerWords = (evidence.lowerWords ??= evidence.words.map((word) => word.toLowerCase()))
  return group.adjectives.some((adjective) => lowerWords.some((word) => word.startsWith(adjective)))
}

/**
 * Known names in the output: longest word sequences first, each word used once. `starts`
 * tells whether any known key begins with a stem, so most words need no lookup at all.
 */
function namesIn(output: OutputFacts, lookup: (key: string) => boolean, starts: (stem: string) => boolean): Array<{ key: string; surface: string }> {
  const all = output.words
  const stems = output.stems
  const found: Array<{ key: string; surface: string }> = []
  for (let i = 0; i < all.length; ) {
    let taken = 0
    if (starts(stems[i]) && /^\p{Lu}/u.test(all[i])) {
      for (let n = Math.min(MAX_NAME_WORDS, all.length - i); n >= 1; n--) {
        const key = stems.slice(i, i + n).join(' ')
        if (lookup(key)) {
          found.push({ key, surface: all.slice(i, i + n).join(' ') })
          taken = n
          break
        }
      }
    }
    i += taken || 1
  }
  return found
}

type ArticleNames = NameTable<NameGroup & { entity: ArticleEntity }>

// An article's names depend on its entities and its name lookup only: built once per article, not per sentence checked.
const articleNamesMemo = new WeakMap<ArticleEntity[], WeakMap<NameLookup, ArticleNames>>()

function articleNamesOf(entities: ArticleEntity[], names: NameLookup): ArticleNames {
  let byLookup = articleNamesMemo.get(entities)
  if (!byLookup) articleNamesMemo.set(entities, (byLookup = new WeakMap()))
  let article = byLookup.get(names)
  if (article) return article
  const groups: ArticleNames['groups'] = new Map()
  for (const entity of entities) {
    const forms = names(entity.key)
    const shown = [...new Set([entity.name, ...entity.surfaces, ...(forms ? [forms.de, forms.en] : [])])].filter(isName)
    // A person may be named by the family name alone in the evidence (`Müller traf`).
    const familyNames = entity.type === 'person' ? shown.filter((form) => form.includes(' ')).map((form) => form.split(' ').pop()!) : []
    const group = { support: [...shown, ...familyNames].map(stemKey), adjectives: [], entity }
    for (const form of shown) {
      const key = stemKey(form)
      groups.set(key, [...(groups.get(key) ?? []), group])
    }
  }
  article = { groups, firsts: firstStems(groups.keys()) }
  byLookup.set(names, article)
  return article
}

function nameViolations(input: GuardInput, evidence: EvidenceFacts, output: OutputFacts): string[] {
  const inEvidence = (entity: ArticleEntity) =>
    entity.mentions.some((mention) => input.evidence.some((span) => mention.start >= span.start && mention.end <= span.end))
  // The article's own entities, in the forms the output may use.
  const article = articleNamesOf(input.entities, input.names)
  const known = knownNames()
  const violations: string[] = []
  const starts = (stem: string) => article.firsts.has(stem) || known.firsts.has(stem)
  for (const { key, surface } of namesIn(output, (candidate) => article.groups.has(candidate) || known.groups.has(candidate), starts)) {
    const own = article.groups.get(key) ?? []
    if (own.some((group) => inEvidence(group.entity) || supported(group, evidence.index))) continue
    // A country is also supported by its adjective, a lexicon name by any of its spellings.
    if ((known.groups.get(key) ?? []).some((group) => supported(group, evidence.index))) continue
    violations.push(`name ${surface} is not in the evidence`)
  }
  return violations
}

/** Returns the violations (empty when the sentence is faithful). */
export function checkFaithfulness(input: GuardInput): string[] {
  const violations: string[] = []
  const output = outputFacts(input.text, input.lang)
  const evidence = evidenceFacts(input.evidenceText, input.articleDate)
  for (const found of output.dates) {
    const ok = found.iso === input.articleDate || evidence.dates.some((iso) => iso === found.iso || (found.iso.length === 7 && iso.startsWith(found.iso)))
    if (!ok) violations.push(`date ${input.text.slice(found.start, found.end)} is not in the evidence`)
  }
  violations.push(...weekdayViolations(output.weekdays, input.lang, evidence))
  for (const value of output.numbers) {
    if (!evidence.numbers.has(value)) violations.push(`number ${value} is not in the evidence`)
  }
  violations.push(...nameViolations(input, evidence, output))
  return violations
}
