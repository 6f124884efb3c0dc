/**
 * A demand or position: who demands what (`Moskau fordert den Abzug ukrainischer Truppen
 * aus dem Gebiet Donezk`, `die von Kiew verlangte Waffenruhe`), and who rejects it in the
 * sentence that follows (`Kiew lehnt dies ab`).
 */
import { sentenceText } from '../article.ts'
import { defineRule, gated } from '../rule.ts'
import type { SlotExtractor } from '../rule.ts'
import { countryAdjective, entity, entityNear, firstOf, flag, fromVocabulary, number, phrase } from '../slots.ts'
import { COUNTED_PEOPLE, countedKey } from './shared/counted.ts'
import { DEMANDS, countryOfAdjective } from './shared/vocabularies.ts'

const DEMAND_VERB = /\b(?:fordert|forderte|fordern|forderten|verlangt|verlangte|verlangen|verlangten|pocht\s+auf|pochte\s+auf|drängt\s+auf|drängte\s+auf)\b|\b(?:geforderte|verlangte)\w*\s/

/** `Er forderte …`: the person named last in the sentence before. */
const PRONOUN = /^(?:Er|Sie)\s+(?:fordert|forderte|verlangt|verlangte|pocht|pochte|drängt|drängte)\b/
const antecedent: SlotExtractor = (sentence, article, filled) => {
  if (!filled.pronoun) return null
  if (DEMAND_VERB.test(sentenceText(article, sentence))) return null
  const mention = sentence.mentions.find((candidate) => article.entityAt(candidate.start)?.type === 'person')
  if (!mention) return null
  return { value: { kind: 'entity', key: article.entityAt(mention.start)!.key }, evidence: { start: mention.start, end: mention.end } }
}

/** The next sentence answers: `Kiew lehnt dies ab`, `Die Ukraine weist das zurück`. */
const rejectedBy: SlotExtractor = (sentence, article, filled) => {
  const text = sentenceText(article, sentence)
  if (!/^(?:\S+\s+){1,3}(?:lehnt|lehnte|lehnen|lehnten|weist|wies|weisen|wiesen)\s+(?:dies|das|diese\w*|dieses|den\s+\w+|die\s+\w+)\b[^.]*\b(?:ab|zurück)\b/.test(text)) return null
  return entity({ type: ['place', 'person', 'organization'] })(sentence, article, filled)
}

/** Troops and place belong to the demanded withdrawal only when they follow that very word. */
function ofTheDemand(extract: SlotExtractor): SlotExtractor {
  return (sentence, article, filled) => {
    const demand = filled.demand
    if (!demand || demand.value.kind !== 'text' || demand.value.de !== 'withdrawal') return null
    const found = extract(sentence, article, filled)
    if (!found || found.evidence.start < demand.evidence.start || found.evidence.start > demand.evidence.end + 80) return null
    const between = article.source.slice(demand.evidence.end, found.evidence.start)
    // Another demand between them (`… sowie der von Kiew verlangte Abzug`) takes them over.
    return /\b(?:sowie|und der|und die)\b/.test(between) ? null : found
  }
}

/** An owner right after the demanded word (`Neutralität und Entmilitarisierung der Ukraine`). */
function ofTheDemandWord(extract: SlotExtractor): SlotExtractor {
  return (sentence, article, filled) => {
    const demand = filled.demand
    if (!demand) return null
    const found = extract(sentence, article, filled)
    return found && found.evidence.start > demand.evidence.start && found.evidence.start - demand.evidence.end < 40 ? found : null
  }
}

export default defineRule({
  id: 'demand',
  description: 'Someone demands something (fordert den Abzug, verlangt eine Waffenruhe), possibly rejected in the next sentence',
  frame: 'demand',
  priority: 6,
  // Every match holds `ford`, `verlang`, `poch` or `dräng`.
  trigger: gated(/ford|verlang|poch|dräng/, DEMAND_VERB),
  veto: /\b(?:nicht|kein|keine|keinen|wer|ob)\b|\?/,
  slots: {
    pronoun: { extract: flag(PRONOUN, 'pronoun') },
    speaker: {
      extract: firstOf(entity({ type: ['place', 'person', 'organization'], after: /\bvon/, before: /(?:geforderte|verlangte)\w*/ }), entityNear(DEMAND_VERB, { type: ['place', 'person', 'organization'] })),
    },
    antecedent: { extract: antecedent, lookBehind: 1 },
    demand: { extract: fromVocabulary(DEMANDS, { after: DEMAND_VERB }), required: true },
    troops: { extract: ofTheDemand(countryAdjective(/(?:Abzug|Rückzug)\w*\s+(?:der\s+)?(\p{L}+isch\p{L}*)\s+(?:Truppen|Soldaten|Streitkräfte)/u, countryOfAdjective)) },
    from: { extract: ofTheDemand(entity({ type: 'place', after: /(?:Abzug|Rückzug)\w*\s+[^.]{0,40}?\baus(?:\s+(?:dem|der)(?:\s+gesamten)?\s+(?:Gebiet|Region|Oblast))?/ })) },
    // `der von Kiew verlangte Abzug` is an attribute, not the past tense.
    // How many are to be released: `die Freilassung von 500 Gefangenen`.
    count: { extract: ofTheDemandWord(number({ counting: COUNTED_PEOPLE, min: 2, after: /(?:Freilassung|Rückkehr|Austausch\w*)\s+von(?:\s+\p{L}+)?/u })) },
    counted: { extract: (sentence, article, filled) => (filled.count ? phrase(COUNTED_PEOPLE, countedKey)(sentence, article, filled) : null) },
    // Whose neutrality, whose release: `die Neutralität der Ukraine`.
    of: { extract: ofTheDemandWord(entity({ type: ['place', 'person', 'organization'], after: /(?:Neutralität|Entmilitarisierung|Freilassung|Rücktritt)(?:\s+und\s+\p{L}+)?/u })) },
    past: { extract: flag(/(?<!\bvon\s+\S+\s+)\b(?:forderte|forderten|verlangte|verlangten|pochte|drängte)\b/, 'past') },
    rejectedBy: { extract: rejectedBy, lookAhead: 1 },
  },
  requireOneOf: ['speaker', 'antecedent'],
  examples: [
    {
      text: 'Moskau fordert als Vorbedingung für eine umfassende Einigung den Abzug ukrainischer Truppen aus dem gesamten Gebiet Donezk. Kiew lehnt dies strikt ab.',
      expect: {
        de: 'Moskau fordert den Abzug ukrainischer Truppen aus Donezk, was Kiew ablehnt.',
        en: 'Moscow demands the withdrawal of Ukrainian troops from Donetsk, which Kyiv rejects.',
      },
    },
    {
      text: 'Der türkische Außenminister Mevlüt Çavuşoğlu betonte in Moskau die Bereitschaft seines Landes zu vermitteln. Er forderte erneut eine dauerhafte Waffenruhe.',
      expect: { de: 'Mevlüt Çavuşoğlu forderte eine Waffenruhe.', en: 'Mevlüt Çavuşoğlu called for a ceasefire.' },
    },
    {
      text: 'An erster Stelle stünde der von Kiew verlangte Abzug russischer Truppen.',
      expect: { de: 'Kiew fordert den Abzug russischer Truppen.', en: 'Kyiv demands the withdrawal of Russian troops.' },
    },
    {
      text: 'An erster Stelle stünden die von Russland geforderte Neutralität und Entmilitarisierung der Ukraine.',
      expect: { de: 'Russland fordert die Neutralität der Ukraine.', en: 'Russia demands neutrality for Ukraine.' },
    },
    {
      text: 'Die Ukraine fordert von Russland die Freilassung von 500 Gefangenen. Moskau lehnt das ab.',
      expect: { de: 'Die Ukraine fordert die Freilassung von 500 Gefangenen, was Moskau ablehnt.', en: 'Ukraine demands the release of 500 prisoners, which Moscow rejects.' },
    },
    { text: 'Die Opposition fordert keine Sanktionen.', expect: null },
  ],
})
