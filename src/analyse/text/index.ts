/** Sentence segmentation, tokenisation, numbers and dates for German news text. */
export { segment, segmentWithTokens } from './segment.ts'
export type { Segment } from './segment.ts'
export { tokenize, isSelfContained } from './tokenize.ts'
export { findNumbers, findNumbersInTokens, parseGermanNumber } from './numbers.ts'
export type { NumberMatch } from './numbers.ts'
export { findDates, findDatesInTokens } from './dates.ts'
export type { DateMatch } from './dates.ts'
