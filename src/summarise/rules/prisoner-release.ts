/** Prisoners or soldiers who came home: how many, from which side, through whom. */
import { sentenceText } from '../article.ts'
import { defineRule } from '../rule.ts'
import type { SlotExtractor } from '../rule.ts'
import { flag, number, phrase } from '../slots.ts'
import { attributionSource, attributionVerb } from './shared/attribution.ts'
import { COUNTED_PEOPLE, countedKey, eachSide } from './shared/counted.ts'
import { mediatorEntity } from './shared/mediator.ts'
import { COUNTRY_ADJECTIVE, countryOfAdjective } from './shared/vocabularies.ts'
import { recordInSentence } from './shared/novelty.ts'

/** `ukrainische und russische Soldaten`, `248 russischen Soldaten`: the countries the counted people come from. */
const COUNTRIES = new RegExp(String.raw`\d[\d.]*\s+(?:(?:ihrer|unserer)\s+)?(${COUNTRY_ADJECTIVE})(?:\s+(?:und|sowie)\s+(${COUNTRY_ADJECTIVE}))?\s+(?:${COUNTED_PEOPLE.source})`, 'u')
const countries: SlotExtractor = (sentence, article) => {
  const text = sentenceText(article, sentence)
  const match = COUNTRIES.exec(text)
  if (!match) return null
  const codes = [match[1], match[2]].filter(Boolean).map((word) => countryOfAdjective(word!))
  if (codes.some((code) => !code)) return null
  const start = sentence.start + match.index
  return { value: { kind: 'text', de: `country:${codes.join(',')}` }, evidence: { start, end: start + match[0].length } }
}

function onlyCountries(found: ReturnType<SlotExtractor>, count: number): ReturnType<SlotExtractor> {
  if (!found || found.value.kind !== 'text') return null
  return found.value.de.split(',').length === count ? found : null
}

export default defineRule({
  id: 'prisoner-release',
  description: 'N prisoners or soldiers were released or came home (freigekommen, zurückgekehrt, Freilassung von N)',
  frame: 'prisonerRelease',
  priority: 7,
  trigger: /\b(?:freigekommen|freigelassen|zurückgekehrt|kehrten\b[^.]*\bzurück|kehren\b[^.]*\bzurück|zurückgebracht)\b|(?<!\p{L})übergeben(?!\p{L})|\b(?:Freilassung|Rückkehr|Rückführung)\s+von\s+(?:\S+\s+){0,2}\d/u,
  // An agreement to release is not a release (exchange-agreement says it).
  veto: /\b(?:nicht|kein|keine|soll|sollen|sollten|wollen|fordert\w*|verlangt\w*|verständigt\w*|geeinigt|einigten|Einigung|vereinbart\w*)\b/,
  slots: {
    count: { extract: number({ counting: COUNTED_PEOPLE, min: 2, gap: 3 }), required: true },
    counted: { extract: phrase(COUNTED_PEOPLE, countedKey), required: true },
    // The countries stay adjectives as the source writes them (`157 russische Soldaten`,
    // `400 ukrainische und russische Soldaten`): faithful, and the same shape in English.
    side: { extract: (sentence, article, filled) => onlyCountries(countries(sentence, article, filled), 1) },
    sides: { extract: (sentence, article, filled) => onlyCountries(countries(sentence, article, filled), 2) },
    each: { extract: eachSide },
    // `200 unserer Soldaten`: the speaker's side, a figure for one side.
    ownSide: { extract: flag(/\d\s+unserer\s/, 'ownSide') },
    // Came home, or (no such verb) were released: the summary keeps the source's sense.
    how: {
      extract: phrase(/\b(?:zurückgekehrt|kehrten|kehren|Rückkehr|zurückgebracht|Rückführung|heimgekehrt)\b/, (match) => {
        const sentenceText = match.input
        return /Heimat|nach Hause|zu Hause/.test(sentenceText) ? 'returnedHome' : /Gefangenschaft/.test(sentenceText) ? 'returnedFromCaptivity' : 'returned'
      }),
    },
    inExchange: { extract: flag(/Gefangenenaustausch\w*/, 'inExchange') },
    // The record the sentence gives the exchange (`beim offenbar größten … seit Kriegsbeginn`).
    rankHedge: { extract: recordInSentence('hedge') },
    rank: { extract: recordInSentence('rank') },
    rankSince: { extract: recordInSentence('since') },
    mediator: {
      extract: mediatorEntity,
    },
    source: { extract: attributionSource },
    sourceVerb: { extract: attributionVerb },
  },
  examples: [
    {
      text: 'Im Rahmen des größten Gefangenenaustauschs seit Kriegsbeginn sind mehr als 400 ukrainische und russische Soldaten in ihre Heimat zurückgekehrt.',
      expect: {
        de: 'Mehr als 400 ukrainische und russische Soldaten sind beim größten Gefangenenaustausch seit Kriegsbeginn in ihre Heimat zurückgekehrt.',
        en: 'More than 400 Ukrainian and Russian soldiers returned home in the largest prisoner exchange since the war began.',
      },
    },
    {
      // The hedge stays: the source only says it was apparently the largest.
      text: 'Bei dem offenbar größten Gefangenenaustausch seit Beginn des Krieges sind 300 russische und ukrainische Gefangene freigekommen.',
      expect: {
        de: '300 russische und ukrainische Gefangene kamen beim offenbar größten Gefangenenaustausch seit Kriegsbeginn frei.',
        en: 'A total of 300 Russian and Ukrainian prisoners were released in what was apparently the largest prisoner exchange since the war began.',
      },
    },
    {
      text: 'Nach einem Gefangenenaustausch sind 90 ukrainische und russische Soldaten in ihre Heimat zurückgekehrt.',
      expect: {
        de: '90 ukrainische und russische Soldaten sind bei einem Gefangenenaustausch in ihre Heimat zurückgekehrt.',
        en: 'A total of 90 Ukrainian and Russian soldiers returned home in a prisoner exchange.',
      },
    },
    {
      text: 'Beide Seiten gaben bekannt, dass nach einer von den Vereinigten Arabischen Emiraten vermittelten Vereinbarung jeweils mehr als 200 ihrer Soldaten freigekommen seien.',
      expect: {
        de: 'Jeweils mehr als 200 Soldaten kamen nach einer von den Vereinigten Arabischen Emiraten vermittelten Vereinbarung frei.',
        en: 'On each side, more than 200 soldiers were released under an agreement mediated by the United Arab Emirates.',
      },
    },
    {
      text: 'Die russischen Behörden bestätigten die Rückkehr von 248 Russen aus ukrainischer Gefangenschaft.',
      expect: {
        de: '248 Russen sind aus der Gefangenschaft zurückgekehrt, bestätigten die russischen Behörden.',
        en: 'A total of 248 Russians returned from captivity, the Russian authorities confirmed.',
      },
    },
    {
      text: 'Russland und die Ukraine haben erneut Gefangene ausgetauscht. Jeweils 95 Soldaten kehrten nach Angaben beider Seiten nach Hause zurück.',
      expect: { de: 'Jeweils 95 Soldaten sind in ihre Heimat zurückgekehrt.', en: 'On each side, 95 soldiers returned home.' },
    },
    {
      // The source is the ministry after `laut`, not the region the civilians come from.
      text: 'Laut dem russischen Verteidigungsministerium wurden zusätzlich drei Zivilisten aus der Region Kursk zurückgebracht, wie der «Tagesspiegel» berichtet.',
      expect: { de: 'Drei Zivilisten sind zurückgekehrt, so das russische Verteidigungsministerium.', en: 'Three civilians returned, according to the Russian Defence Ministry.' },
    },
    { text: 'Kiew fordert die Freilassung von 500 Gefangenen.', expect: null },
    { text: 'Unter Vermittlung der USA verständigten sich die Konfliktparteien auf die Freilassung von insgesamt 314 Kriegsgefangenen.', expect: null },
  ],
})
