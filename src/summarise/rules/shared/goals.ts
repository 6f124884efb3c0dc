/** Slots of goal reports: who scored, in which minute, to what score. */
import { sentenceText } from '../../article.ts'
import type { SlotExtractor } from '../../rule.ts'
import { entityNear, familyNameNear, firstOf, flag, literalName } from '../../slots.ts'

export const SCORED = /\b(?:traf|trifft|erzielte|erzielt|köpfte|verwandelte|vollendete|schob)\b/
export const GOAL_TRIGGER = /\b(?:traf|trifft|erzielte|erzielt|köpfte|verwandelte|vollendete)\b[^.]*\(\d{1,3}\.\)/
export const NOT_A_GOAL = /\b(?:nicht|kein|Eigentor|Pfosten|Latte)\b/

export const scorer: SlotExtractor = firstOf(entityNear(SCORED, { type: 'person', window: 12 }), familyNameNear(SCORED))

/** The minute mark sports reports put in brackets: `(82.)`. */
export const minute: SlotExtractor = (sentence, article) => {
  const text = sentenceText(article, sentence)
  const match = /\((\d{1,3})\.(?:\s*Minute)?\)/.exec(text)
  if (!match) return null
  const start = sentence.start + match.index + 1
  return { value: { kind: 'number', value: Number(match[1]), text: match[1] }, evidence: { start, end: start + match[1].length } }
}

/** `zum 2:0`: the score after the goal, written with an en dash in English. */
export const score: SlotExtractor = (sentence, article) => {
  const found = literalName(/\b(?:zum|das)\s+(\d{1,2}:\d{1,2})\b/)(sentence, article, {})
  if (!found || found.value.kind !== 'text') return null
  return { ...found, value: { kind: 'text', de: found.value.de, en: found.value.de.replace(':', '–') } }
}

/** A goal that turned the match, said in the sentence or the one or two before it. */
export const turningPoint: SlotExtractor = (sentence, article, filled) =>
  flag(/\b(?:Ausgleich\w*|ausgeglichen)\b/, 'equaliser')(sentence, article, filled) ?? flag(/\b(?:Entscheidung|Siegtreffer|entscheidend\w*|Siegtor)\b/, 'decider')(sentence, article, filled)
