/**
 * Team names in match reports. Clubs are often written as a bare name the recogniser
 * does not list (`die Bayern`, `Dortmund`), so besides an organisation entity a team
 * may be a capitalised name in a position only a team takes: `für die Bayern`,
 * `gegen Dortmund`, or the subject of a match verb (`Dortmund kam zum Ausgleich`).
 */
import type { SlotExtractor } from '../../rule.ts'
import { entity, firstOf, literalName } from '../../slots.ts'

const NOT_A_TEAM = /^(?:Der|Die|Das|Den|Dem|Des|Doch|Dann|Aber|Und|Er|Sie|Es|Wir|Ihr|Ein|Eine|Nach|Vor|Bei|Mit|Im|In|Am|Auf)$/
const accept = (name: string) => !NOT_A_TEAM.test(name)
const NAME = String.raw`([A-ZÄÖÜ][\p{L}]+(?:\s+[A-ZÄÖÜ][\p{L}]+)?)`
const MATCH_VERB = String.raw`(?:führten|führte|gingen|ging|gewannen|gewann|siegten|siegte|kamen|kam|glichen|glich|erhöhten|erhöhte|verloren|verlor|wurde|wurden|drehten|drehte|blieb|blieben|feierte|feierten|landete|landeten)`

/** The team the sentence credits: `für die Bayern`, `für Dortmund`. */
export const teamFor: SlotExtractor = literalName(new RegExp(String.raw`\bfür\s+(?:die\s+|den\s+)?${NAME}`, 'u'), accept)

/** The team that acts: `Doch die Bayern führten …`, `Dortmund kam zum Ausgleich`. */
export const teamSubject: SlotExtractor = firstOf(
  literalName(new RegExp(String.raw`^(?:(?:Doch|Dann|Aber|Und)\s+)?(?:(?:die|Die|der|Der)\s+)?${NAME}\s+${MATCH_VERB}\b`, 'u'), accept),
)

/** A club the recogniser knows, in the same positions. */
const clubFor: SlotExtractor = entity({ type: 'organization', after: /\bfür/ })
const anyClub: SlotExtractor = entity({ type: 'organization' })
const MATCH_VERB_NEXT = new RegExp(String.raw`^\s+${MATCH_VERB}\b`)
const clubSubject: SlotExtractor = (sentence, article, filled) => {
  const found = anyClub(sentence, article, filled)
  if (!found) return null
  const text = article.source.slice(found.evidence.end, sentence.end)
  const before = article.source.slice(sentence.start, found.evidence.start)
  return MATCH_VERB_NEXT.test(text) && /^(?:(?:Doch|Dann|Aber|Und)\s+)?(?:(?:die|Die|der|Der)\s+)?$/.test(before) ? found : null
}

const nameBeforeAuxiliary: SlotExtractor = literalName(new RegExp(String.raw`^(?:(?:die|Die|der|Der)\s+)?${NAME}\s+(?:hat|haben)\b`, 'u'), accept)

/** `Der FC Bayern hat … gewonnen`: the club that opens a sentence in the perfect tense. */
export const teamBeforeAuxiliary: SlotExtractor = (sentence, article, filled) => {
  const found = anyClub(sentence, article, filled)
  if (found) {
    const before = article.source.slice(sentence.start, found.evidence.start)
    const after = article.source.slice(found.evidence.end, sentence.end)
    if (/^(?:(?:die|Die|der|Der)\s+)?$/.test(before) && /^\s+(?:hat|haben)\b/.test(after)) return found
  }
  return nameBeforeAuxiliary(sentence, article, filled)
}

export const team: SlotExtractor = firstOf(clubFor, teamFor, clubSubject, teamSubject)

/**
 * The team of a goal from the sentences before: only a team that acts as subject there
 * (`Dortmund kam zum Ausgleich`), never the `für die Bayern` of an earlier goal.
 */
export const teamBefore: SlotExtractor = (sentence, article, filled) => (filled.team ? null : firstOf(clubSubject, teamSubject)(sentence, article, filled))
