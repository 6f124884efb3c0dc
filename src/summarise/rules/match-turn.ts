/** The goal that turned a match: an equaliser or the decisive goal, with scorer, minute and team. */
import { defineRule, gated } from '../rule.ts'
import { GOAL_TRIGGER, NOT_A_GOAL, minute, scorer, turningPoint } from './shared/goals.ts'
import { team, teamBefore } from './shared/teams.ts'

export default defineRule({
  id: 'match-turn',
  description: 'An equaliser or the decisive goal (kam zum Ausgleich … traf (55.); führten die Entscheidung herbei … traf (82.))',
  frame: 'matchGoal',
  priority: 8,
  // Every match holds a minute mark (`(82.)`).
  trigger: gated(/\(\d/, GOAL_TRIGGER),
  veto: NOT_A_GOAL,
  slots: {
    scorer: { extract: scorer, required: true },
    minute: { extract: minute, required: true },
    team: { extract: team },
    teamBefore: { extract: teamBefore, lookBehind: 2 },
    kind: { extract: turningPoint, lookBehind: 2, required: true },
  },
  examples: [
    {
      text: 'Dortmund wurde nach der Pause deutlich druckvoller und kam zum Ausgleich. Thomas Delaney spielte den Ball durch die Schnittstelle, Erling Haaland nutzte das Zuspiel und traf (55.).',
      expect: { de: 'Erling Haaland erzielte in der 55. Minute den Ausgleich für Dortmund.', en: 'Erling Haaland scored the equaliser for Dortmund in the 55th minute.' },
    },
    {
      text: 'Doch die Bayern führten die Entscheidung herbei. Den ersten Ball parierte Marwin Hitz noch, dann traf Joshua Kimmich gekonnt im Fallen per Nachschuss (82.).',
      expect: { de: 'Joshua Kimmich erzielte in der 82. Minute den entscheidenden Treffer für Bayern.', en: 'Joshua Kimmich scored the decisive goal for Bayern in the 82nd minute.' },
    },
    { text: 'Wenig später traf Thomas Müller per Kopf zum 2:0 für die Bayern (32.).', expect: null },
  ],
})
