/** An agreement to exchange or release prisoners: who agreed, where, through whom, how many. */
import { defineRule } from '../rule.ts'
import { entities, entity, number, phrase } from '../slots.ts'
import { attributionSource, attributionVerb } from './shared/attribution.ts'
import { COUNTED_PEOPLE, countedKey, eachSide } from './shared/counted.ts'
import { mediatorEntity } from './shared/mediator.ts'

export default defineRule({
  id: 'exchange-agreement',
  description: 'Parties agree on a prisoner exchange or release, with the number of prisoners',
  frame: 'exchangeAgreement',
  priority: 10,
  // The exchange must be of people (`Austausch` alone is also a dialogue: `im direkten Austausch`).
  trigger:
    /^(?=[\s\S]*(?:Gefangen|Soldaten|Häftling|Zivilist|Kriegsgefangen))[\s\S]*?(?:einigten|einigen|verständigten|verständigen|geeinigt|verständigt|vereinbart\w*|Einigung|Vereinbarung|Abkommen)[^.]*(?:Austausch|Gefangenenaustausch|Freilassung|freizulassen|auszutauschen)|(?:Austausch|Gefangenenaustausch|Freilassung)[^.]*(?:vereinbart|geeinigt|verständigt)/,
  veto: /\b(?:nicht|kein|keine|keinen)\b[^.,]*\b(?:geeinigt|verständigt|vereinbart|Einigung)|\b(?:nur|möglich|könnte|könnten|wäre|würde)\b|\b(?:ob|falls|wenn)\b[^,]*\b(?:Einigung|geeinigt)/,
  slots: {
    count: { extract: number({ counting: COUNTED_PEOPLE, min: 2 }), lookAhead: 1 },
    counted: { extract: phrase(COUNTED_PEOPLE, countedKey), lookAhead: 1 },
    each: { extract: eachSide },
    mediator: {
      extract: mediatorEntity,
      lookBehind: 1,
      lookAhead: 1,
    },
    parties: { extract: entities({ type: 'place', countries: true, min: 2 }), lookBehind: 2 },
    where: { extract: entity({ type: 'place', after: /\bin/ }), lookBehind: 2 },
    // The talks the agreement came out of (`bei zweitägigen Friedensgesprächen in Abu Dhabi`).
    venue: {
      extract: phrase(/\b[Bb]ei\s+(?:[a-zäöüß]+en\s+)?(Friedensgesprächen|Friedensverhandlungen|Verhandlungen|Gesprächen)\b/, (match) =>
        /^Friedensgespräch/.test(match[1]) ? 'peaceTalks' : /^Friedensverhandlung/.test(match[1]) ? 'peaceNegotiations' : /^Verhandlungen/.test(match[1]) ? 'negotiations' : 'talks',
      ),
    },
    source: { extract: attributionSource },
    sourceVerb: { extract: attributionVerb },
  },
  requireOneOf: ['count', 'parties'],
  examples: [
    {
      text: 'Die Ukraine und Russland haben ihre Gespräche in Abu Dhabi mit einer Einigung auf einen Gefangenenaustausch beendet. Unter Vermittlung der USA verständigten sich die Konfliktparteien auf die Freilassung von insgesamt 314 Kriegsgefangenen.',
      expect: {
        de: 'Die Ukraine und Russland haben sich in Abu Dhabi unter Vermittlung der USA auf den Austausch von 314 Kriegsgefangenen geeinigt.',
        en: 'Ukraine and Russia agreed in Abu Dhabi, with mediation by the United States, to exchange 314 prisoners of war.',
      },
    },
    {
      text: 'Wie der Sondergesandte Steve Witkoff erklärte, haben sich Vertreter der USA, Russlands und der Ukraine auf einen Austausch von 314 Kriegsgefangenen geeinigt.',
      expect: {
        de: 'Die USA, Russland und die Ukraine haben sich auf den Austausch von 314 Kriegsgefangenen geeinigt, sagte der Sondergesandte Steve Witkoff.',
        en: 'The United States, Russia and Ukraine agreed to exchange 314 prisoners of war, Special Envoy Steve Witkoff said.',
      },
    },
    {
      text: 'Die Ukraine und Russland haben bei Gesprächen in Istanbul einen Gefangenenaustausch vereinbart.',
      expect: {
        de: 'Die Ukraine und Russland haben sich bei Gesprächen in Istanbul auf einen Gefangenenaustausch geeinigt.',
        en: 'Ukraine and Russia agreed at talks in Istanbul on a prisoner exchange.',
      },
    },
    {
      text: 'Bei zweitägigen Friedensverhandlungen in Genf einigten sich Russland und die Ukraine auf die Freilassung von 120 Gefangenen.',
      expect: {
        de: 'Russland und die Ukraine haben sich bei Friedensverhandlungen in Genf auf den Austausch von 120 Gefangenen geeinigt.',
        en: 'Russia and Ukraine agreed at peace negotiations in Geneva to exchange 120 prisoners.',
      },
    },
    { text: 'Die Ukraine und Russland haben sich nicht auf einen Austausch von 300 Gefangenen geeinigt.', expect: null },
    { text: 'Russland und die Ukraine tauschten am Sonntag 90 Gefangene aus.', expect: null },
  ],
})
