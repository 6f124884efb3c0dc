/** Talks or negotiations: who talked, where, of what kind, through whom. */
import { defineRule } from '../rule.ts'
import { entities, entity, flag, fromVocabulary } from '../slots.ts'
import { mediatorEntity } from './shared/mediator.ts'
import { TOPICS } from './shared/vocabularies.ts'

export default defineRule({
  id: 'talks',
  description: 'Parties held talks or negotiations somewhere (Gespräche in X, verhandelten in X)',
  frame: 'talks',
  priority: 5,
  trigger: /(?:Gespräche|Friedensgespräche|Verhandlungen|Friedensverhandlungen|Gesprächsrunde)\w*[^.]*\b(?:in|im)\s+[A-ZÄÖÜ]|\bverhandelten\b[^.]*\bin\s+[A-ZÄÖÜ]/,
  veto: /\b(?:nicht|kein|keine|nächste\w*|soll|sollen|sollten|wollen|könnte|würde)\b/,
  slots: {
    mediator: { extract: mediatorEntity },
    kind: { extract: fromVocabulary({ entries: TOPICS.entries.filter((entry) => /talks|negotiations|peaceTalks/i.test(entry.key)), any: TOPICS.any }) },
    // `Die Gespräche finden derzeit in Abu Dhabi statt`: still going on, said in the present.
    ongoing: { extract: flag(/\b(?:finden|findet)\b[^.]*\bstatt\b|\b(?:laufen|dauern)\b[^.]*\b(?:an|noch)\b|\bderzeit\b/, 'ongoing') },
    parties: { extract: entities({ type: 'place', countries: true, min: 2 }), required: true, lookBehind: 3 },
    where: { extract: entity({ type: 'place', after: /\b(?:in|im)/ }), required: true },
  },
  examples: [
    {
      text: 'Die Ukraine und Russland haben ihre zweitägigen Friedensgespräche in Abu Dhabi beendet.',
      expect: { de: 'Die Ukraine und Russland haben in Abu Dhabi Friedensgespräche geführt.', en: 'Ukraine and Russia held peace talks in Abu Dhabi.' },
    },
    {
      text: 'Unter Vermittlung der Türkei verhandelten Russland und die Ukraine in Istanbul.',
      expect: {
        de: 'Russland und die Ukraine haben in Istanbul unter Vermittlung der Türkei Gespräche geführt.',
        en: 'Russia and Ukraine held talks in Istanbul, with mediation by Türkiye.',
      },
    },
    {
      text: 'Russland und die Ukraine verhandelten mit Hilfe der Schweiz in Genf.',
      expect: {
        de: 'Russland und die Ukraine haben in Genf unter Vermittlung der Schweiz Gespräche geführt.',
        en: 'Russia and Ukraine held talks in Geneva, with mediation by Switzerland.',
      },
    },
    {
      text: 'Vertreter der USA, Russlands und der Ukraine haben sich auf einen Austausch geeinigt. Die Gespräche finden derzeit in Abu Dhabi statt.',
      expect: { de: 'Die USA, Russland und die Ukraine führen in Abu Dhabi Gespräche.', en: 'The United States, Russia and Ukraine are holding talks in Abu Dhabi.' },
    },
    { text: 'Die nächste Gesprächsrunde zwischen der Ukraine und Russland soll in Genf stattfinden.', expect: null },
  ],
})
