/** A prisoner exchange that took place: who exchanged, how many (in total or from each side). */
import { defineRule, gated } from '../rule.ts'
import { entities, fromVocabulary, number, phrase } from '../slots.ts'
import { attributionSource, attributionVerb } from './shared/attribution.ts'
import { COUNTED_PEOPLE, countedKey, eachSide } from './shared/counted.ts'
import { recordInSentence } from './shared/novelty.ts'
import { RESUMED } from './shared/vocabularies.ts'

export default defineRule({
  id: 'prisoner-exchange',
  description: 'Two sides exchanged prisoners (tauschten … aus, Austausch von N, jeweils N)',
  frame: 'prisonerExchange',
  priority: 8,
  // Every match holds `tausch`.
  trigger: gated(/tausch/, /\b(?:tauschten|tauschen|getauscht|ausgetauscht)\b|(?:Austausch|Gefangenenaustausch)\w*\s+(?:von|umfasste|umfasst)\b|Gefangenenaustausch\w*[^.]*\b(?:umfasste|umfasst)\b/),
  veto: /\b(?:letzte|vorige|vergangenen|nicht|kein|keine|wollen|sollen|soll|sollte|vereinbart|geeinigt|verständigt)\b/,
  slots: {
    parties: { extract: entities({ type: 'place', countries: true, min: 2 }) },
    count: { extract: number({ counting: COUNTED_PEOPLE, min: 2 }) },
    counted: { extract: phrase(COUNTED_PEOPLE, countedKey) },
    each: { extract: eachSide },
    // Taken up again (`nach monatelanger Pause … wieder`): the news of a resumed exchange.
    resumed: { extract: fromVocabulary(RESUMED) },
    // The record the sentence gives it (`der größte Gefangenenaustausch seit dem russischen Einmarsch`).
    rankHedge: { extract: recordInSentence('hedge') },
    rank: { extract: recordInSentence('rank') },
    rankSince: { extract: recordInSentence('since') },
    source: { extract: attributionSource },
    sourceVerb: { extract: attributionVerb },
  },
  requireOneOf: ['parties', 'count'],
  examples: [
    {
      text: 'Nach monatelanger Pause haben die Ukraine und Russland wieder Gefangene ausgetauscht.',
      expect: { de: 'Die Ukraine und Russland haben nach monatelanger Pause wieder Gefangene ausgetauscht.', en: 'Ukraine and Russia exchanged prisoners again after a break of several months.' },
    },
    {
      text: 'Wieder haben Russland und die Ukraine Gefangene ausgetauscht.',
      expect: { de: 'Russland und die Ukraine haben wieder Gefangene ausgetauscht.', en: 'Russia and Ukraine exchanged prisoners again.' },
    },
    {
      text: 'Russland und die Ukraine haben erneut Gefangene ausgetauscht.',
      expect: { de: 'Russland und die Ukraine haben erneut Gefangene ausgetauscht.', en: 'Russia and Ukraine exchanged prisoners again.' },
    },
    {
      text: 'Der größte Gefangenenaustausch seit dem russischen Einmarsch vor über 22 Monaten umfasste insgesamt 230 Männer und Frauen.',
      expect: { de: 'Der größte Gefangenenaustausch seit dem russischen Einmarsch umfasste 230 Männer und Frauen.', en: 'The largest prisoner exchange since the Russian invasion involved 230 men and women.' },
    },
    {
      text: 'Beim offenbar größten Gefangenenaustausch seit Kriegsbeginn tauschten Russland und die Ukraine je 300 Soldaten aus.',
      expect: {
        de: 'Russland und die Ukraine haben beim offenbar größten Gefangenenaustausch seit Kriegsbeginn jeweils 300 Soldaten ausgetauscht.',
        en: 'Russia and Ukraine exchanged 300 soldiers from each side in what was apparently the largest prisoner exchange since the war began.',
      },
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
      text: 'Der Gefangenenaustausch am Mittwoch umfasste insgesamt 230 Männer und Frauen.',
      expect: { de: 'Der Austausch umfasste 230 Männer und Frauen.', en: 'The exchange involved 230 men and women.' },
    },
    { text: 'Der letzte Gefangenenaustausch hatte im Juli stattgefunden.', expect: null },
    { text: 'Die Ukraine und Russland wollen weitere Gefangene austauschen.', expect: null },
  ],
})
