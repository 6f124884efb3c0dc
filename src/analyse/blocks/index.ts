/**
 * Flattens the mdast of an article into blocks of plain text (one per paragraph
 * or heading), keeping for every character its offset in the Markdown source, so
 * every later offset (tokens, mentions, evidence) points into the file the editor wrote.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast'

export interface TextBlock {
  index: number
  heading: boolean
  plain: string
  /** sourceOffset[i] = offset in the Markdown source of plain[i]; one extra entry for the end. */
  sourceOffset: Int32Array
}

type Parent = { children: Array<RootContent | PhrasingContent> }

export function collectBlocks(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = []
  visitFlow(tree.children, source, blocks)
  return blocks
}

// Module functions rather than closures per article and block: tsx names every closure it creates (performance, issue 7).
function visitFlow(nodes: RootContent[], source: string, blocks: TextBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block = flattenBlock(node as Parent, source, blocks.length, node.type === 'heading')
      if (block.plain.trim()) blocks.push(block)
    } else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      visitFlow(node.children as RootContent[], source, blocks)
    }
  }
}

/**
 * The text of a block as it is being flattened: plain text and the source offset of each
 * character, written into one growing buffer shared by all blocks (copied out at the end
 * of each; performance, issue 7: no array of numbers per block).
 */
interface Flattening {
  plain: string
  lastEnd: number
}

let offsetBuffer = new Int32Array(4096)
let offsetCount = 0

function pushOffset(offset: number): void {
  if (offsetCount === offsetBuffer.length) {
    const grown = new Int32Array(offsetBuffer.length * 2)
    grown.set(offsetBuffer)
    offsetBuffer = grown
  }
  offsetBuffer[offsetCount++] = offset
}

function flattenBlock(node: Parent, source: string, index: number, heading: boolean): TextBlock {
  const state: Flattening = { plain: '', lastEnd: 0 }
  offsetCount = 0
  walkPhrasing(node.children, source, state)
  pushOffset(state.lastEnd)
  const plain = state.plain.includes('\n') || state.plain.includes('\r') ? state.plain.replace(/[\r\n]/g, ' ') : state.plain
  return { index, heading, plain, sourceOffset: offsetBuffer.slice(0, offsetCount) }
}

function walkPhrasing(children: Parent['children'], source: string, state: Flattening): void {
  for (const child of children) {
    if (child.type === 'text' || child.type === 'inlineCode') {
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      const value = child.value
      if (start !== undefined && end !== undefined && source.slice(start, end) === value) {
        for (let i = 0; i < value.length; i++) pushOffset(start + i)
        state.lastEnd = end
      } else {
        // Escapes or entities: the value differs from the source; anchor each character
        // to the node's start so evidence still points at the right place.
        const anchor = start ?? state.lastEnd
        for (let i = 0; i < value.length; i++) pushOffset(anchor + Math.min(i, Math.max(0, (end ?? anchor) - anchor - 1)))
        state.lastEnd = end ?? anchor
      }
      state.plain += value
    } else if (child.type === 'break') {
      pushOffset(child.position?.start.offset ?? state.lastEnd)
      state.plain += ' '
    } else if ('children' in child) {
      walkPhrasing((child as Parent).children, source, state)
    }
  }
}

/** Source offset of the (exclusive) end of plain[start, end). */
export function sourceSpan(block: TextBlock, start: number, end: number): { start: number; end: number } {
  const s = block.sourceOffset[start] ?? block.sourceOffset[block.sourceOffset.length - 1]
  const e = end > start ? (block.sourceOffset[end - 1] ?? s) + 1 : s
  return { start: s, end: e }
}
