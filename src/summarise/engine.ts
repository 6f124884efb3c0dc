/**
 * Runs every summary rule over every sentence of an analysed article and returns
 * the facts (language-neutral frames with slots and evidence) they produce.
 */
import type { Fact } from '../types.ts'
import type { AnalysedArticle, AnalysedSentence } from './article.ts'
import type { SlotMatch, SummaryRule } from './rule.ts'

function matchRule(rule: SummaryRule, sentence: AnalysedSentence, article: AnalysedArticle, previous: AnalysedSentence[]): Fact | null {
  const text = article.source.slice(sentence.start, sentence.end)
  if (!rule.trigger.test(text)) return null
  if (rule.veto?.test(text)) return null
  const filled: Record<string, SlotMatch> = {}
  const evidence = [{ start: sentence.start, end: sentence.end }]
  for (const [name, spec] of Object.entries(rule.slots)) {
    let match = spec.extract(sentence, article, filled)
    if (!match && spec.lookBehind) {
      // Lead sentences often carry the who and where that a following sentence leaves implicit.
      for (const earlier of previous.slice(-spec.lookBehind).reverse()) {
        match = spec.extract(earlier, article, filled)
        if (match) {
          evidence.push({ start: earlier.start, end: earlier.end })
          break
        }
      }
    }
    if (match) filled[name] = match
    else if (spec.required) return null
  }
  const slots = Object.fromEntries(Object.entries(filled).map(([name, match]) => [name, match.value]))
  evidence.sort((a, b) => a.start - b.start)
  return { rule: rule.id, frame: rule.frame, slots, sentence: sentence.index, evidence, score: rule.priority }
}

export function extractFacts(article: AnalysedArticle, rules: SummaryRule[]): Fact[] {
  const facts: Fact[] = []
  const body = article.sentences.filter((sentence) => sentence.kind === 'sentence' && !sentence.heading)
  body.forEach((sentence, position) => {
    const previous = body.slice(Math.max(0, position - 3), position)
    for (const rule of rules) {
      const fact = matchRule(rule, sentence, article, previous)
      if (fact) facts.push(fact)
    }
  })
  return facts
}
