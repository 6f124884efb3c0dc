/**
 * The analyse stage: Markdown source → an analysed article (sentences, entities,
 * numbers and dates), through unified plugins that leave their results on `file.data`.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import type { VFile } from 'vfile'
import remarkArticleMeta from '../load/front-matter.ts'
import remarkSentences, { type BlockSentence } from './sentences.ts'
import remarkEntities from './entities/index.ts'
import remarkQuantities from './quantities.ts'
import type { AnalysedArticle, AnalysedSentence } from '../summarise/article.ts'
import type { ArticleEntity, Mention } from '../types.ts'
import '../vfile-data.ts'

export { remarkArticleMeta, remarkSentences, remarkEntities, remarkQuantities }

export function createAnalyser() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkArticleMeta).use(remarkSentences).use(remarkEntities).use(remarkQuantities)
}

/** Analyses one article; throws the vfile's fatal message when the input cannot be used. */
export function analyseFile(file: VFile, slug: string, processor = createAnalyser()): AnalysedArticle {
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  const meta = file.data.meta!
  const source = String(file.value)
  const mentions = file.data.mentions ?? []
  const entities = file.data.entities ?? []
  const blockSentences = (file.data.sentences ?? []) as BlockSentence[]
  const mentionsBySentence = new Map<number, Mention[]>()
  for (const mention of mentions) {
    const list = mentionsBySentence.get(mention.sentence)
    if (list) list.push(mention)
    else mentionsBySentence.set(mention.sentence, [mention])
  }
  const sentences: AnalysedSentence[] = blockSentences.map((sentence, i) => ({
    index: sentence.index,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    kind: sentence.kind,
    block: sentence.block,
    heading: sentence.heading,
    tokens: sentence.tokens,
    mentions: mentionsBySentence.get(sentence.index) ?? [],
    numbers: file.data.sentenceNumbers?.[i] ?? [],
    dates: file.data.sentenceDates?.[i] ?? [],
  }))
  const byMention = new Map<number, ArticleEntity>()
  for (const entity of entities) for (const mention of entity.mentions) byMention.set(mention.start, entity)
  file.data.slug = slug
  return { slug, meta, source, sentences, entities, entityAt: entityLookup(byMention) }
}

/** `entityAt` of an article; made here, where tsx does not name the function per article (performance, issue 7). */
function entityLookup(byMention: Map<number, ArticleEntity>): AnalysedArticle['entityAt'] {
  return (start) => byMention.get(start)
}
