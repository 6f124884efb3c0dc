/** A goal: who scored, in which minute, to what score, for which team. */
import { defineRule, gated } from '../rule.ts'
import { GOAL_TRIGGER, NOT_A_GOAL, minute, score, scorer, turningPoint } from './shared/goals.ts'
import { team, teamBefore } from './shared/teams.ts'

export default defineRule({
  id: 'match-goal',
  description: 'A player scored in minute N (traf zum 2:0 für die Bayern (32.)); equalisers and winners are match-turn',
  frame: 'matchGoal',
  priority: 4,
  // Every match holds a minute mark (`(82.)`).
  trigger: gated(/\(\d/, GOAL_TRIGGER),
  veto: NOT_A_GOAL,
  slots: {
    // A goal that turned the match is match-turn's; this rule leaves it alone.
    turn: { extract: turningPoint, lookBehind: 2 },
    scorer: { extract: scorer, required: true },
    minute: { extract: minute, required: true },
    score: { extract: score },
    team: { extract: team },
    teamBefore: { extract: teamBefore, lookBehind: 2 },
  },
  forbid: ['turn'],
  examples: [
    {
      text: 'Wenig später flankte Alphonso Davies von links, Thomas Müller traf per Kopf zum 2:0 für die Bayern (32.).',
      expect: { de: 'Thomas Müller traf in der 32. Minute zum 2:0 für Bayern.', en: 'Thomas Müller scored in the 32nd minute to make it 2–0 for Bayern.' },
    },
    {
      text: 'Der FC Bayern ging früh in Führung: Harry Kane erzielte nach einem Konter das 1:0 (12.).',
      expect: { de: 'Harry Kane traf in der 12. Minute zum 1:0 für den FC Bayern München.', en: 'Harry Kane scored in the 12th minute to make it 1–0 for Bayern Munich.' },
    },
    { text: 'Erling Haaland traf nur den Pfosten (60.).', expect: null },
    { text: 'Dortmund kam zum Ausgleich. Erling Haaland nutzte das Zuspiel und traf (55.).', expect: null },
  ],
})
