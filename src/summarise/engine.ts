/**
 * Runs every summary rule over every sentence of an analysed article and returns
 * the facts (language-neutral frames with slots and evidence) they produce.
 */
import type { Fact } from '../types.ts'
import { sentenceText, type AnalysedArticle, type AnalysedSentence } from './article.ts'
import type { SlotMatch, SlotSpec, SummaryRule } from './rule.ts'

/** How far a slot may look for its filler in neighbouring sentences. */
const MAX_REACH = 3

interface Neighbours {
  previous: AnalysedSentence[]
  next: AnalysedSentence[]
}

function fillFromNeighbours(spec: SlotSpec, article: AnalysedArticle, filled: Record<string, SlotMatch>, around: Neighbours) {
  // Lead sentences often carry the who and where that a following sentence leaves implicit;
  // a reply (`Kiew lehnt dies ab`) follows the sentence it answers.
  const nearestFirst = [...around.previous.slice(-(spec.lookBehind ?? 0)).reverse(), ...around.next.slice(0, spec.lookAhead ?? 0)]
  for (const other of nearestFirst) {
    const match = spec.extract(other, article, filled)
    if (match) return { match, sentence: other }
  }
  return null
}

function matchRule(rule: SummaryRule, sentence: AnalysedSentence, article: AnalysedArticle, around: Neighbours): Fact | null {
  const text = sentenceText(article, sentence)
  if (!rule.trigger.test(text)) return null
  if (rule.veto?.test(text)) return null
  const filled: Record<string, SlotMatch> = {}
  const evidence = [{ start: sentence.start, end: sentence.end }]
  for (const [name, spec] of Object.entries(rule.slots)) {
    let match = spec.extract(sentence, article, filled)
    if (!match && (spec.lookBehind || spec.lookAhead)) {
      const found = fillFromNeighbours(spec, article, filled, around)
      if (found) {
        match = found.match
        if (!evidence.some((span) => span.start === found.sentence.start)) evidence.push({ start: found.sentence.start, end: found.sentence.end })
      }
    }
    if (match) filled[name] = match
    else if (spec.required) return null
  }
  if (rule.requireOneOf && !rule.requireOneOf.some((name) => name in filled)) return null
  if (rule.forbid?.some((name) => name in filled)) return null
  const slots = Object.fromEntries(Object.entries(filled).map(([name, match]) => [name, match.value]))
  evidence.sort((a, b) => a.start - b.start)
  return { rule: rule.id, frame: rule.frame, slots, sentence: sentence.index, evidence, score: rule.priority }
}

/** The sentences a summary may draw on: no headings, datelines, bylines, credits or trailers. */
export function bodySentences(article: AnalysedArticle): AnalysedSentence[] {
  return article.sentences.filter((sentence) => sentence.kind === 'sentence' && !sentence.heading)
}

export function extractFacts(article: AnalysedArticle, rules: SummaryRule[]): Fact[] {
  const facts: Fact[] = []
  const body = bodySentences(article)
  body.forEach((sentence, position) => {
    const around = { previous: body.slice(Math.max(0, position - MAX_REACH), position), next: body.slice(position + 1, position + 1 + MAX_REACH) }
    for (const rule of rules) {
      const fact = matchRule(rule, sentence, article, around)
      if (fact) facts.push(fact)
    }
  })
  return facts
}
