/**
 * Who says so: `sagte Witkoff`, `Wie Witkoff erklärte`, `Selenskyj zufolge`,
 * `laut dem Verteidigungsministerium`, `Das Verteidigungsministerium bestätigte`.
 * Two slots: `source` (an entity or an institution) and `sourceVerb` (said,
 * confirmed, announced, accordingTo), rendered by the shared `source` phrase.
 */
import { sentenceText, type AnalysedArticle, type AnalysedSentence } from '../../article.ts'
import type { SlotExtractor, SlotMatch } from '../../rule.ts'
import { institution } from './institution.ts'

const VERBS: Array<{ key: string; pattern: RegExp }> = [
  { key: 'confirmed', pattern: /\bbestätigten?\b/ },
  { key: 'announced', pattern: /\b(?:verkündeten?|gaben? \S+ bekannt)/ },
  { key: 'stated', pattern: /\b(?:meldeten?|teilten?\b[^.]*\bmit\b)/ },
  { key: 'said', pattern: /\b(?:sagten?|erklärten?|betonten?|schrieben?|berichteten?)\b/ },
  { key: 'accordingTo', pattern: /\b(?:zufolge|laut|Laut|nach Angaben|Nach Angaben|spricht von|sprach von|sprechen von|sprachen von)\b/ },
]

/** The attribution verb of the sentence, as a vocabulary key. */
export const attributionVerb: SlotExtractor = (sentence, article) => {
  const text = sentenceText(article, sentence)
  for (const verb of VERBS) {
    const match = verb.pattern.exec(text)
    if (match) {
      const start = sentence.start + match.index
      return { value: { kind: 'text', de: verb.key }, evidence: { start, end: start + match[0].length } }
    }
  }
  return null
}

const SPEAKERS = new Set(['person', 'organization'])
const PLACES = new Set(['place'])
const anyInstitution = institution()

/** The first person or organisation in the window; a country or city only when there is none (`Die Ukraine spricht von …`). */
function speakerNear(sentence: AnalysedSentence, article: AnalysedArticle, from: number, to: number, kinds = [SPEAKERS, PLACES]): SlotMatch | null {
  for (const types of kinds) {
    for (const mention of sentence.mentions) {
      if (mention.start < from || mention.end > to) continue
      const entity = article.entityAt(mention.start)
      if (!entity || !types.has(entity.type)) continue
      return { value: { kind: 'entity', key: entity.key }, evidence: { start: mention.start, end: mention.end } }
    }
  }
  return null
}

/** The person or organisation the sentence attributes its content to. */
export const attributionSource: SlotExtractor = (sentence, article, filled) => {
  // Without a verb of saying there is no attribution to render.
  if (!attributionVerb(sentence, article, filled)) return null
  const text = sentenceText(article, sentence)
  const at = (index: number) => sentence.start + index
  // `X zufolge`: the name just before.
  const zufolge = /\bzufolge\b/.exec(text)
  if (zufolge) {
    const found = speakerNear(sentence, article, at(Math.max(0, zufolge.index - 60)), at(zufolge.index))
    if (found) return found
  }
  // `laut X`, `nach Angaben (von) X`, `sagte X`, `erklärte X`: the first name within a short window after.
  for (const cue of [/\b(?:[Ll]aut|[Nn]ach Angaben(?: von)?)\s/, /,\s*(?:sagten?|erklärten?|betonten?|schrieben?|teilten?|bestätigten?|verkündeten?)\s/]) {
    const match = cue.exec(text)
    if (!match) continue
    const after = match.index + match[0].length
    // Long titles stand between the verb and the name: `teilte der Leiter der … Region Charkiw Oleh Synjehubow mit`.
    const found = speakerNear(sentence, article, at(after), at(after + 110), [SPEAKERS])
    if (found) return found
    const named = anyInstitution(sentence, article, filled)
    if (named && named.evidence.start >= at(match.index) && named.evidence.start <= at(after + 10)) return named
    // A country or city speaks only right after the cue (`laut der Ukraine`): one further on is
    // what the sentence is about (`laut dem Ministerium … Zivilisten aus der Region Kursk`).
    const place = speakerNear(sentence, article, at(after), at(after + 12), [PLACES])
    if (place) return place
  }
  // `Wie X erklärte, …`
  const wie = /^(?:Wie|wie)\s/.exec(text)
  if (wie) {
    const found = speakerNear(sentence, article, at(0), at(Math.min(text.length, 80)))
    if (found) return found
  }
  // The subject: a name or an institution that starts the sentence and says or confirms.
  const subject = /^(.{0,60}?)\s(?:bestätigten?|verkündeten?|sagten?|erklärten?|teilten?|meldeten?|gaben?|spricht|sprach|sprechen|sprachen)\b/.exec(text)
  if (subject) {
    // A name, else an institution (`Das Verteidigungsministerium in Moskau`), else a country or city.
    const found = speakerNear(sentence, article, at(0), at(subject[1].length), [SPEAKERS])
    if (found) return found
    const named = anyInstitution(sentence, article, filled)
    if (named && named.evidence.start < at(subject[1].length)) return named
    return speakerNear(sentence, article, at(0), at(subject[1].length), [PLACES])
  }
  return null
}
