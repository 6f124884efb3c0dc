/**
 * unified plugin: splits the article into sentences and tokens (`file.data.sentences`).
 * Segmentation and tokenisation themselves live in ./text/; this plugin only maps
 * their block-local offsets back to the Markdown source.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Sentence, Token } from '../types.ts'
import { collectBlocks, sourceSpan, type TextBlock } from './blocks/index.ts'
import { segmentWithTokens, tokenize } from './text/index.ts'
import '../vfile-data.ts'

export interface BlockSentence extends Sentence {
  /** Block-local plain text of the sentence, and where it sits in the block. */
  blockRef: TextBlock
  plainStart: number
  /** The same tokens with block-local offsets (into blockRef.plain). */
  plainTokens: Token[]
}

/** The tokens with source offsets (sourceSpan of each, written out: this runs for every token). */
function toSourceTokens(block: TextBlock, plainTokens: Token[]): Token[] {
  const offsets = block.sourceOffset
  const fallback = offsets[offsets.length - 1]
  const tokens: Token[] = []
  for (const token of plainTokens) {
    const start = offsets[token.start] ?? fallback
    const end = token.end > token.start ? (offsets[token.end - 1] ?? start) + 1 : start
    tokens.push({ text: token.text, start, end, kind: token.kind })
  }
  return tokens
}

export function splitBlocks(blocks: TextBlock[]): BlockSentence[] {
  const sentences: BlockSentence[] = []
  for (const block of blocks) {
    // Performance (issue 7): a sentence's tokens come from the segmentation's scan when it made them.
    const { segments, tokens: segmentTokens } = segmentWithTokens(block.plain)
    for (let k = 0; k < segments.length; k++) {
      const seg = segments[k]
      const { start, end } = sourceSpan(block, seg.start, seg.end)
      const plainTokens = segmentTokens[k] ?? tokenize(block.plain, seg.start, seg.end)
      const tokens = toSourceTokens(block, plainTokens)
      sentences.push({
        index: sentences.length,
        text: block.plain.slice(seg.start, seg.end),
        start,
        end,
        kind: seg.kind,
        block: block.index,
        heading: block.heading,
        tokens,
        blockRef: block,
        plainStart: seg.start,
        plainTokens,
      })
    }
  }
  return sentences
}

export default function remarkSentences() {
  return function (tree: Root, file: VFile) {
    const blocks = collectBlocks(tree, String(file.value))
    file.data.sentences = splitBlocks(blocks)
  }
}
