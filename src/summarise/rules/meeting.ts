/** A meeting of two people: who met whom, where, when. */
import { defineRule, gated } from '../rule.ts'
import { date, entity, firstOf } from '../slots.ts'

export default defineRule({
  id: 'meeting',
  description: 'One person met another (traf sich mit, nach einem Treffen mit, empfing)',
  frame: 'meeting',
  priority: 4,
  // Every match holds `mit` or `empfing`.
  trigger: gated(/mit|empfing/, /\b(?:traf(?:en)?\s+sich\b[^.]*\bmit|sich\b[^.]*\bmit\b[^.]*\bgetroffen|(?:nach|bei)\s+(?:einem|seinem|ihrem)\s+Treffen\s+mit|empfing|kam\s+mit\b[^.]*\bzusammen)\b/),
  veto: /\b(?:nicht|kein|keine|soll|sollen|sollte|wollen|will|könnte|würde|angeboten|möglich)\b/,
  slots: {
    guest: {
      extract: firstOf(entity({ type: 'person', after: /Treffen\s+mit|traf(?:en)?\s+sich\s+mit|empfing|kam\s+mit/ }), entity({ type: 'person', after: /(?:Treffen\s+mit|sich\b[^.]{0,40}?\bmit|kam\s+mit|empfing)(?:\s+\S+){0,4}/ })),
      required: true,
    },
    host: { extract: entity({ type: 'person' }), required: true },
    where: { extract: entity({ type: 'place', after: /\bin/ }) },
    when: { extract: date({ precision: ['day', 'weekday'] }) },
  },
  examples: [
    {
      text: 'Ein solches Gespräch dürfe kein Selbstzweck sein, sagte Sergej Lawrow am Mittwoch in Moskau nach einem Treffen mit seinem türkischen Amtskollegen Mevlüt Çavuşoğlu.',
      expect: null,
    },
    {
      text: 'Sergej Lawrow hat am Mittwoch in Moskau nach einem Treffen mit seinem türkischen Amtskollegen Mevlüt Çavuşoğlu gesprochen.',
      expect: {
        de: 'Sergei Lawrow traf sich am Mittwoch in Moskau mit Mevlüt Çavuşoğlu.',
        en: 'Sergei Lavrov met Mevlüt Çavuşoğlu in Moscow on Wednesday.',
      },
    },
    {
      text: 'Bundeskanzler Olaf Scholz hat sich mit dem französischen Präsidenten Emmanuel Macron in Paris getroffen.',
      expect: { de: 'Olaf Scholz traf sich in Paris mit Emmanuel Macron.', en: 'Olaf Scholz met Emmanuel Macron in Paris.' },
    },
    {
      text: 'Bundeskanzler Olaf Scholz traf sich in Paris mit Präsident Emmanuel Macron.',
      expect: { de: 'Olaf Scholz traf sich in Paris mit Emmanuel Macron.', en: 'Olaf Scholz met Emmanuel Macron in Paris.' },
    },
  ],
})
