/**
 * An analysed article as plain data, so it can cross a worker-thread boundary and be
 * stored in the cache. `AnalysedArticle.entityAt` is a function and cannot be cloned:
 * it is dropped here and rebuilt from the entities on the way back. Structured clone
 * (worker messages, v8.serialize) keeps shared references, so a mention that sits in
 * both a sentence and an entity is still one object after the trip.
 */
import { VFileMessage } from 'vfile-message'
import type { VFile } from 'vfile'
import type { AnalysedArticle } from '../summarise/article.ts'
import type { ArticleEntity } from '../types.ts'

export type AnalysedArticleData = Omit<AnalysedArticle, 'entityAt'>

export interface MessageData {
  reason: string
  line?: number
  column?: number
  ruleId?: string
  source?: string
  fatal?: boolean | null
  /** Stack trace of an internal error (shown only with --debug). */
  stack?: string
}

/** What analysing one file produced: the article, or only messages when it was refused. */
export interface AnalysisRecord {
  article?: AnalysedArticleData
  messages: MessageData[]
}

/** The heavy part of an analysed article: only summaries need it. */
export type ArticleBody = Pick<AnalysedArticleData, 'sentences' | 'source'>

/** The rest, plus the hash of the file it came from (what cached summaries are keyed by). */
export type LightArticle = Omit<AnalysedArticleData, 'sentences' | 'source'> & { sourceHash: string }

export interface LightRecord {
  article?: LightArticle
  messages: MessageData[]
}

export function splitRecord(record: AnalysisRecord, sourceHash: string): { light: LightRecord; body?: ArticleBody } {
  if (!record.article) return { light: { messages: record.messages } }
  const { sentences, source, ...rest } = record.article
  return { light: { article: { ...rest, sourceHash }, messages: record.messages }, body: { sentences, source } }
}

/**
 * An analysed article whose sentences and source are read from the cache when asked
 * for, and not kept: the build holds thousands of articles, and only those it must
 * summarise again need their body. The last body read is kept, because a caller
 * usually asks for both fields in a row.
 */
export function lazyArticle(light: LightArticle, loadBody: () => ArticleBody): AnalysedArticle & { sourceHash: string } {
  const byMention = new Map<number, ArticleEntity>()
  for (const entity of light.entities) for (const mention of entity.mentions) byMention.set(mention.start, entity)
  let last: ArticleBody | undefined
  const body = () => {
    const loaded = last ?? loadBody()
    last = loaded
    queueMicrotask(() => (last = undefined))
    return loaded
  }
  return {
    ...light,
    get sentences() {
      return body().sentences
    },
    get source() {
      return body().source
    },
    entityAt: (start) => byMention.get(start),
  }
}

export function toArticleData(article: AnalysedArticle): AnalysedArticleData {
  const { entityAt: _entityAt, ...data } = article
  return data
}

/** Rebuilds the function the summariser uses: the entity of a mention, by its start offset. */
export function fromArticleData(data: AnalysedArticleData): AnalysedArticle {
  const byMention = new Map<number, ArticleEntity>()
  for (const entity of data.entities) for (const mention of entity.mentions) byMention.set(mention.start, entity)
  return { ...data, entityAt: (start) => byMention.get(start) }
}

export function messagesOf(file: VFile): MessageData[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    line: message.line ?? undefined,
    column: message.column ?? undefined,
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined,
    fatal: message.fatal,
  }))
}

/** Puts recorded messages back on a file (for cache hits and worker results). */
export function replayMessages(file: VFile, messages: MessageData[]): void {
  const known = new Set(file.messages.map((message) => `${message.line}:${message.column}:${message.ruleId}:${message.reason}`))
  for (const data of messages) {
    if (known.has(`${data.line ?? null}:${data.column ?? null}:${data.ruleId ?? null}:${data.reason}`)) continue
    const place = data.line ? { line: data.line, column: data.column ?? 1 } : undefined
    const message = new VFileMessage(data.reason, { place, ruleId: data.ruleId, source: data.source })
    message.file = file.path
    message.fatal = data.fatal ?? undefined
    if (data.stack) message.cause = Object.assign(new Error(data.reason), { stack: data.stack })
    file.messages.push(message)
  }
}
