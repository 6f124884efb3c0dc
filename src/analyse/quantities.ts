/** unified plugin: numbers and dates of every sentence, with source offsets (`file.data.quantities`). */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { findDates, findDatesInTokens, findNumbers, findNumbersInTokens, isSelfContained } from './text/index.ts'
import type { BlockSentence } from './sentences.ts'
import type { SourcedDate, SourcedNumber } from '../summarise/article.ts'
import '../vfile-data.ts'

function toSource(sentence: BlockSentence, localStart: number, localEnd: number): { start: number; end: number } {
  const offsets = sentence.blockRef.sourceOffset
  const start = offsets[sentence.plainStart + localStart] ?? sentence.start
  const end = localEnd > localStart ? (offsets[sentence.plainStart + localEnd - 1] ?? start) + 1 : start
  return { start, end }
}

/*
 * Performance (issue 7): the sentence's own tokens are used when they are what tokenizing
 * its text alone would give (nearly always), instead of tokenizing it twice more.
 */
function numbersOf(sentence: BlockSentence) {
  const tokens = sentence.plainTokens
  if (isSelfContained(tokens)) return findNumbersInTokens(sentence.blockRef.plain, tokens, sentence.plainStart)
  return findNumbers(sentence.text)
}

function datesOf(sentence: BlockSentence, reference: string | undefined) {
  const tokens = sentence.plainTokens
  if (isSelfContained(tokens)) return findDatesInTokens(sentence.blockRef.plain, tokens, sentence.plainStart, reference)
  return findDates(sentence.text, reference)
}

/** The sentence's matches with their offsets in the article's source as well. */
function withSource<T extends { start: number; end: number }>(sentence: BlockSentence, found: T[]): Array<T & { sourceStart: number; sourceEnd: number }> {
  return found.map((match) => {
    const span = toSource(sentence, match.start, match.end)
    return { ...match, sourceStart: span.start, sourceEnd: span.end }
  })
}

function sentenceNumbers(sentence: BlockSentence): SourcedNumber[] {
  return withSource(sentence, numbersOf(sentence))
}

function sentenceDates(sentence: BlockSentence, reference: string | undefined): SourcedDate[] {
  return withSource(sentence, datesOf(sentence, reference))
}

/**
 * Numbers and dates per sentence (`file.data.sentenceNumbers`, `file.data.sentenceDates`,
 * indexed like `file.data.sentences`; dates resolved against the article's date), and
 * the flat list of numbers (`file.data.quantities`). Each sentence is scanned once.
 */
export default function remarkQuantities() {
  return function (_tree: Root, file: VFile) {
    const sentences = (file.data.sentences ?? []) as BlockSentence[]
    const reference = file.data.meta?.date
    file.data.sentenceNumbers = sentences.map(sentenceNumbers)
    file.data.sentenceDates = sentences.map((sentence) => sentenceDates(sentence, reference))
    file.data.quantities = sentences.flatMap((sentence, i) =>
      file.data.sentenceNumbers![i].map((found) => ({ value: found.value, text: found.text, start: found.sourceStart, end: found.sourceEnd, sentence: sentence.index })),
    )
  }
}
