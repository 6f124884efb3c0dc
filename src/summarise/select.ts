/**
 * Selection: score candidate facts, drop redundant ones, keep 1–3 sentences and at
 * most 60 words per language, in the order the article tells them.
 */
import type { Fact, SummarySentence } from '../types.ts'

export const MAX_SENTENCES = 3
export const MAX_WORDS = 60

export interface Candidate {
  fact: Fact
  sentence: SummarySentence
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Position, numbers and entity salience raise a fact's score. */
export function scoreFact(fact: Fact, sentenceCount: number, salience: (key: string) => number): number {
  const position = 1 - fact.sentence / Math.max(1, sentenceCount)
  let score = fact.score + 3 * position
  for (const value of Object.values(fact.slots)) {
    if (value.kind === 'number') score += 1
    if (value.kind === 'entity') score += 0.5 * salience(value.key)
    if (value.kind === 'entities') score += 0.5 * Math.max(...value.keys.map(salience))
  }
  return score
}

/** Facts that say nothing new: same frame with the same numbers, or the same sentence twice. */
function isRedundant(candidate: Candidate, chosen: Candidate[]): boolean {
  const numbers = (fact: Fact) =>
    Object.values(fact.slots)
      .filter((value) => value.kind === 'number')
      .map((value) => (value.kind === 'number' ? value.value : 0))
  return chosen.some((other) => {
    if (other.sentence.de === candidate.sentence.de) return true
    const a = numbers(candidate.fact)
    const b = numbers(other.fact)
    if (a.length && a.every((value) => b.includes(value))) return true
    if (!a.length && other.fact.frame === candidate.fact.frame) return true
    return false
  })
}

export function selectSentences(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.fact.score - a.fact.score || a.fact.sentence - b.fact.sentence || a.fact.rule.localeCompare(b.fact.rule))
  const chosen: Candidate[] = []
  let wordsDe = 0
  let wordsEn = 0
  for (const candidate of ordered) {
    if (chosen.length >= MAX_SENTENCES) break
    if (isRedundant(candidate, chosen)) continue
    const de = wordCount(candidate.sentence.de)
    const en = wordCount(candidate.sentence.en)
    if (wordsDe + de > MAX_WORDS || wordsEn + en > MAX_WORDS) continue
    chosen.push(candidate)
    wordsDe += de
    wordsEn += en
  }
  return chosen.sort((a, b) => a.fact.sentence - b.fact.sentence)
}
