/** An agreement to exchange or release prisoners: who agreed, where, through whom, how many. */
import { defineRule } from '../rule.ts'
import { entities, entity, number, phrase } from '../slots.ts'
import { COUNTED_PEOPLE, countedKey } from './shared/counted.ts'

export default defineRule({
  id: 'exchange-agreement',
  description: 'Parties agree on a prisoner exchange or release, with the number of prisoners',
  frame: 'exchangeAgreement',
  priority: 10,
  trigger: /(einigten|einigen|verständigten|geeinigt|vereinbart|Einigung|Vereinbarung)[^.]*(Austausch|Freilassung|freizulassen|auszutauschen)|(Austausch|Freilassung)[^.]*(vereinbart|geeinigt|verständigt)/,
  veto: /\b(nicht|kein|keine|keinen)\s+(geeinigt|Einigung)/,
  slots: {
    count: { extract: number({ counting: COUNTED_PEOPLE, min: 2 }), required: true },
    counted: { extract: phrase(COUNTED_PEOPLE, countedKey), required: true },
    mediator: { extract: entity({ after: /Vermittlung|vermittelt (?:von|durch)|mithilfe/ }), lookBehind: 1 },
    parties: { extract: entities({ type: 'place', countries: true, min: 2 }), lookBehind: 2 },
    where: { extract: entity({ type: 'place', after: /\bin/ }), lookBehind: 2 },
  },
  examples: [
    {
      text: 'Die Ukraine und Russland haben ihre Gespräche in Abu Dhabi mit einer Einigung auf einen Gefangenenaustausch beendet. Unter Vermittlung der USA verständigten sich die Konfliktparteien auf die Freilassung von insgesamt 314 Kriegsgefangenen.',
      expect: {
        de: 'Die Ukraine und Russland haben sich in Abu Dhabi unter Vermittlung der USA auf die Freilassung von 314 Kriegsgefangenen geeinigt.',
        en: 'Ukraine and Russia agreed in Abu Dhabi, with mediation by the United States, to exchange 314 prisoners of war.',
      },
    },
    {
      text: 'Vertreter der USA, Russlands und der Ukraine haben sich auf einen Austausch von 314 Kriegsgefangenen geeinigt.',
      expect: {
        de: 'Die USA, Russland und die Ukraine haben sich auf die Freilassung von 314 Kriegsgefangenen geeinigt.',
        en: 'The United States, Russia and Ukraine agreed to exchange 314 prisoners of war.',
      },
    },
    { text: 'Die Ukraine und Russland haben sich nicht auf einen Austausch von 300 Gefangenen geeinigt.', expect: null },
  ],
})
