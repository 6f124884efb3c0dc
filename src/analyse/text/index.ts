/** Sentence segmentation, tokenisation, numbers and dates for German news text. */
export { segment } from './segment.ts'
export type { Segment } from './segment.ts'
export { tokenize } from './tokenize.ts'
