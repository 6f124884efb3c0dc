import { segment } from '../../../src/analyse/text/index.ts'

/** A block's segments as [kind, text] pairs, the shape the assertions compare. */
export function pieces(block: string): Array<[string, string]> {
  return segment(block).map((s) => [s.kind, block.slice(s.start, s.end)])
}

/** Only the sentence texts of a block. */
export function sentences(block: string): string[] {
  return segment(block)
    .filter((s) => s.kind === 'sentence')
    .map((s) => block.slice(s.start, s.end))
}
