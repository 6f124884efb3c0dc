/**
 * Faithfulness guard: a summary sentence may hold only numbers, dates and names that
 * its evidence (the source spans of the sentences it came from) holds. Numbers are
 * compared as values after normalising German and English formats (55.000 = 55,000),
 * names through the article's entities (Selenskyj in the text supports Zelensky).
 */
import type { ArticleEntity, Lang } from '../types.ts'
import { findNumbers } from '../analyse/text/index.ts'
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

const ENGLISH_NUMBER = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?(?![\d,])/g
const GERMAN_NUMBER = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|(?<![\d.,])\d+(?:,\d+)?(?![\d.])/g

function numbersInOutput(text: string, lang: Lang): number[] {
  const pattern = lang === 'en' ? ENGLISH_NUMBER : GERMAN_NUMBER
  const values: number[] = []
  for (const match of text.matchAll(pattern)) {
    const raw = match[0]
    const normal = lang === 'en' ? raw.replace(/,/g, '') : raw.replace(/\./g, '').replace(',', '.')
    values.push(Number(normal))
  }
  return values
}

function dayNumbersOfDates(text: string): Set<number> {
  // `5. Februar 2026` / `5 February 2026`: day and year are part of a date, checked as a date.
  const found = new Set<number>()
  for (const match of text.matchAll(/(\d{1,2})\.? (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December) (\d{4})/g)) {
    found.add(Number(match[1]))
    found.add(Number(match[2]))
  }
  return found
}

/** Returns the violations (empty when the sentence is faithful). */
export function checkFaithfulness(input: GuardInput): string[] {
  const violations: string[] = []
  const evidenceNumbers = new Set(findNumbers(input.evidenceText).map((found) => found.value))
  const dateParts = dayNumbersOfDates(input.text)
  for (const value of numbersInOutput(input.text, input.lang)) {
    if (evidenceNumbers.has(value)) continue
    if (dateParts.has(value) && input.articleDate && input.articleDate.includes(String(value).padStart(2, '0'))) continue
    violations.push(`number ${value} is not in the evidence`)
  }
  const inEvidence = (entity: ArticleEntity) =>
    entity.mentions.some((mention) => input.evidence.some((span) => mention.start >= span.start && mention.end <= span.end))
  for (const entity of input.entities) {
    const forms = input.names(entity.key)
    if (!forms) continue
    const name = input.lang === 'de' ? forms.de : forms.en
    if (name.length < 3 || !input.text.includes(name)) continue
    if (!inEvidence(entity)) violations.push(`name ${name} is not in the evidence`)
  }
  return violations
}
