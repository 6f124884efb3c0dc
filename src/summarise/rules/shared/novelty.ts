/** The word lists of novelty and record facts (`der erste Austausch seit fünf Monaten`), compiled once. */
import { createRequire } from 'node:module'
import { vocabularyTable, type VocabularyTable } from '../../slots.ts'
import type { SlotExtractor } from '../../rule.ts'

const require = createRequire(import.meta.url)
const data = require('./novelty.json') as Record<string, Record<string, string>>

const table = (section: string): VocabularyTable => vocabularyTable(data[section])

export const NOVELTY = {
  ranks: table('ranks'),
  qualifiers: table('qualifiers'),
  postQualifiers: table('postQualifiers'),
  events: table('events'),
  since: table('since'),
  units: table('units'),
  hedges: table('hedges'),
}

/** A duration's unit right after its number (`fünf Monaten`, `knapp zwei Jahren`). */
export const DURATION_UNIT = new RegExp(Object.values(data.units).join('|'))

/**
 * A record the event's own sentence gives it (`im Rahmen des offenbar größten
 * Gefangenenaustauschs seit Beginn des Ukrainekriegs`), for the event's frame to carry:
 * `largestSinceWarStart`, with the hedge kept (`apparentlyLargestSinceWarStart`).
 */
export const recordInSentence: SlotExtractor = (sentence, article) => {
  const text = article.source.slice(sentence.start, sentence.end)
  const pattern = new RegExp(String.raw`(?:(${NOVELTY.hedges.any.source})\s+)?(${NOVELTY.ranks.any.source})\s+(?:${NOVELTY.events.any.source})\s+(?:${NOVELTY.since.any.source})`, 'u')
  const match = pattern.exec(text)
  if (!match) return null
  const rank = NOVELTY.ranks.entries.find((entry) => entry.pattern.test(match[2]))?.key
  if (!rank) return null
  const key = (match[1] ? 'apparently' + rank[0].toUpperCase() + rank.slice(1) : rank) + 'SinceWarStart'
  const start = sentence.start + match.index
  return { value: { kind: 'text', de: key }, evidence: { start, end: start + match[0].length } }
}
