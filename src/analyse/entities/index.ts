/** unified plugin: entity mentions and per-article entities (`file.data.mentions`, `file.data.entities`). */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { BlockSentence } from '../sentences.ts'
import { recogniseSentence } from './recognise.ts'
import { resolveArticleEntities } from './resolve.ts'
import '../../vfile-data.ts'

export { recogniseSentence } from './recognise.ts'
export { resolveArticleEntities } from './resolve.ts'

export function analyseEntities(sentences: BlockSentence[]) {
  return resolveArticleEntities(sentences.flatMap((sentence) => recogniseSentence(sentence)))
}

export default function remarkEntities() {
  return function (_tree: Root, file: VFile) {
    const { entities, mentions } = analyseEntities((file.data.sentences ?? []) as BlockSentence[])
    file.data.entities = entities
    file.data.mentions = mentions
  }
}
