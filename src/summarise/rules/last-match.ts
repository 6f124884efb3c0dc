/** A farewell: someone's last match, race or appearance (`Für X war es die letzte Partie`). */
import { defineRule, gated } from '../rule.ts'
import { entity, phrase } from '../slots.ts'

export default defineRule({
  id: 'last-match',
  description: 'It was the last match, race or appearance of a person (war es die letzte Partie, sein letztes Spiel)',
  frame: 'lastMatch',
  priority: 8,
  // Every match holds `letzte`.
  trigger: gated(/letzte/, /\b(?:war|ist)\s+es\s+(?:die|das|sein|ihr)\s+letzte[s]?\s+(?:Partie|Spiel|Rennen|Einsatz|Auftritt|Turnier)\b|\b(?:bestritt|absolvierte)\s+(?:[^.]{0,40}?\s)?(?:sein|ihr)\s+letztes\s+(?:Spiel|Rennen|Turnier)\b/),
  veto: /\b(?:nicht|kein|vielleicht|womöglich|könnte)\b|\?/,
  slots: {
    person: { extract: entity({ type: 'person' }), required: true },
    what: {
      extract: phrase(/\bletzte[s]?\s+(Partie|Spiel|Rennen|Einsatz|Auftritt|Turnier)\b/, (match) =>
        /Rennen/.test(match[1]) ? 'lastRace' : /Einsatz|Auftritt/.test(match[1]) ? 'lastAppearance' : /Turnier/.test(match[1]) ? 'lastTournament' : 'lastMatch',
      ),
      required: true,
    },
  },
  examples: [
    {
      text: 'Für Schiedsrichterin Bibiana Steinhaus, die als erste Frau Spiele in der Bundesliga gepfiffen hat, war es die letzte Partie auf dem Platz.',
      expect: { de: 'Für Bibiana Steinhaus war es das letzte Spiel.', en: 'It was the last match for referee Bibiana Steinhaus.' },
    },
    {
      text: 'Michael Schumacher bestritt in Brasilien sein letztes Rennen.',
      expect: { de: 'Für Michael Schumacher war es das letzte Rennen.', en: 'It was the last race for Michael Schumacher.' },
    },
    { text: 'Für Thomas Müller war es vielleicht die letzte Partie.', expect: null },
  ],
})
