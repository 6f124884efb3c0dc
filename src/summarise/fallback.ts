/**
 * When no rule fires: German = the one or two most informative lead sentences, cleaned
 * (Markdown marks and a leading connective removed); English = a sentence built from
 * templates out of the article's date and its most salient entities. Never German words
 * in English output, never an empty summary. Only body sentences count: datelines,
 * bylines, photo credits and agency trailers never reach a summary.
 */
import { createRequire } from 'node:module'
import type { SummarySentence } from '../types.ts'
import { fixedLanguageT, type Translator } from '../i18n.ts'
import { formatList } from '../format.ts'
import type { AnalysedArticle, AnalysedSentence } from './article.ts'
import { bodySentences } from './engine.ts'
import type { NameLookup } from './realise.ts'
import { englishNounPhrase } from './grammar/index.ts'
import { MAX_WORDS } from './select.ts'

const require = createRequire(import.meta.url)
const { connectives } = require('./fallback-connectives.json') as { connectives: string[] }
/** Only before a subject: a determiner, a pronoun or a capitalised word. */
const LEADING_CONNECTIVE = new RegExp(`^(?:${connectives.join('|')})\\s+(?=(?:der|die|das|den|dem|ein|eine|einer|er|sie|es|wir|man|dies\\p{L}*)\\s|\\p{Lu})`, 'u')

/** How many lead sentences the German fallback looks at, and takes at most. */
const LEAD_WINDOW = 4
const MAX_LEAD_SENTENCES = 2
/** A lead sentence shorter than this leaves room for a second one. */
const SHORT_SENTENCE = 15
const SALIENT_ENTITIES = 3

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** A lead sentence as it can stand alone: no Markdown marks, no leading `Doch`/`Zudem`. */
export function cleanLeadSentence(text: string): string {
  let clean = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
  const connective = LEADING_CONNECTIVE.exec(clean)
  // Without the connective, the verb comes first: `Doch die Bayern führten` → `Die Bayern führten`.
  if (connective) clean = clean.slice(connective[0].length).replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
  if (!/[.!?…"“”»«]$/.test(clean)) clean += '.'
  return clean
}

function informativeness(sentence: AnalysedSentence, position: number): number {
  return (sentence.mentions.length * 2 + sentence.numbers.length) / Math.max(8, words(sentence.text)) - position * 0.05
}

function leadSentences(body: AnalysedSentence[]): AnalysedSentence[] {
  const ranked = body
    .slice(0, LEAD_WINDOW)
    .map((sentence, position) => ({ sentence, score: informativeness(sentence, position) }))
    .filter(({ sentence }) => words(sentence.text) <= MAX_WORDS)
    .sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start)
  const chosen: AnalysedSentence[] = []
  for (const { sentence } of ranked) {
    if (chosen.length >= MAX_LEAD_SENTENCES) break
    if (chosen.length && (words(chosen[0].text) >= SHORT_SENTENCE || words(chosen[0].text) + words(sentence.text) > MAX_WORDS)) break
    chosen.push(sentence)
  }
  return chosen.sort((a, b) => a.start - b.start)
}

export function fallbackSummary(article: AnalysedArticle, translator: Translator, names: NameLookup): SummarySentence {
  const body = bodySentences(article)
  const lead = leadSentences(body)
  let de = lead.map((sentence) => cleanLeadSentence(sentence.text)).join(' ')
  if (!de) de = cleanLeadSentence(article.meta.title)
  if (words(de) > MAX_WORDS) de = de.split(/\s+/).slice(0, MAX_WORDS - 1).join(' ') + ' …'

  // Salience counts mentions in the body only (an agency named in a dateline is no topic).
  const inBody = new Set(body.map((sentence) => sentence.index))
  const salient = article.entities
    .map((entity) => ({ entity, mentions: entity.mentions.filter((mention) => inBody.has(mention.sentence)) }))
    .filter(({ mentions }) => mentions.length)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)
    .slice(0, SALIENT_ENTITIES)
  const englishNames = salient.map(({ entity }) => names(entity.key)?.en).filter((name): name is string => Boolean(name))
  const t = fixedLanguageT(translator.i18n, 'en')
  const date = new Date(`${article.meta.date}T00:00:00Z`)
  const en = englishNames.length
    ? t('summary:fallback.text', { date, entities: formatList(englishNames.map(englishNounPhrase), 'en') })
    : t('summary:fallback.text_without_entities', { date })
  const evidence = [
    ...lead.map((sentence) => ({ start: sentence.start, end: sentence.end })),
    ...salient.map(({ mentions }) => ({ start: mentions[0].start, end: mentions[0].end })),
  ].sort((a, b) => a.start - b.start)
  return { de, en, rule: 'fallback', evidence }
}
