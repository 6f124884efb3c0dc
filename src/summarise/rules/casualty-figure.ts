/** A casualty figure someone gives: `Selenskyj bezifferte die Zahl der getöteten Soldaten auf rund 55.000`. */
import { defineRule } from '../rule.ts'
import { countryAdjective, entityNear, flag, phrase } from '../slots.ts'
import { casualtyCount } from './shared/casualties.ts'
import { countedKey } from './shared/counted.ts'
import { countryOfAdjective } from './shared/vocabularies.ts'

const GAVE = /\b(?:bezifferte|bezifferten|beziffert|gab|gaben|nannte|nannten)\b/

export default defineRule({
  id: 'casualty-figure',
  description: 'Someone puts the number of dead or injured at N (bezifferte die Zahl der Toten auf, gab die Zahl der Verletzten mit N an)',
  frame: 'casualtyFigure',
  priority: 6,
  trigger: /\bZahl der\s+(?:\S+\s+){0,3}?(?:Tote[n]?|Todesopfer|Verletzten|Verwundeten|getöteten|verletzten|verwundeten)\b/,
  veto: /\?/,
  slots: {
    speaker: { extract: entityNear(GAVE, { type: ['person', 'organization', 'place'] }), required: true },
    killed: { extract: casualtyCount('killed') },
    injured: { extract: casualtyCount('injured') },
    side: { extract: countryAdjective(/Zahl der\s+(?:\S+\s+)?(\p{L}+isch\p{L}*)\s/u, countryOfAdjective) },
    counted: { extract: phrase(/Zahl der\s+(?:\S+\s+){0,2}?(Soldaten|Zivilisten)\b/, countedKey) },
    later: { extract: flag(/\bspäter\b/, 'later') },
  },
  requireOneOf: ['killed', 'injured'],
  examples: [
    {
      text: 'Selenskyj bezifferte die Zahl der getöteten ukrainischen Soldaten in dieser Woche auf rund 55.000.',
      expect: {
        de: 'Wolodymyr Selenskyj bezifferte die Zahl der getöteten ukrainischen Soldaten auf rund 55.000.',
        en: 'Volodymyr Zelensky put the number of Ukrainian soldiers killed at about 55,000.',
      },
    },
    {
      text: 'Der Bürgermeister Ihor Terechow gab später die Zahl der Verletzten mit 18 an.',
      expect: {
        de: 'Bürgermeister Ihor Terechow bezifferte die Zahl der Verletzten später auf 18.',
        en: 'Mayor Ihor Terekhov later put the number of injured at 18.',
      },
    },
    { text: 'Die Zahl der Verletzten ist unklar.', expect: null },
  ],
})
