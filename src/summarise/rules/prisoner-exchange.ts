/** A prisoner exchange that took place: who exchanged, how many (in total or from each side). */
import { defineRule } from '../rule.ts'
import { entities, flag, number, phrase } from '../slots.ts'
import { attributionSource, attributionVerb } from './shared/attribution.ts'
import { COUNTED_PEOPLE, countedKey } from './shared/counted.ts'

export default defineRule({
  id: 'prisoner-exchange',
  description: 'Two sides exchanged prisoners (tauschten … aus, Austausch von N, jeweils N)',
  frame: 'prisonerExchange',
  priority: 8,
  trigger: /\b(?:tauschten|tauschen|getauscht|ausgetauscht)\b|(?:Austausch|Gefangenenaustausch)\w*\s+(?:von|umfasste|umfasst)\b|Gefangenenaustausch\w*[^.]*\b(?:umfasste|umfasst)\b/,
  veto: /\b(?:letzte|vorige|vergangenen|nicht|kein|keine|wollen|sollen|soll|sollte|vereinbart|geeinigt|verständigt)\b/,
  slots: {
    parties: { extract: entities({ type: 'place', countries: true, min: 2 }) },
    count: { extract: number({ counting: COUNTED_PEOPLE, min: 2 }) },
    counted: { extract: phrase(COUNTED_PEOPLE, countedKey) },
    each: { extract: flag(/\b[Jj]eweils\b/, 'eachSide') },
    source: { extract: attributionSource },
    sourceVerb: { extract: attributionVerb },
  },
  requireOneOf: ['parties', 'count'],
  examples: [
    {
      text: 'Nach monatelanger Pause haben die Ukraine und Russland wieder Gefangene ausgetauscht.',
      expect: { de: 'Die Ukraine und Russland haben Gefangene ausgetauscht.', en: 'Ukraine and Russia exchanged prisoners.' },
    },
    {
      text: 'Russland und die Ukraine tauschten am Sonntag 90 Kriegsgefangene aus.',
      expect: { de: 'Russland und die Ukraine haben 90 Kriegsgefangene ausgetauscht.', en: 'Russia and Ukraine exchanged 90 prisoners of war.' },
    },
    {
      text: 'Das russische Verteidigungsministerium bestätigte den Austausch von jeweils 157 Soldaten.',
      expect: {
        de: 'Der Austausch umfasste jeweils 157 Soldaten, bestätigte das russische Verteidigungsministerium.',
        en: 'The exchange involved 157 soldiers from each side, the Russian Defence Ministry confirmed.',
      },
    },
    {
      text: 'Der größte Gefangenenaustausch seit Kriegsbeginn umfasste insgesamt 230 Männer und Frauen.',
      expect: { de: 'Der Austausch umfasste 230 Männer und Frauen.', en: 'The exchange involved 230 men and women.' },
    },
    { text: 'Der letzte Gefangenenaustausch hatte im Juli stattgefunden.', expect: null },
    { text: 'Die Ukraine und Russland wollen weitere Gefangene austauschen.', expect: null },
  ],
})
