/** An attack with casualties: how many killed and injured, where, by whom. */
import { defineRule } from '../rule.ts'
import { countryAdjective, date, entity, flag } from '../slots.ts'
import { attributionSource, attributionVerb } from './shared/attribution.ts'
import { casualtyCount } from './shared/casualties.ts'
import { countryOfAdjective } from './shared/vocabularies.ts'

const ATTACK = /(?:Angriff|Luftangriff|Raketenangriff|Drohnenangriff|Anschlag|Beschuss|Bombardement|Explosion)\w*/

export default defineRule({
  id: 'attack-casualties',
  description: 'People were killed or injured in an attack (mindestens vier Menschen getötet, 15 Verletzte)',
  frame: 'attackCasualties',
  priority: 9,
  trigger: /\b(?:getötet|ums Leben|Tote[n]?|Todesopfer|starben|verletzt\w*|Verletzte[n]?|verwundet\w*|Verwundete[n]?)\b/,
  // Background (a year ago, an anniversary, the war's toll) is not what happened now.
  veto: /\b(?:Zahl der|seit Beginn|seit Kriegsbeginn|insgesamt|bisher|Krieg\w*|damals|Jahrestag|erinnert\w*|im vergangenen Jahr|im Vorjahr|vor (?:einem|zwei|drei|\d+) (?:Jahr|Jahren|Monat|Monaten|Woche|Wochen))\b|\bwaren\b[^.]*\bworden\b|\?/,
  slots: {
    // The dead and the injured of one attack are often told in two sentences.
    killed: { extract: casualtyCount('killed'), lookBehind: 1 },
    injured: { extract: casualtyCount('injured'), lookBehind: 1 },
    attack: { extract: flag(ATTACK, 'attack'), lookBehind: 1, required: true },
    attacker: { extract: countryAdjective(/\b(\p{L}+isch\p{L}*)\s+(?:Luft|Raketen|Drohnen)?[Aa]ngriff/u, countryOfAdjective), lookBehind: 1 },
    target: {
      extract: entity({ type: 'place', after: /(?:Angriff|Luftangriff|Raketenangriff|Drohnenangriff|Anschlag|Beschuss)\w*\s+auf(?:\s+(?:die|den|das)\s+(?:Stadt|Ort|Dorf|Region|Gebiet|Hafenstadt|Hauptstadt|Großstadt))?/ }),
      lookBehind: 1,
    },
    place: {
      extract: entity({ type: 'place', after: /\b(?:in|In)(?:\s+(?:der|dem)\s+(?:Stadt|Region|Gebiet|Hauptstadt|Hafenstadt|Großstadt|Ort))?|\b(?:im|Im)(?:\s+Gebiet)?/ }),
      lookBehind: 1,
    },
    when: { extract: date({ precision: ['day', 'weekday'] }) },
    source: { extract: attributionSource },
    sourceVerb: { extract: attributionVerb },
  },
  requireOneOf: ['killed', 'injured'],
  examples: [
    {
      text: 'Bei einem russischen Angriff auf die Stadt Charkiw sind 15 Menschen verletzt worden. Zwei Menschen kamen ums Leben.',
      expect: {
        de: 'Bei einem russischen Angriff auf Charkiw wurden zwei Menschen getötet und 15 verletzt.',
        en: 'In a Russian attack on Kharkiv, two people were killed and 15 injured.',
      },
    },
    {
      text: 'Bei einem Raketenangriff auf Odessa wurden am Montag mindestens vier Menschen getötet und 15 weitere verletzt.',
      expect: {
        de: 'Bei einem Angriff auf Odessa wurden am Montag mindestens vier Menschen getötet und 15 verletzt.',
        en: 'In an attack on Odesa on Monday, at least four people were killed and 15 injured.',
      },
    },
    {
      text: 'In Dnipro gab es nach einem Drohnenangriff zwei Tote und 12 Verletzte.',
      expect: {
        de: 'Bei einem Angriff in Dnipro wurden zwei Menschen getötet und zwölf verletzt.',
        en: 'In an attack in Dnipro, two people were killed and twelve injured.',
      },
    },
    {
      text: 'Russland bestreitet den Angriff. Die Ukraine spricht von 14 Toten.',
      expect: { de: 'Bei einem Angriff wurden 14 Menschen getötet, so die Ukraine.', en: 'In an attack, 14 people were killed, according to Ukraine.' },
    },
    { text: 'Seit Beginn des Krieges wurden Tausende Menschen getötet.', expect: null },
    { text: 'Vor einem Jahr waren bei einem russischen Angriff auf Kiew zwölf Menschen getötet worden.', expect: null },
    { text: 'Bei den Protesten in Tiflis wurden nach Angaben der Polizei 30 Beamte verletzt.', expect: null },
  ],
})
