/** The word lists of novelty and record facts (`der erste Austausch seit fünf Monaten`), compiled once. */
import { sentenceText } from '../../article.ts'
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

const RECORD = new RegExp(String.raw`(?:(${NOVELTY.hedges.any.source})\s+)?(${NOVELTY.ranks.any.source})\s+(?:${NOVELTY.events.any.source})\s+(${NOVELTY.since.any.source})`, 'u')

type RecordPart = 'rank' | 'hedge' | 'since'

/**
 * A record the event's own sentence gives it (`im Rahmen des offenbar größten
 * Gefangenenaustauschs seit Beginn des Ukrainekriegs`), for the event's frame to carry:
 * its rank (`largest`), hedge (`apparently`) and reference point (`warStart`), one slot each.
 */
export function recordInSentence(part: RecordPart): SlotExtractor {
  const group = { hedge: 1, rank: 2, since: 3 }[part]
  const table = { hedge: NOVELTY.hedges, rank: NOVELTY.ranks, since: NOVELTY.since }[part]
  return (sentence, article) => {
    const match = RECORD.exec(sentenceText(article, sentence))
    const word = match?.[group]
    if (!match || !word) return null
    const key = table.entries.find((entry) => entry.pattern.test(word))?.key
    if (!key) return null
    const start = sentence.start + match.index + match[0].indexOf(word)
    return { value: { kind: 'text', de: key }, evidence: { start, end: start + word.length } }
  }
}
