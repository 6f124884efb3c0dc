/**
 * Multi-word proper names that begin with an adjective: `Vereinigte Arabische Emirate`,
 * `Europäische Union`, `Internationales Komitee vom Roten Kreuz`, `Statistisches
 * Bundesamt`. German writes adjectives in lower case, so a capitalised adjective in
 * mid-sentence, followed by a noun, is part of a name. The head noun gives the type
 * (an institution or a kind of place); inflected forms (`den Vereinigten Arabischen
 * Emiraten`) are put back into the nominative that a glossary lists.
 */
import type { EntityType } from '../../types.ts'
import { adjacent, isSentenceStart, isWord, lower, type Context } from './context.ts'
import { FUNCTION_WORDS, GIVEN_NAMES, PLACE_HEADS } from './cues.ts'
import { isOrganizationNoun } from './evidence.ts'
import { isCapitalised } from './fold.ts'
import { gazetteer } from './gazetteer.ts'
import { isCommonNoun, isListedNoun, nounInfo, type NounInfo } from './vocabulary.ts'
import { memoByString } from '../memo.ts'

const ADJECTIVE = /^(\p{Lu}\p{Ll}{2,})(e|en|er|es|em)$/u
/**
 * Stems that only adjectives have (`europäisch-`, `vereinigt-`, `international-`): the
 * noun vocabulary lists nominalised adjectives (`die Internationale`), so a listed
 * noun with such a stem still counts as an adjective.
 */
const ADJECTIVE_STEM = /(sch|ig|igt|lich|al|iv|är|ell|bar|sam|haft|los|ent|ant|iert)$/u
const TAIL_PARTICLES = new Set(['vom', 'von', 'der', 'des', 'für'])
/** Strong (article-less) nominative endings, the form a glossary lists a name in. */
const STRONG_ENDING = { M: 'er', F: 'e', N: 'es', plural: 'e' } as const

// Asked of every capitalised word that is not a known name: memoised (performance, issue 7).
const isAdjective = memoByString((word: string): boolean => {
  const match = ADJECTIVE.exec(word)
  if (!match || FUNCTION_WORDS.has(lower(word)) || GIVEN_NAMES.has(word)) return false
  return !isListedNoun(word) || ADJECTIVE_STEM.test(match[1])
})

/** Token `j` when it is a word right after token `j - 1` (one space at most), else undefined. */
function adjacentWord(ctx: Context, j: number) {
  const { tokens, plain } = ctx
  return isWord(tokens[j]) && adjacent(plain, tokens[j - 1], tokens[j]) ? tokens[j] : undefined
}

function nominativeAdjective(word: string, head: NounInfo): string {
  const match = ADJECTIVE.exec(word)
  // `-er` adjectives stay: a strong masculine already, or indeclinable (`Zürcher`).
  if (!match || match[2] === 'er') return word
  const ending = head.plural ? STRONG_ENDING.plural : head.gender ? STRONG_ENDING[head.gender] : match[2]
  return match[1] + ending
}

function typeOfHead(head: NounInfo): EntityType | null {
  const word = lower(head.nominative)
  if (PLACE_HEADS.has(word)) return 'place'
  if (isOrganizationNoun(word)) return 'organization'
  return null
}

export interface AdjectiveName {
  last: number
  base: string
  type: EntityType
}

/** A name starting with the capitalised adjective at token `i`, if there is one. */
export function matchAdjectiveName(ctx: Context, i: number): AdjectiveName | null {
  const { tokens, plain } = ctx
  if (isSentenceStart(tokens, i) || !isAdjective(tokens[i].text)) return null
  let j = i + 1
  while (adjacentWord(ctx, j) && isAdjective(tokens[j].text)) j++
  const headToken = adjacentWord(ctx, j)
  if (!headToken || !isCapitalised(headToken.text) || !isCommonNoun(headToken.text)) return null
  const head = nounInfo(headToken.text)
  if (!head) return null
  const type = typeOfHead(head)
  if (!type) return null
  let last = j
  // `vom Roten Kreuz`, `der Russischen Föderation`: a complement that is itself a name.
  const particle = adjacentWord(ctx, j + 1)
  if (particle && TAIL_PARTICLES.has(particle.text)) {
    let k = j + 2
    let named = false
    while (adjacentWord(ctx, k) && isCapitalised(tokens[k].text)) {
      // In a complement, an inflected word before another capitalised word is an adjective (`Roten Kreuz`).
      if (ADJECTIVE.test(tokens[k].text) && adjacentWord(ctx, k + 1) && isCapitalised(tokens[k + 1].text)) named = true
      if (gazetteer().lookup(tokens[k].text)) named = true
      k++
    }
    if (named && k - 1 > j + 1) last = k - 1
  }
  const adjectives = tokens.slice(i, j).map((token) => nominativeAdjective(token.text, head))
  const tail = last > j ? plain.slice(tokens[j].end, tokens[last].end) : ''
  return { last, base: [...adjectives, head.nominative].join(' ') + tail, type }
}
