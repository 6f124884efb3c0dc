/** A statement that confirms an event: `Selenskyj bestätigte den Austausch`. */
import { defineRule } from '../rule.ts'
import { entityNear, fromVocabulary } from '../slots.ts'
import { TOPICS } from './shared/vocabularies.ts'
import { institution } from './shared/institution.ts'
import { firstOf } from '../slots.ts'

const CONFIRM = /\b(?:bestätigte|bestätigten|bestätigt)\b/

export default defineRule({
  id: 'confirmation',
  description: 'Someone confirmed an event (bestätigte den Austausch, die Waffenruhe)',
  frame: 'confirmation',
  priority: 3,
  trigger: CONFIRM,
  veto: /\b(?:nicht|kein|keine)\b|\?|\d/,
  slots: {
    who: { extract: firstOf(entityNear(CONFIRM, { type: ['person', 'organization', 'place'] }), institution({ before: CONFIRM })), required: true },
    what: { extract: fromVocabulary(TOPICS, { after: CONFIRM, window: 40 }), required: true },
  },
  examples: [
    {
      text: 'Präsident Wolodymyr Selenskyj bestätigte den Austausch auf Telegram.',
      expect: { de: 'Präsident Wolodymyr Selenskyj bestätigte den Austausch.', en: 'President Volodymyr Zelensky confirmed the exchange.' },
    },
    {
      text: 'Das russische Verteidigungsministerium bestätigte die Waffenruhe.',
      expect: { de: 'Das russische Verteidigungsministerium bestätigte die Waffenruhe.', en: 'The Russian Defence Ministry confirmed the ceasefire.' },
    },
    { text: 'Der Kreml bestätigte den Austausch nicht.', expect: null },
  ],
})
