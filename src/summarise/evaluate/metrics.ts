/**
 * Measures for summaries: key-fact coverage, ROUGE-1 and ROUGE-L (F1), and a check
 * that English output holds no German words. ROUGE follows Lin (2004) and ROUGE-1.5.5:
 * F-measure with equal weight on precision and recall (F1, as `rouge_score` reports it),
 * lowercased, no stemming and no stop-word removal. The tokenizer keeps ä, ö, ü and ß
 * (Unicode letters and digits), so `Gefangenenaustausch` and `Größter` count as words.
 */

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(Boolean)
}

export interface Score {
  precision: number
  recall: number
  f1: number
}

function score(overlap: number, candidateLength: number, referenceLength: number): Score {
  const precision = candidateLength ? overlap / candidateLength : 0
  const recall = referenceLength ? overlap / referenceLength : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** Unigram overlap, clipped by counts. */
export function rouge1(candidate: string, reference: string): Score {
  const c = tokens(candidate)
  const r = tokens(reference)
  const counts = new Map<string, number>()
  for (const token of r) counts.set(token, (counts.get(token) ?? 0) + 1)
  let overlap = 0
  for (const token of c) {
    const left = counts.get(token) ?? 0
    if (left > 0) {
      overlap++
      counts.set(token, left - 1)
    }
  }
  return score(overlap, c.length, r.length)
}

/** Positions in `a` of one longest common subsequence of a and b. */
function lcsPositions(a: string[], b: string[]): number[] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) table[i][j] = a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1])
  const positions: number[] = []
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    if (a[i - 1] === b[j - 1]) {
      positions.push(i - 1)
      i--
      j--
    } else if (table[i - 1][j] >= table[i][j - 1]) i--
    else j--
  }
  return positions
}

export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/).filter((sentence) => tokens(sentence).length)
}

/**
 * Summary-level ROUGE-L (Lin 2004, §3.2; `rougeLsum`): for each reference sentence, the
 * union of its longest common subsequences with every candidate sentence, summed over
 * the reference and divided by the lengths of candidate and reference. As in ROUGE-1.5.5
 * and Google's `rouge_score`, a token counts as a hit only while both texts still have an
 * unmatched occurrence of it: otherwise one candidate word that several reference
 * sentences share would be counted once per sentence (precision above 1).
 */
export function rougeL(candidate: string, reference: string): Score {
  const candidateSentences = sentences(candidate).map(tokens)
  const referenceSentences = sentences(reference).map(tokens)
  const left = { candidate: countTokens(candidateSentences.flat()), reference: countTokens(referenceSentences.flat()) }
  let hits = 0
  for (const referenceTokens of referenceSentences) {
    const union = new Set<number>()
    for (const candidateTokens of candidateSentences) for (const position of lcsPositions(referenceTokens, candidateTokens)) union.add(position)
    for (const position of [...union].sort((a, b) => a - b)) {
      const token = referenceTokens[position]
      if (!left.candidate.get(token) || !left.reference.get(token)) continue
      hits++
      left.candidate.set(token, left.candidate.get(token)! - 1)
      left.reference.set(token, left.reference.get(token)! - 1)
    }
  }
  return score(hits, tokens(candidate).length, tokens(reference).length)
}

function countTokens(list: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of list) counts.set(token, (counts.get(token) ?? 0) + 1)
  return counts
}

export interface Coverage {
  covered: string[]
  missing: string[]
}

/** A key fact (`Gefangene|Gefangenen`) is covered when any alternative occurs in the text, ignoring case. */
export function keyFactCoverage(text: string, keyFacts: string[]): Coverage {
  const lower = text.toLowerCase()
  const covered: string[] = []
  const missing: string[] = []
  for (const fact of keyFacts) (fact.split('|').some((alternative) => lower.includes(alternative.toLowerCase())) ? covered : missing).push(fact)
  return { covered, missing }
}

/** Function words and endings that only German has: one of them in English output is a leak. */
const GERMAN_FUNCTION_WORDS = new Set(
  'der die das den dem des ein eine einer eines einem einen und oder aber mit von vom zu zum zur für auf aus bei beim nach über unter gegen ist sind wurde wurden haben sich nicht auch noch wie dass als im am'.split(' '),
)

/** German words in an English text: function words, and words with ä/ö/ü/ß that are no part of a known name. */
export function germanWordsInEnglish(text: string, names: string[]): string[] {
  const nameWords = new Set(names.flatMap((name) => tokens(name)))
  return tokens(text).filter((word) => !nameWords.has(word) && (GERMAN_FUNCTION_WORDS.has(word) || /[äöüß]/.test(word)))
}
