/**
 * An announcement or plan with a time: who announced which event for when
 * (`Selenskyj kündigte an, die nächste Gesprächsrunde finde in naher Zukunft statt`,
 * `Die Wahl soll am 12. Mai stattfinden`).
 */
import { defineRule, gated } from '../rule.ts'
import { date, entity, entityNear, fromVocabulary } from '../slots.ts'
import { PERIODS, TOPICS } from './shared/vocabularies.ts'
import { institution } from './shared/institution.ts'
import { firstOf } from '../slots.ts'

const ANNOUNCED = /\b(?:kündigte|kündigten|kündigt|kündigen)\b[^.]*\ban\b|\b(?:angekündigt|teilte|teilten|gab|gaben)\b/

export default defineRule({
  id: 'announcement',
  description: 'An event is announced or planned for a date (kündigte an, … finde am … statt; soll am … stattfinden)',
  frame: 'announcement',
  priority: 5,
  // Every match holds `statt`, `beginn` or `abgehalten`.
  trigger: gated(/statt|beginn|abgehalten/, /\b(?:stattfinden|statt|beginnen|beginnt|abgehalten)\b/),
  veto: /\b(?:nicht|kein|keine|fand|fanden|stattgefunden|hatte|hatten)\b|\?/,
  slots: {
    who: { extract: firstOf(entityNear(ANNOUNCED, { type: ['person', 'organization', 'place'] }), institution({ before: ANNOUNCED })) },
    event: { extract: fromVocabulary(TOPICS), required: true },
    when: { extract: date({ precision: ['day', 'month'] }) },
    soon: { extract: fromVocabulary({ entries: PERIODS.entries.filter((entry) => /soon|nextWeek/.test(entry.key)), any: PERIODS.any }) },
    where: { extract: entity({ type: 'place', after: /\bin/ }) },
  },
  requireOneOf: ['when', 'soon'],
  examples: [
    {
      text: 'Der ukrainische Präsident Wolodymyr Selenskyj kündigte an, die nächste Gesprächsrunde mit Russland in Abu Dhabi finde in naher Zukunft statt.',
      expect: {
        de: 'Der ukrainische Präsident Wolodymyr Selenskyj kündigte an, dass die nächste Gesprächsrunde in Abu Dhabi in naher Zukunft stattfinden werde.',
        en: 'Ukrainian President Volodymyr Zelensky announced that the next round of talks would take place in Abu Dhabi in the near future.',
      },
    },
    {
      text: 'Die Präsidentschaftswahl in der Ukraine soll am 31. März stattfinden.',
      expect: {
        de: 'Die Wahl soll in der Ukraine am 31. März 2026 stattfinden.',
        en: 'The election is to take place in Ukraine on 31 March 2026.',
      },
    },
    { text: 'Das letzte Treffen fand im Juli in Genf statt.', expect: null },
  ],
})
