/** A vote: how many for and against, in which body, with what outcome (`338 stimmten dafür, 349 dagegen`). */
import { sentenceText } from '../article.ts'
import { defineRule, gated } from '../rule.ts'
import type { SlotExtractor } from '../rule.ts'
import { entity, entityNear, phrase } from '../slots.ts'

/** The analysed number that group 1 or 2 of the pattern captures. */
function countBefore(pattern: RegExp): SlotExtractor {
  return (sentence, article) => {
    const text = sentenceText(article, sentence)
    const match = pattern.exec(text)
    if (!match) return null
    const digits = match[1] ?? match[2]
    const offset = match.index + match[0].indexOf(digits)
    const found = sentence.numbers.find((candidate) => candidate.sourceStart === sentence.start + offset)
    if (!found) return null
    return { value: { kind: 'number', value: found.value, text: found.text }, evidence: { start: found.sourceStart, end: found.sourceEnd } }
  }
}

/** The body that voted, as the subject of a sentence that says it decided. */
function votingBody(sentence: Parameters<SlotExtractor>[0], article: Parameters<SlotExtractor>[1], filled: Parameters<SlotExtractor>[2]) {
  const text = sentenceText(article, sentence)
  if (!/\b(?:beschlossen|verabschiedet|angenommen|abgelehnt|abgestimmt|stimmte|votierte)\b/.test(text)) return null
  return entityNear(/\b(?:hat|haben|stimmte|votierte|beschloss|verabschiedete|lehnte)\b/, { type: 'organization' })(sentence, article, filled)
}

export default defineRule({
  id: 'vote-result',
  description: 'A vote with the numbers for and against (N stimmten dafür, N dagegen; mit N zu N Stimmen)',
  frame: 'voteResult',
  priority: 9,
  // Every match holds `stimmten`, `votierten` or `Stimmen`.
  trigger: gated(/stimmten|votierten|Stimmen/, /\b(?:stimmten|votierten)\b[^.]*\b(?:dafür|dagegen|mit Ja|mit Nein)\b|\bmit\s+\d+\s+zu\s+\d+\s+Stimmen\b|\b\d+\s+(?:Ja|Nein)-Stimmen\b/),
  veto: /\?/,
  slots: {
    yes: {
      extract: countBefore(/(\d[\d.]*)\s+(?:(?:Abgeordnete\w*|Mitglieder|Parlamentarier|Delegierte)\s+)?(?:(?:stimmten|votierten)\s+)?(?:dafür|mit Ja|Ja-Stimmen)|\bmit\s+(\d+)\s+zu\s+\d+\s+Stimmen/),
      required: true,
    },
    no: {
      extract: countBefore(/(\d[\d.]*)\s+(?:(?:Abgeordnete\w*|Mitglieder|Parlamentarier|Delegierte)\s+)?(?:(?:stimmten|votierten)\s+)?(?:dagegen|mit Nein|Nein-Stimmen)|\bzu\s+(\d+)\s+Stimmen/),
      required: true,
    },
    body: { extract: entity({ type: 'organization', after: /\b(?:im|in der|in dem|Im)/ }) },
    // `Der Bundestag hat das Gesetz beschlossen. 399 Abgeordnete stimmten dafür …`
    bodyBefore: { extract: (sentence, article, filled) => (filled.body ? null : votingBody(sentence, article, filled)), lookBehind: 1 },
    outcome: { lookBehind: 1, extract: phrase(/\b(?:angenommen|verabschiedet|beschlossen|abgelehnt|gescheitert|durchgefallen)\b/, (match) => (/angenommen|verabschiedet|beschlossen/.test(match[0]) ? 'passed' : 'failed')) },
  },
  examples: [
    {
      text: 'Im Bundestag stimmten 338 Abgeordnete dafür, 349 dagegen.',
      expect: { de: 'Bei der Abstimmung im Bundestag stimmten 338 dafür und 349 dagegen.', en: 'In the vote in the Bundestag, 338 voted in favour and 349 against.' },
    },
    {
      text: 'Der Antrag wurde mit 349 zu 338 Stimmen abgelehnt.',
      expect: { de: 'Bei der Abstimmung stimmten 349 dafür und 338 dagegen; die Vorlage scheiterte.', en: 'In the vote, 349 voted in favour and 338 against; the motion failed.' },
    },
    {
      text: 'Der Bundestag hat das Heizungsgesetz beschlossen. 399 Abgeordnete stimmten dafür, 275 dagegen.',
      expect: {
        de: 'Bei der Abstimmung im Bundestag stimmten 399 dafür und 275 dagegen; die Vorlage wurde angenommen.',
        en: 'In the vote in the Bundestag, 399 voted in favour and 275 against; the motion passed.',
      },
    },
    {
      text: 'Bei der Abstimmung über den Antrag stimmten 338 dafür, 349 dagegen.',
      expect: { de: 'Bei der Abstimmung stimmten 338 dafür und 349 dagegen.', en: 'In the vote, 338 voted in favour and 349 against.' },
    },
    { text: 'Wie viele Abgeordnete dafür stimmten, ist unklar.', expect: null },
  ],
})
