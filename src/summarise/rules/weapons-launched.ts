/** Weapons launched in an attack: `Russland setzte 183 Drohnen gegen die Ukraine ein`. */
import { defineRule, gated } from '../rule.ts'
import { date, entity, entityNear, fromVocabulary, number } from '../slots.ts'
import { attributionSource, attributionVerb } from './shared/attribution.ts'
import { WEAPONS } from './shared/vocabularies.ts'

const LAUNCHED = /\b(?:setzte|setzten|feuerte|feuerten|schoss|schossen|startete|starteten|griff|griffen)\b/

export default defineRule({
  id: 'weapons-launched',
  description: 'A side launched N drones or missiles (setzte N Drohnen ein, feuerte N Raketen ab, griff mit N Drohnen an)',
  frame: 'weaponsLaunched',
  priority: 6,
  // Every match holds the weapon.
  trigger: gated(/Drohnen|Raketen|Marschflugkörper|Bomben/, /\b(?:setzte|setzten|feuerte|feuerten|schoss|schossen|startete|starteten|griff|griffen)\b[^.]*\d[^.]*(?:Drohnen|Raketen|Marschflugkörper|Bomben)[^.]*\b(?:ein|ab|an)\b/),
  veto: /\b(?:nicht|kein|keine|abgeschossen|abgefangen)\b|\?/,
  slots: {
    source: { extract: attributionSource },
    sourceVerb: { extract: attributionVerb },
    attacker: { extract: entityNear(LAUNCHED, { type: ['place', 'organization'] }), required: true },
    count: { extract: number({ counting: /(?:Kampf|Angriffs)?[Dd]rohnen|Raketen|Marschflugkörper|(?:Gleit)?[Bb]omben/, min: 2 }), required: true },
    weapon: { extract: fromVocabulary(WEAPONS), required: true },
    target: { extract: entity({ type: 'place', after: /\b(?:gegen|auf)/ }) },
    when: { extract: date({ precision: ['day', 'weekday'] }) },
  },
  examples: [
    {
      text: 'Selenskyj zufolge setzte Russland am Donnerstag 183 Drohnen gegen die Ukraine ein.',
      expect: {
        de: 'Russland setzte am Donnerstag 183 Drohnen gegen die Ukraine ein, so Wolodymyr Selenskyj.',
        en: 'Russia launched 183 drones against Ukraine on Thursday, according to Volodymyr Zelensky.',
      },
    },
    {
      text: 'In der Nacht feuerte Russland 40 Raketen auf Kiew ab.',
      expect: { de: 'Russland setzte 40 Raketen gegen Kiew ein.', en: 'Russia launched 40 missiles against Kyiv.' },
    },
    { text: 'Die Luftabwehr hat 30 Drohnen abgeschossen.', expect: null },
  ],
})
