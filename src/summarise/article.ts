/** The analysed article as the summariser sees it (built by the analyse stage). */
import type { ArticleEntity, ArticleMeta, Mention, Sentence } from '../types.ts'
import type { DateMatch, NumberMatch } from '../analyse/text/index.ts'

export interface SourcedNumber extends NumberMatch {
  /** Source offsets (NumberMatch offsets are sentence-local). */
  sourceStart: number
  sourceEnd: number
}
export interface SourcedDate extends DateMatch {
  sourceStart: number
  sourceEnd: number
}

export interface AnalysedSentence extends Sentence {
  mentions: Mention[]
  numbers: SourcedNumber[]
  dates: SourcedDate[]
}

export interface AnalysedArticle {
  slug: string
  meta: ArticleMeta
  source: string
  sentences: AnalysedSentence[]
  entities: ArticleEntity[]
  /** Entity of a mention, by mention start offset. */
  entityAt(start: number): ArticleEntity | undefined
}

/**
 * The article with Markdown emphasis marks (`**Abu Dhabi**`) blanked out of its source,
 * so that rule patterns read running text; blanks keep every offset where it was.
 */
export function withPlainSource(article: AnalysedArticle): AnalysedArticle {
  const plain = article.source.replace(/[*_]+/g, (marks) => ' '.repeat(marks.length))
  return plain === article.source ? article : { ...article, source: plain }
}

// Performance (issue 7): every rule's trigger and most slot extractors read the sentence's
// text; it is cut from the source once per sentence and source, not once per rule and slot.
const texts = new WeakMap<AnalysedSentence, { source: string; text: string }>()

/** The source text of a sentence of `article` (Markdown marks blanked when the article's source is). */
export function sentenceText(article: AnalysedArticle, sentence: AnalysedSentence): string {
  const known = texts.get(sentence)
  if (known && known.source === article.source) return known.text
  const text = article.source.slice(sentence.start, sentence.end)
  texts.set(sentence, { source: article.source, text })
  return text
}
