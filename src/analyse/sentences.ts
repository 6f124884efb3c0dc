/**
 * unified plugin: splits the article into sentences and tokens (`file.data.sentences`).
 * Segmentation and tokenisation themselves live in ./text/; this plugin only maps
 * their block-local offsets back to the Markdown source.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Sentence, Token } from '../types.ts'
import { collectBlocks, sourceSpan, type TextBlock } from './blocks/index.ts'
import { segment, tokenize } from './text/index.ts'
import '../vfile-data.ts'

export interface BlockSentence extends Sentence {
  /** Block-local plain text of the sentence, and where it sits in the block. */
  blockRef: TextBlock
  plainStart: number
  /** The same tokens with block-local offsets (into blockRef.plain). */
  plainTokens: Token[]
}

export function splitBlocks(blocks: TextBlock[]): BlockSentence[] {
  const sentences: BlockSentence[] = []
  for (const block of blocks) {
    for (const seg of segment(block.plain)) {
      const { start, end } = sourceSpan(block, seg.start, seg.end)
      const plainTokens = tokenize(block.plain, seg.start, seg.end)
      const tokens = plainTokens.map((token) => {
        const span = sourceSpan(block, token.start, token.end)
        return { ...token, start: span.start, end: span.end }
      })
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
