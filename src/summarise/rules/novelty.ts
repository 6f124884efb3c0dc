/**
 * Novelty and record facts that news leads carry: the first exchange in five months, the
 * largest since the war began (`der erste größere Austausch seit fünf Monaten`,
 * `erstmals seit fast zwei Jahren`, `der offenbar größte Gefangenenaustausch seit
 * Kriegsbeginn`). The hedge (`offenbar`) and the mood (`wäre`) are kept: a record the
 * source only suspects or expects is not said as a fact.
 */
import { defineRule } from '../rule.ts'
import { firstOf, flag, fromVocabulary, number, phrase } from '../slots.ts'
import { DURATION_UNIT, NOVELTY } from './shared/novelty.ts'

const RANK = NOVELTY.ranks.any.source
const EVENT = NOVELTY.events.any.source
const POST = NOVELTY.postQualifiers.any.source

export default defineRule({
  id: 'novelty',
  description: 'The first or largest event of its kind for a time (der erste Austausch seit N Monaten, erstmals seit, der größte seit Kriegsbeginn)',
  frame: 'novelty',
  priority: 6,
  // The rank, at most two words (a qualifier), the event, then `seit`; or `erstmals seit`, `zum ersten Mal seit`.
  // (The anchored look-ahead for `seit` first: most sentences have none and fail at once.)
  trigger: new RegExp(String.raw`^(?=[\s\S]*?\bseit\b)[\s\S]*?(?:(?:${RANK})\s+(?:[\p{L}-]+\s+){0,2}?(?:${EVENT})(?:\s+(?:${POST}))?\s+seit\b|\b(?:[Ee]rstmals|[Zz]um ersten Mal)\s+seit\b)`, 'u'),
  veto: /\b(?:nicht|kein|keine|keinen|letzte[nr]?)\b|\?/,
  slots: {
    rank: { extract: fromVocabulary(NOVELTY.ranks), required: true },
    event: { extract: fromVocabulary(NOVELTY.events, { after: NOVELTY.ranks.any }), required: true },
    hedge: { extract: phrase(new RegExp(String.raw`(?:${NOVELTY.hedges.any.source})\s+(?:${RANK})`, 'u'), () => 'apparently') },
    qualifier: { extract: fromVocabulary(NOVELTY.qualifiers, { after: NOVELTY.ranks.any, window: 30 }) },
    post: { extract: fromVocabulary(NOVELTY.postQualifiers, { after: NOVELTY.events.any, window: 25 }) },
    duration: { extract: number({ counting: DURATION_UNIT, min: 2, after: /\bseit(?:\s+(?:knapp|fast|über|mehr als|rund|gut|nahezu))?/ }) },
    unit: { extract: fromVocabulary(NOVELTY.units, { after: /\bseit\b/, window: 40 }) },
    since: { extract: fromVocabulary(NOVELTY.since) },
    // A record the source expects (`Es wäre der erste …`) stays hypothetical.
    mood: { extract: firstOf(flag(/\b(?:wäre|wären|würde|würden)\b/, 'hypothetical'), flag(/^/, 'factual')) },
  },
  requireOneOf: ['duration', 'since'],
  examples: [
    {
      text: 'Es handelt sich um den ersten grösseren Austausch seit fünf Monaten.',
      expect: { de: 'Es war der erste größere Austausch seit fünf Monaten.', en: 'It was the first major exchange in five months.' },
    },
    {
      text: 'Es war der erste offiziell vermeldete Gefangenenaustausch seit knapp fünf Monaten.',
      expect: { de: 'Es war der erste offiziell vermeldete Gefangenenaustausch seit fast fünf Monaten.', en: 'It was the first officially reported prisoner exchange in almost five months.' },
    },
    {
      text: 'Es wäre der erste Austausch dieser Größenordnung seit fünf Monaten.',
      expect: { de: 'Es wäre der erste Austausch dieser Größenordnung seit fünf Monaten.', en: 'It would be the first exchange of this size in five months.' },
    },
    {
      text: 'Im Rahmen des offenbar größten Gefangenenaustauschs seit Beginn des Ukrainekriegs sind mehr als 400 Soldaten zurückgekehrt.',
      expect: { de: 'Es war offenbar der größte Gefangenenaustausch seit Kriegsbeginn.', en: 'It was apparently the largest prisoner exchange since the war began.' },
    },
    {
      text: 'Erstmals seit zwei Jahren haben Russland und die Ukraine wieder Gefangene ausgetauscht.',
      expect: { de: 'Es war der erste Gefangenenaustausch seit zwei Jahren.', en: 'It was the first prisoner exchange in two years.' },
    },
    {
      text: 'Zum ersten Mal seit drei Monaten tauschten die Kriegsparteien Gefangene aus.',
      expect: { de: 'Es war der erste Gefangenenaustausch seit drei Monaten.', en: 'It was the first prisoner exchange in three months.' },
    },
    {
      text: 'Es ist der umfangreichste Gefangenenaustausch seit Kriegsbeginn.',
      expect: { de: 'Es war der umfangreichste Gefangenenaustausch seit Kriegsbeginn.', en: 'It was the largest prisoner exchange since the war began.' },
    },
    { text: 'Es war bereits der dritte Austausch in diesem Jahr.', expect: null },
    {
      text: 'Es war der schwerste Angriff seit Wochen.',
      expect: null,
    },
    { text: 'Das ist nicht der erste Austausch seit Kriegsbeginn.', expect: null },
    { text: 'Der erste Austausch seit dem Sommer fand in Istanbul statt.', expect: null },
  ],
})
