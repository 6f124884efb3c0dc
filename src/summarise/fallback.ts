/**
 * When no rule fires: German = the most informative lead sentence(s) as written;
 * English = a sentence built from templates out of the article's date and its most
 * salient entities (never German words in English output, never an empty summary).
 */
import type { SummarySentence } from '../types.ts'
import type { Translator } from '../i18n.ts'
import type { AnalysedArticle } from './article.ts'
import type { NameLookup } from './realise.ts'
import { englishNounPhrase } from './grammar/index.ts'
import { MAX_WORDS } from './select.ts'

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

export function fallbackSummary(article: AnalysedArticle, translator: Translator, names: NameLookup): SummarySentence {
  const body = article.sentences.filter((sentence) => sentence.kind === 'sentence' && !sentence.heading)
  const lead = body.slice(0, 4)
  // The most informative of the lead sentences: names and numbers per word, as long as it fits.
  const scored = lead
    .map((sentence, position) => ({
      sentence,
      score: (sentence.mentions.length * 2 + sentence.numbers.length) / Math.max(8, words(sentence.text)) - position * 0.05,
    }))
    .filter(({ sentence }) => words(sentence.text) <= MAX_WORDS)
    .sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start)
  const chosen = scored[0]?.sentence ?? body[0]
  let de = chosen ? chosen.text.trim() : article.meta.title
  if (words(de) > MAX_WORDS) de = de.split(/\s+/).slice(0, MAX_WORDS - 1).join(' ') + ' …'

  const salient = [...article.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)
    .slice(0, 3)
  const englishNames = salient.map((entity) => names(entity.key)?.en).filter((name): name is string => Boolean(name))
  const t = translator.t('en')
  const date = new Date(`${article.meta.date}T00:00:00Z`)
  const en = englishNames.length
    ? t('summary:fallback.text', { date, entities: new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(englishNames.map(englishNounPhrase)) })
    : t('summary:fallback.text_without_entities', { date })
  const evidence = [
    ...(chosen ? [{ start: chosen.start, end: chosen.end }] : []),
    ...salient.map((entity) => ({ start: entity.mentions[0].start, end: entity.mentions[0].end })),
  ].sort((a, b) => a.start - b.start)
  return { de, en, rule: 'fallback', evidence }
}
