/** A final score: who beat whom, by how much (`Bayern gewann 3:2 gegen Dortmund`). */
import { defineRule, gated } from '../rule.ts'
import type { SlotExtractor } from '../rule.ts'
import { firstOf, literalName } from '../slots.ts'
import { teamBeforeAuxiliary, teamSubject } from './shared/teams.ts'

const score: SlotExtractor = (sentence, article) => {
  const found = literalName(/\b(\d{1,2}:\d{1,2})(?:-Sieg|\s*\(|\s+gegen|\s+über|\s+bei|\s+nach|\b)/)(sentence, article, {})
  if (!found || found.value.kind !== 'text') return null
  return { ...found, value: { kind: 'text', de: found.value.de, en: found.value.de.replace(':', '–') } }
}

export default defineRule({
  id: 'match-result',
  description: 'A team won a match by a score (gewann 3:2 gegen, siegte mit 2:0 bei, 3:1-Sieg über)',
  frame: 'matchResult',
  priority: 9,
  // Every match holds a score (`2:1`).
  trigger: gated(/\d:\d/, /\b(?:gewann|gewannen|gewinnt|gewonnen|siegte|siegten|besiegte|besiegt|schlug|geschlagen|setzte sich)\b[^.]*\b\d{1,2}:\d{1,2}\b|\b\d{1,2}:\d{1,2}\b[^.]*\b(?:gewonnen|besiegt|geschlagen)\b|\b\d{1,2}:\d{1,2}-Sieg\b/),
  veto: /\b(?:Halbzeit|Pause|zur Pause|Hinspiel)\b|\?/,
  slots: {
    winner: { extract: firstOf(teamSubject, teamBeforeAuxiliary), required: true },
    loser: { extract: literalName(/(?<!\p{L})(?:gegen|über|bei)\s+(?:die\s+|den\s+)?([A-ZÄÖÜ][\p{L}]+(?:\s+[A-ZÄÖÜ][\p{L}]+)?)/u), required: true },
    score: { extract: score, required: true },
  },
  examples: [
    {
      text: 'Bayern gewann den Supercup mit 3:2 gegen Borussia Dortmund.',
      expect: { de: 'Bayern gewann 3:2 gegen Borussia Dortmund.', en: 'Bayern beat Borussia Dortmund 3–2.' },
    },
    {
      text: 'Leverkusen feierte einen 2:0-Sieg über Stuttgart.',
      expect: { de: 'Leverkusen gewann 2:0 gegen Stuttgart.', en: 'Leverkusen beat Stuttgart 2–0.' },
    },
    {
      text: 'Borussia Dortmund siegte am Samstag mit 2:0 bei Werder Bremen.',
      expect: { de: 'Borussia Dortmund gewann 2:0 gegen Werder Bremen.', en: 'Borussia Dortmund beat Werder Bremen 2–0.' },
    },
    {
      text: 'Der FC Bayern hat das Spitzenspiel gegen Borussia Dortmund mit 4:0 gewonnen.',
      expect: { de: 'Der FC Bayern München gewann 4:0 gegen Borussia Dortmund.', en: 'Bayern Munich beat Borussia Dortmund 4–0.' },
    },
    { text: 'Zur Pause führte Leipzig 1:0 gegen Köln.', expect: null },
  ],
})
