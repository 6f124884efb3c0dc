/** A goal: who scored, in which minute, to what score, for which team; an equaliser or the decider. */
import { defineRule } from '../rule.ts'
import type { SlotExtractor } from '../rule.ts'
import { entityNear, flag, literalName } from '../slots.ts'
import { team, teamSubject } from './shared/teams.ts'

const SCORED = /\b(?:traf|trifft|erzielte|erzielt|köpfte|verwandelte|vollendete|schob)\b/

/** The minute mark sports reports put in brackets: `(82.)`. */
const minute: SlotExtractor = (sentence, article) => {
  const text = article.source.slice(sentence.start, sentence.end)
  const match = /\((\d{1,3})\.(?:\s*Minute)?\)/.exec(text)
  if (!match) return null
  const start = sentence.start + match.index + 1
  return { value: { kind: 'number', value: Number(match[1]), text: match[1] }, evidence: { start, end: start + match[1].length } }
}

/** `zum 2:0`: the score after the goal, written with an en dash in English. */
const score: SlotExtractor = (sentence, article) => {
  const found = literalName(/\bzum\s+(\d{1,2}:\d{1,2})\b/)(sentence, article, {})
  if (!found || found.value.kind !== 'text') return null
  return { ...found, value: { kind: 'text', de: found.value.de, en: found.value.de.replace(':', '–') } }
}

export default defineRule({
  id: 'match-goal',
  description: 'A player scored in minute N (traf zum 2:0 für die Bayern (32.)), an equaliser or the decisive goal',
  frame: 'matchGoal',
  priority: 6,
  trigger: /\b(?:traf|trifft|erzielte|erzielt|köpfte|verwandelte|vollendete)\b[^.]*\(\d{1,3}\.\)/,
  veto: /\b(?:nicht|kein|Eigentor|Pfosten|Latte)\b/,
  slots: {
    scorer: { extract: entityNear(SCORED, { type: 'person', window: 12 }), required: true },
    minute: { extract: minute, required: true },
    score: { extract: score },
    team: { extract: team, lookBehind: 2 },
    kind: {
      extract: (sentence, article, filled) =>
        flag(/\b(?:Ausgleich\w*|ausgeglichen)\b/, 'equaliser')(sentence, article, filled) ?? flag(/\b(?:Entscheidung|Siegtreffer|entscheidend\w*|Siegtor)\b/, 'decider')(sentence, article, filled),
      lookBehind: 2,
    },
  },
  examples: [
    {
      text: 'Wenig später flankte Alphonso Davies von links, Thomas Müller traf per Kopf zum 2:0 für die Bayern (32.).',
      expect: { de: 'Thomas Müller traf in der 32. Minute zum 2:0 für Bayern.', en: 'Thomas Müller scored in the 32nd minute to make it 2–0 for Bayern.' },
    },
    {
      text: 'Dortmund wurde nach der Pause deutlich druckvoller und kam zum Ausgleich. Thomas Delaney spielte den Ball durch die Schnittstelle, Erling Haaland nutzte das Zuspiel und traf (55.).',
      expect: { de: 'Erling Haaland erzielte in der 55. Minute den Ausgleich für Dortmund.', en: 'Erling Haaland scored the equaliser for Dortmund in the 55th minute.' },
    },
    {
      text: 'Doch die Bayern führten die Entscheidung herbei. Den ersten Ball parierte Marwin Hitz noch, dann traf Joshua Kimmich gekonnt im Fallen per Nachschuss (82.).',
      expect: { de: 'Joshua Kimmich erzielte in der 82. Minute den entscheidenden Treffer für Bayern.', en: 'Joshua Kimmich scored the decisive goal for Bayern in the 82nd minute.' },
    },
    { text: 'Erling Haaland traf nur den Pfosten (60.).', expect: null },
  ],
})
