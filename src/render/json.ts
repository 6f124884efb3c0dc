/** The machine-readable outputs: out/glossary.json and out/summaries.json (the output contract). */
import type { SiteModel } from './model.ts'
import { sortedArticles } from './index-page.ts'

export function renderGlossaryJson(model: SiteModel): string {
  const entries = model.glossary.map((entry) => ({
    id: entry.id,
    type: entry.type,
    de: entry.de,
    en: entry.en,
    cyrillic: entry.cyrillic,
    variants: entry.variants,
    roles: entry.roles,
    articles: entry.articles,
    origin: entry.origin,
  }))
  return JSON.stringify({ version: 1, entries }, null, 2) + '\n'
}

export function renderSummariesJson(model: SiteModel): string {
  const articles = sortedArticles(model).map((article) => ({
    slug: article.slug,
    title: article.title,
    date: article.meta.date,
    source: article.meta.source ?? null,
    summary: { de: article.summary.map((s) => s.de).join(' '), en: article.summary.map((s) => s.en).join(' ') },
    sentences: article.summary.map((s) => ({ de: s.de, en: s.en, rule: s.rule, evidence: s.evidence.map(({ start, end }) => ({ start, end })) })),
  }))
  return JSON.stringify({ version: 1, articles }, null, 2) + '\n'
}
