/**
 * Casualty counts: which number of the sentence counts the dead and which the injured.
 * A number belongs to the first casualty word after it, up to the next number
 * (`vier Menschen getötet und 15 verletzt`), or to `Zahl der Toten/Verletzten … auf|mit N`
 * just before it.
 */
import type { SlotExtractor } from '../../rule.ts'

export type CasualtyKind = 'killed' | 'injured'

const WORDS: Record<CasualtyKind, RegExp> = {
  killed: /\b(?:Tote[n]?|Todesopfer[n]?|getötet\w*|ums Leben|starben|gestorben|tot|Getötete[n]?)\b/,
  injured: /\b(?:Verletzte[n]?|verletzt\w*|Verwundete[n]?|verwundet\w*)\b/,
}
const ANY = /\b(?:Tote[n]?|Todesopfer[n]?|getötet\w*|ums Leben|starben|gestorben|tot|Getötete[n]?|Verletzte[n]?|verletzt\w*|Verwundete[n]?|verwundet\w*)\b/
const FIGURE_BEFORE = /\bZahl der\s+(?:[a-zäöü]\w*\s+){0,3}?(Tote[n]?|Todesopfer|Verletzten|Verwundeten|getöteten|verletzten|verwundeten)\b[^.]{0,60}?\b(?:auf|mit|bei)\s*$/

function kindOf(word: string): CasualtyKind {
  return WORDS.killed.test(word) ? 'killed' : 'injured'
}

export function casualtyCount(kind: CasualtyKind): SlotExtractor {
  return (sentence, article) => {
    const numbers = sentence.numbers.filter((found) => found.value >= 1 && !/^(?:19|20)\d\d$/.test(found.text))
    for (let i = 0; i < numbers.length; i++) {
      const found = numbers[i]
      const before = article.source.slice(sentence.start, found.sourceStart)
      const figure = FIGURE_BEFORE.exec(before)
      let matchedKind: CasualtyKind | null = figure ? kindOf(figure[1]) : null
      if (!matchedKind) {
        const until = numbers[i + 1]?.sourceStart ?? sentence.end
        const after = article.source.slice(found.sourceEnd, until)
        // The minute mark of a sports report or a percentage is no casualty count.
        if (/^\s*(?:Prozent|%|\.)/.test(after)) continue
        const word = ANY.exec(after)
        if (word) matchedKind = kindOf(word[0])
      }
      if (matchedKind === kind) {
        return { value: { kind: 'number', value: found.value, text: found.text, approx: found.approx }, evidence: { start: found.sourceStart, end: found.sourceEnd } }
      }
    }
    return null
  }
}
