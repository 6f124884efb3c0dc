/** The summary stage: rules → facts → sentences in both languages → guard → selection (or fallback). */
import type { Fact, SummarySentence } from '../types.ts'
import type { Translator } from '../i18n.ts'
import { withPlainSource, type AnalysedArticle } from './article.ts'
import { extractFacts } from './engine.ts'
import { fallbackSummary } from './fallback.ts'
import { checkFaithfulness } from './guard.ts'
import { realiseFact, type NameLookup } from './realise.ts'
import type { SummaryRule } from './rule.ts'
import { scoreFact, selectFacts } from './select.ts'

export type { AnalysedArticle, AnalysedSentence } from './article.ts'
export type { NameLookup, NameForms } from './realise.ts'
export { loadRules } from './rules/load.ts'

export interface ArticleSummary {
  sentences: SummarySentence[]
  facts: Fact[]
  /** Sentences a rule produced but the guard rejected, with why (for eval and debugging). */
  rejected: Array<{ sentence: SummarySentence; violations: string[] }>
}

export function evidenceText(article: AnalysedArticle, evidence: Array<{ start: number; end: number }>): string {
  return evidence.map((span) => article.source.slice(span.start, span.end)).join('\n')
}

export function guardSentence(sentence: SummarySentence, article: AnalysedArticle, names: NameLookup): string[] {
  const text = evidenceText(article, sentence.evidence)
  return (['de', 'en'] as const).flatMap((lang) =>
    checkFaithfulness({
      text: sentence[lang],
      lang,
      evidenceText: text,
      evidence: sentence.evidence,
      entities: article.entities,
      names,
      articleDate: article.meta.date,
    }).map((violation) => `${lang}: ${violation}`),
  )
}

export function summariseArticle(analysed: AnalysedArticle, rules: SummaryRule[], translator: Translator, names: NameLookup): ArticleSummary {
  const article = withPlainSource(analysed)
  const facts = extractFacts(article, rules)
  const byKey = new Map(article.entities.map((entity) => [entity.key, entity]))
  const entityOf = (key: string) => byKey.get(key)
  const salience = new Map(article.entities.map((entity) => [entity.key, Math.min(3, entity.mentions.length)]))
  const sentenceCount = article.sentences.length
  for (const fact of facts) fact.score = scoreFact(fact, sentenceCount, (key) => salience.get(key) ?? 0)
  const rejected: ArticleSummary['rejected'] = []
  const chosen = selectFacts(facts, (fact) => {
    const rendered = realiseFact(fact, translator, names, entityOf)
    if (!rendered) return null
    const sentence: SummarySentence = { ...rendered, rule: fact.rule, evidence: fact.evidence }
    const violations = guardSentence(sentence, article, names)
    if (violations.length) {
      rejected.push({ sentence, violations })
      return null
    }
    return sentence
  })
  const sentences = chosen.length ? chosen.map((candidate) => candidate.sentence) : [fallbackSummary(article, translator, names)]
  return { sentences, facts, rejected }
}
