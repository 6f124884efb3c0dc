/** A rejection: who rejects what (`Moskau wies den Bericht als unzuverlässig zurück`, `lehnt … ab`). */
import { defineRule, gated } from '../rule.ts'
import { entityNear, flag, fromVocabulary } from '../slots.ts'
import { DEMANDS } from './shared/vocabularies.ts'

const REJECT = /\b(?:lehnt|lehnte|lehnen|lehnten|weist|wies|weisen|wiesen|hat|haben)\b/

export default defineRule({
  id: 'rejection',
  description: 'Someone rejects a demand, proposal, report or accusation (lehnt … ab, wies … zurück)',
  frame: 'rejection',
  priority: 5,
  // Every match holds `lehn` (`lehnt`, `abgelehnt`) or `zurück`.
  trigger: gated(/lehn|zurück/, /\b(?:lehnt|lehnte|lehnen|lehnten)\b[^.]*\bab\b|\b(?:weist|wies|weisen|wiesen)\b[^.]*\bzurück\b|\b(?:hat|haben)\b[^.]*\b(?:abgelehnt|zurückgewiesen)\b/),
  veto: /\b(?:nicht|kein|keine)\b|\?/,
  slots: {
    who: { extract: entityNear(REJECT, { type: ['place', 'person', 'organization'] }), required: true },
    what: { extract: fromVocabulary(DEMANDS, { after: REJECT }), required: true },
    past: { extract: flag(/\b(?:lehnte|lehnten|wies|wiesen|abgelehnt|zurückgewiesen)\b/, 'past') },
  },
  examples: [
    {
      text: 'Die Regierung in Moskau wies diesen Bericht als unzuverlässig zurück.',
      expect: { de: 'Moskau lehnte den Bericht ab.', en: 'Moscow rejected the report.' },
    },
    {
      text: 'Präsident Wolodymyr Selenskyj lehnt den Vorschlag einer Feuerpause ab.',
      expect: { de: 'Präsident Wolodymyr Selenskyj lehnt den Vorschlag ab.', en: 'President Volodymyr Zelensky rejects the proposal.' },
    },
    {
      text: 'Kiew hat die Forderungen Moskaus nach einer Abtretung von Gebieten zurückgewiesen.',
      expect: { de: 'Kiew lehnte die Forderungen ab.', en: 'Kyiv rejected the demands.' },
    },
    { text: 'Kiew lehnt Verhandlungen nicht ab.', expect: null },
  ],
})
