/**
 * The summary evaluation over a corpus: per article, key-fact coverage in German and
 * English, faithfulness violations of the final sentences, the rules that fired, the
 * length limits, German words leaking into English, and ROUGE-1/ROUGE-L of the German
 * summary against the publisher's teaser next to the lead-sentence baseline.
 *
 * Teasers: where a raw text carries the publisher's teaser verbatim as its standfirst
 * (nau, taz), a lead baseline would copy the reference. Both systems are therefore also
 * scored on the text without that standfirst (`rougeWithoutTeaser`), which is the
 * comparison the totals use; the scores on the text as given are reported too.
 */
import type { Translator } from '../../i18n.ts'
import { guardSentence } from '../index.ts'
import { bodySentences } from '../engine.ts'
import { MAX_SENTENCES, MAX_WORDS, wordCount } from '../select.ts'
import { summariseCorpus, type CorpusArticle, type CorpusOptions } from './corpus.ts'
import { germanWordsInEnglish, keyFactCoverage, rouge1, rougeL, type Coverage } from './metrics.ts'

export interface RougePair {
  system: { rouge1: number; rougeL: number }
  /** The lead baseline of the same length: as many leading sentences as the summary has. */
  lead: { rouge1: number; rougeL: number }
  leadSentences: number
  /** The first sentence alone. */
  lead1: { rouge1: number; rougeL: number }
}

export interface ArticleReport {
  stem: string
  summary: { de: string; en: string }
  sentences: Array<{ de: string; en: string; rule: string }>
  /** Every rule that produced a fact, and whether the summary came from the fallback. */
  rulesFired: string[]
  fallback: boolean
  coverage?: { de: Coverage; en: Coverage }
  violations: string[]
  lengthOk: boolean
  germanInEnglish: string[]
  rougeAsGiven?: RougePair
  rougeWithoutTeaser?: RougePair
  /** Milliseconds the summary stage took for this article (analysis not included). */
  ms: number
}

export interface Totals {
  articles: number
  coverage: { de: number; en: number; items: number }
  violations: number
  ruleRate: number
  lengthFailures: number
  germanInEnglish: number
  rouge: { articles: number; asGiven: RougePair; withoutTeaser: RougePair }
  msPerArticle: number
}

function leadText(article: CorpusArticle, count: number): string {
  return bodySentences(article.article)
    .slice(0, Math.max(1, count))
    .map((sentence) => sentence.text)
    .join(' ')
}

function rougePair(article: CorpusArticle): RougePair | undefined {
  if (!article.teaser) return undefined
  const system = article.summary.sentences.map((sentence) => sentence.de).join(' ')
  const count = article.summary.sentences.length
  const lead = leadText(article, count)
  return {
    system: { rouge1: rouge1(system, article.teaser).f1, rougeL: rougeL(system, article.teaser).f1 },
    lead: { rouge1: rouge1(lead, article.teaser).f1, rougeL: rougeL(lead, article.teaser).f1 },
    leadSentences: count,
    lead1: { rouge1: rouge1(leadText(article, 1), article.teaser).f1, rougeL: rougeL(leadText(article, 1), article.teaser).f1 },
  }
}

/** The raw text without the lines that repeat the teaser (the publisher's standfirst). */
export function withoutTeaser(raw: string, teaser: string): string {
  const teaserLines = new Set(teaser.split('\n').map((line) => line.trim()).filter(Boolean))
  return raw
    .split('\n')
    .filter((line) => !teaserLines.has(line.trim()))
    .join('\n')
}

function report(article: CorpusArticle, withoutTeaserArticle: CorpusArticle | undefined): ArticleReport {
  const sentences = article.summary.sentences
  const de = sentences.map((sentence) => sentence.de).join(' ')
  const en = sentences.map((sentence) => sentence.en).join(' ')
  const names = article.article.entities.flatMap((entity) => {
    const forms = article.names(entity.key)
    return forms ? [forms.en, forms.de] : [entity.name]
  })
  const violations = sentences.flatMap((sentence) => guardSentence(sentence, article.article, article.names).map((violation) => `${sentence.rule}: ${violation}`))
  return {
    stem: article.stem,
    summary: { de, en },
    sentences: sentences.map(({ de, en, rule }) => ({ de, en, rule })),
    rulesFired: [...new Set(article.summary.extracted.map((fact) => fact.rule))],
    fallback: sentences.every((sentence) => sentence.rule === 'fallback'),
    coverage: article.keyFacts ? { de: keyFactCoverage(de, article.keyFacts.de), en: keyFactCoverage(en, article.keyFacts.en) } : undefined,
    violations,
    lengthOk: sentences.length >= 1 && sentences.length <= MAX_SENTENCES && wordCount(de) <= MAX_WORDS && wordCount(en) <= MAX_WORDS,
    germanInEnglish: germanWordsInEnglish(en, names),
    rougeAsGiven: rougePair(article),
    rougeWithoutTeaser: withoutTeaserArticle ? rougePair(withoutTeaserArticle) : undefined,
    ms: article.ms,
  }
}

function meanPair(pairs: RougePair[]): RougePair {
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0)
  return {
    system: { rouge1: mean(pairs.map((pair) => pair.system.rouge1)), rougeL: mean(pairs.map((pair) => pair.system.rougeL)) },
    lead: { rouge1: mean(pairs.map((pair) => pair.lead.rouge1)), rougeL: mean(pairs.map((pair) => pair.lead.rougeL)) },
    leadSentences: mean(pairs.map((pair) => pair.leadSentences)),
    lead1: { rouge1: mean(pairs.map((pair) => pair.lead1.rouge1)), rougeL: mean(pairs.map((pair) => pair.lead1.rougeL)) },
  }
}

export function totalsOf(reports: ArticleReport[]): Totals {
  let covered = { de: 0, en: 0 }
  let items = { de: 0, en: 0 }
  for (const article of reports) {
    if (!article.coverage) continue
    for (const lang of ['de', 'en'] as const) {
      covered[lang] += article.coverage[lang].covered.length
      items[lang] += article.coverage[lang].covered.length + article.coverage[lang].missing.length
    }
  }
  const withTeaser = reports.filter((article) => article.rougeAsGiven)
  return {
    articles: reports.length,
    coverage: { de: items.de ? covered.de / items.de : 0, en: items.en ? covered.en / items.en : 0, items: items.de },
    violations: reports.reduce((sum, article) => sum + article.violations.length, 0),
    ruleRate: reports.filter((article) => !article.fallback).length / Math.max(1, reports.length),
    lengthFailures: reports.filter((article) => !article.lengthOk).length,
    germanInEnglish: reports.reduce((sum, article) => sum + article.germanInEnglish.length, 0),
    rouge: {
      articles: withTeaser.length,
      asGiven: meanPair(withTeaser.map((article) => article.rougeAsGiven!)),
      withoutTeaser: meanPair(withTeaser.map((article) => article.rougeWithoutTeaser ?? article.rougeAsGiven!)),
    },
    // The first article pays for loading the lexicon and compiling patterns.
    msPerArticle: reports.slice(1).reduce((sum, article) => sum + article.ms, 0) / Math.max(1, reports.length - 1),
  }
}

export async function evaluateCorpus(options: CorpusOptions & { translator?: Translator }): Promise<{ reports: ArticleReport[]; totals: Totals }> {
  const corpus = await summariseCorpus(options)
  // The same articles without the teaser lines, for the fair ROUGE comparison.
  const stripped = await summariseCorpus({ ...options, transform: (stem, raw) => {
    const article = corpus.find((candidate) => candidate.stem === stem)
    return article?.teaser ? withoutTeaser(raw, article.teaser) : raw
  } })
  const reports = corpus.map((article) => report(article, article.teaser ? stripped.find((candidate) => candidate.stem === article.stem) : undefined))
  return { reports, totals: totalsOf(reports) }
}
