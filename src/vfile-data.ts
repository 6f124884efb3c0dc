/** Types of what the pipeline's plugins put on `file.data` (vfile's documented extension point). */
import type { SourcedDate, SourcedNumber } from './summarise/article.ts'
import type { ArticleEntity, ArticleMeta, Fact, Mention, Quantity, Sentence, SummarySentence } from './types.ts'

declare module 'vfile' {
  interface DataMap {
    meta: ArticleMeta
    slug: string
    sentences: Sentence[]
    mentions: Mention[]
    entities: ArticleEntity[]
    quantities: Quantity[]
    sentenceNumbers: SourcedNumber[][]
    sentenceDates: SourcedDate[][]
    facts: Fact[]
    summary: SummarySentence[]
  }
}

export {}
