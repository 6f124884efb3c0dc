/** An election result: a party's share of the vote (`Die SPD kam auf 25,7 Prozent`). */
import { defineRule, gated } from '../rule.ts'
import { entityNear, number } from '../slots.ts'

const GOT = /\b(?:kam|kommt|kamen|erhielt|erhielten|erreichte|erreichten|holte|holten|gewann|gewannen)\b/

export default defineRule({
  id: 'election-result',
  description: 'A party or candidate got N per cent of the vote (kam auf, erhielt, erreichte N Prozent)',
  frame: 'electionResult',
  priority: 8,
  // Every match holds `Prozent` or `%`.
  trigger: gated(/Prozent|%/, /\b(?:kam|kommt|kamen|erhielt|erhielten|erreichte|erreichten|holte|holten)\b[^.]*\d\s*(?:Prozent|%)/),
  veto: /\b(?:Umfrage\w*|dürfte|könnte|Inflation|Preise|Zinsen)\b|\?/,
  slots: {
    party: { extract: entityNear(GOT, { type: ['organization', 'person'] }), required: true },
    share: { extract: number({ counting: /Prozent|%/, gap: 0, after: /\b(?:auf|erhielt\w*|erreichte\w*|holte\w*|gewann\w*)(?:\s+\w+)?/ }), required: true },
  },
  examples: [
    {
      text: 'Die SPD kam bei der Bundestagswahl auf 25,7 Prozent der Stimmen.',
      expect: { de: 'Die SPD kam auf 25,7 Prozent der Stimmen.', en: 'The SPD won 25.7 per cent of the vote.' },
    },
    {
      text: 'Amtsinhaber Emmanuel Macron erhielt 58,5 Prozent.',
      expect: { de: 'Emmanuel Macron kam auf 58,5 Prozent der Stimmen.', en: 'Emmanuel Macron won 58.5 per cent of the vote.' },
    },
    { text: 'In Umfragen kam die SPD zuletzt auf 15 Prozent.', expect: null },
  ],
})
