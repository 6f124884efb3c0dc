/** Who mediated an agreement, an exchange or talks (`unter Vermittlung der USA`, `von Katar vermittelt`). */
import { defineRule } from '../rule.ts'
import { entityNear, firstOf, fromVocabulary } from '../slots.ts'
import { mediatorEntity } from './shared/mediator.ts'
import { MEDIATED } from './shared/vocabularies.ts'

export default defineRule({
  id: 'mediation',
  description: 'A country or organisation mediated an agreement, exchange or talks (unter Vermittlung von X, von X vermittelt, X vermittelte)',
  frame: 'mediation',
  priority: 5,
  trigger: /[Vv]ermitt(?:lung|el)/,
  // An offer or a wish to mediate is not mediation.
  veto: /\b(?:nicht|kein|keine|bot\w*|angeboten|anbieten|will|wollen|soll|sollen|könnte|könnten|würde|würden|bereit|Vermittlerrolle)\b|\?/,
  slots: {
    mediator: {
      // `Katar hatte vermittelt`, `vermittelt hatte Katar`: the name next to the verb.
      extract: firstOf(mediatorEntity, entityNear(/\b[Vv]ermittelt(?:e|en)?\b/)),
      required: true,
    },
    // What was mediated; a bare `Katar hatte vermittelt` takes it from the sentence before.
    what: { extract: fromVocabulary(MEDIATED), required: true, lookBehind: 1 },
  },
  examples: [
    {
      text: 'Beide Seiten gaben bekannt, dass nach einer von den Vereinigten Arabischen Emiraten vermittelten Vereinbarung jeweils mehr als 200 Soldaten freigekommen seien.',
      expect: { de: 'Die Vereinigten Arabischen Emirate vermittelten die Vereinbarung.', en: 'The United Arab Emirates mediated the agreement.' },
    },
    {
      text: 'Die Verhandlungen unter Vermittlung der USA fanden trotz massiver Angriffe statt.',
      expect: { de: 'Die USA vermittelten die Verhandlungen.', en: 'The United States mediated the negotiations.' },
    },
    {
      text: 'Russland und die Ukraine haben 90 Gefangene ausgetauscht. Katar hatte vermittelt.',
      expect: { de: 'Katar vermittelte den Austausch.', en: 'Qatar mediated the exchange.' },
    },
    {
      text: 'Der Gefangenenaustausch wurde von der Türkei vermittelt.',
      expect: { de: 'Die Türkei vermittelte den Austausch.', en: 'Türkiye mediated the exchange.' },
    },
    { text: 'Die Türkei hat angeboten, zwischen Moskau und Kiew zu vermitteln.', expect: null },
    { text: 'Ob Katar den Austausch vermittelt hat, ist unklar?', expect: null },
  ],
})
