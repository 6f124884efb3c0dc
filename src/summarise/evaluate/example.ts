/**
 * Runs a rule's own examples: a German snippet is analysed as a one-paragraph article
 * (dated 2026-02-05, so weekdays resolve), names come from a glossary built from it,
 * and the rule's facts are realised in both languages.
 */
import { VFile } from 'vfile'
import { analyseFile } from '../../analyse/index.ts'
import { mergeGlossary } from '../../glossary/merge.ts'
import type { Translator } from '../../i18n.ts'
import { withPlainSource, type AnalysedArticle } from '../article.ts'
import { extractFacts } from '../engine.ts'
import { realiseFact, type NameLookup } from '../realise.ts'
import type { SummaryRule } from '../rule.ts'

export const EXAMPLE_DATE = '2026-02-05'

export function analyseSnippet(text: string, date = EXAMPLE_DATE): { article: AnalysedArticle; names: NameLookup } {
  const markdown = `---\ntitle: Beispiel\ndate: ${date}\nlang: de\n---\n\n${text}\n`
  const article = analyseFile(new VFile({ path: 'beispiel.md', value: markdown }), 'beispiel')
  const glossary = mergeGlossary([{ slug: article.slug, entities: article.entities }])
  const names: NameLookup = (key) => {
    const entry = glossary.entryOf(article.slug, key)
    return entry ? { de: entry.de, en: entry.en, type: entry.type } : undefined
  }
  return { article, names }
}

/** Every rendering of the rule's facts on the snippet (in sentence order). */
export function renderExample(rule: SummaryRule, text: string, translator: Translator): Array<{ de: string; en: string }> {
  const { article: analysed, names } = analyseSnippet(text)
  const article = withPlainSource(analysed)
  const byKey = new Map(article.entities.map((entity) => [entity.key, entity]))
  return extractFacts(article, [rule])
    .map((fact) => realiseFact(fact, translator, names, (key) => byKey.get(key)))
    .filter((rendered): rendered is { de: string; en: string } => rendered !== null)
}
