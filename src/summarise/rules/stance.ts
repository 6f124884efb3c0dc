/** How someone spoke about a plan or an event: `X hat sich skeptisch zu einem Treffen geäußert`. */
import { defineRule } from '../rule.ts'
import { entities, entityNear, fromVocabulary } from '../slots.ts'
import { STANCES, TOPICS } from './shared/vocabularies.ts'


export default defineRule({
  id: 'stance',
  description: 'Someone was sceptical, optimistic, concerned … about something (hat sich skeptisch zu … geäußert)',
  frame: 'stance',
  priority: 6,
  trigger: /\bsich\s+(?:\S+\s+){0,2}(?:skeptisch|optimistisch|zuversichtlich|besorgt|enttäuscht|zufrieden|kritisch)\w*\s+(?:zu|über|mit|hinsichtlich|bezüglich)\b/,
  veto: /\b(?:nicht|kein|wenig)\s+(?:skeptisch|optimistisch|zuversichtlich|besorgt)/,
  slots: {
    speaker: { extract: entityNear(/\bhat\s+sich|\bhaben\s+sich|(?<!\p{L})äußerte|\bzeigte|\bsich\b/u, { type: ['person', 'organization', 'place'] }), required: true },
    stance: { extract: fromVocabulary(STANCES), required: true },
    topic: { extract: fromVocabulary(TOPICS, { after: /(?:skeptisch|optimistisch|zuversichtlich|besorgt|enttäuscht|zufrieden|kritisch)\w*\s+(?:zu|über|mit|hinsichtlich|bezüglich)/ }), required: true },
    between: { extract: entities({ type: 'person', min: 2, max: 2 }) },
  },
  examples: [
    {
      text: 'Der russische Außenminister Sergej Lawrow hat sich skeptisch zu Aussichten für ein Treffen seines Präsidenten Wladimir Putin mit dem ukrainischen Präsidenten Wolodymyr Selenskyj geäußert.',
      expect: {
        de: 'Der russische Außenminister Sergei Lawrow hat sich skeptisch zu einem Treffen zwischen Wladimir Putin und Wolodymyr Selenskyj geäußert.',
        en: 'Russian Foreign Minister Sergei Lavrov was sceptical about a meeting between Vladimir Putin and Volodymyr Zelensky.',
      },
    },
    {
      text: 'Bundeskanzler Olaf Scholz zeigte sich zuversichtlich über die Verhandlungen in Brüssel.',
      expect: { de: 'Bundeskanzler Olaf Scholz hat sich zuversichtlich zu den Verhandlungen geäußert.', en: 'Chancellor Olaf Scholz was confident about the negotiations.' },
    },
    { text: 'Der Kreml zeigte sich nicht skeptisch zu den Gesprächen.', expect: null },
  ],
})
