/** The summary stage: rules → facts → sentences in both languages → guard → selection (or fallback). */
import type { Fact, SummarySentence } from '../types.ts'
import type { Translator } from '../i18n.ts'
import { withPlainSource, type AnalysedArticle } from './article.ts'
import { extractFacts } from './engine.ts'
import { fallbackSummary } from './fallback.ts'
import { checkFaithfulness } from './guard.ts'
import { realiseFact, type NameLookup } from './realise.ts'
import type { SummaryRule } from './rule.ts'
import { saysNothingNew, scoreFact, selectFacts } from './select.ts'

export type { AnalysedArticle, AnalysedSentence } from './article.ts'
export type { NameLookup, NameForms } from './realise.ts'
export { loadRules } from './rules/load.ts'

export interface ArticleSummary {
  sentences: SummarySentence[]
  /**
   * Facts that can be said faithfully (they realise in both languages and pass the guard):
   * the summary's own and the next best ones, in article order, for a key-facts list.
   */
  facts: Fact[]
  /** The facts beyond the summary, said in both languages (guarded, with roles), in article order. */
  keyFacts: SummarySentence[]
  /** Every fact the rules produced (for evaluation: which rules fired). */
  extracted: Fact[]
  /** Sentences a rule produced but the guard rejected, with why (for eval and debugging). */
  rejected: Array<{ sentence: SummarySentence; violations: string[] }>
}

/** What a fact of the lead sentence gains over the position score every fact gets. */
const LEAD_BONUS = 2

/** How many facts beyond the summary's are checked and kept for a key-facts list. */
const KEY_FACT_CANDIDATES = 6

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
  const extracted = extractFacts(article, rules)
  const byKey = new Map(article.entities.map((entity) => [entity.key, entity]))
  const entityOf = (key: string) => byKey.get(key)
  const salience = new Map(article.entities.map((entity) => [entity.key, Math.min(3, entity.mentions.length)]))
  const sentenceCount = article.sentences.length
  // The lead carries the news: the facts of the first body sentence that has any come first
  // (a standfirst or a dateline before it says nothing a rule can use).
  const lead = Math.min(...extracted.map((fact) => fact.sentence))
  for (const fact of extracted) fact.score = scoreFact(fact, sentenceCount, (key) => salience.get(key) ?? 0) + (fact.sentence === lead ? LEAD_BONUS : 0)
  const rejected: ArticleSummary['rejected'] = []
  const said = new Map<Fact, SummarySentence | null>()
  // Realise and guard a fact once; a sentence the guard rejects is never shown.
  const sayable = (fact: Fact): SummarySentence | null => {
    if (said.has(fact)) return said.get(fact)!
    let sentence: SummarySentence | null = null
    const rendered = realiseFact(fact, translator, names, entityOf)
    if (rendered) {
      sentence = { ...rendered, rule: fact.rule, evidence: fact.evidence }
      const violations = guardSentence(sentence, article, names)
      if (violations.length) {
        rejected.push({ sentence, violations })
        sentence = null
      }
    }
    said.set(fact, sentence)
    return sentence
  }
  const chosen = selectFacts(extracted, sayable)
  const sentences = chosen.length ? chosen.map((candidate) => candidate.sentence) : [fallbackSummary(article, translator, names)]
  // The next best facts that can be said, for a key-facts list (bounded: each costs a realisation).
  const facts = chosen.map((candidate) => candidate.fact)
  for (const fact of [...extracted].sort((a, b) => b.score - a.score)) {
    if (facts.length >= chosen.length + KEY_FACT_CANDIDATES) break
    if (facts.includes(fact) || saysNothingNew(fact, facts)) continue
    if (sayable(fact)) facts.push(fact)
  }
  facts.sort((a, b) => a.sentence - b.sentence || b.score - a.score)
  const inSummary = new Set(chosen.map((candidate) => candidate.fact))
  const keyFacts = facts.filter((fact) => !inSummary.has(fact)).map((fact) => said.get(fact)!)
  return { sentences, facts, keyFacts, extracted, rejected }
}
