/**
 * An analysed article as plain data, so it can cross a worker-thread boundary and be
 * stored in the cache. `AnalysedArticle.entityAt` is a function and cannot be cloned:
 * it is dropped here and rebuilt from the entities on the way back. Structured clone
 * (worker messages, v8.serialize) keeps shared references, so a mention that sits in
 * both a sentence and an entity is still one object after the trip.
 */
import { createHash } from 'node:crypto'
import { VFileMessage } from 'vfile-message'
import type { VFile } from 'vfile'
import type { AnalysedArticle } from '../summarise/article.ts'
import type { ArticleEntity } from '../types.ts'
import { bodyFromSource } from './reanalyse.ts'

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

/** The heavy part of an analysed article: only summaries need it (entities with their mentions, which the guard checks evidence against). */
export type ArticleBody = Pick<AnalysedArticleData, 'sentences' | 'source' | 'entities'>

/**
 * The rest, plus the hash of the file it came from (what cached summaries are keyed by).
 * Its entities carry no mentions: the glossary and the page records need names, types
 * and roles only, and mentions were most of what a rebuild had to read for every article.
 */
export type LightArticle = Omit<AnalysedArticleData, 'sentences' | 'source'> & {
  sourceHash: string
  /** A digest of its (light) entities: all the glossary takes from the article besides its slug (see glossaryFingerprint). */
  entitiesDigest: string
}

export interface LightRecord {
  article?: LightArticle
  messages: MessageData[]
}

/** The light part of an analysis: what the cache keeps (the body is made again from the file; see reanalyse.ts). */
export function lightRecordOf(record: AnalysisRecord, sourceHash: string): LightRecord {
  if (!record.article) return { messages: record.messages }
  const { sentences: _sentences, source: _source, entities, ...rest } = record.article
  const namesOnly = entities.map((entity) => ({ ...entity, mentions: [] }))
  const entitiesDigest = createHash('sha256').update(JSON.stringify(namesOnly)).digest('base64')
  return { article: { ...rest, entities: namesOnly, sourceHash, entitiesDigest }, messages: record.messages }
}

/** What a lazy article gives the summariser: the whole analysis, body included. */
const FULL_DATA = Symbol('full article data')

/** The article file a lazy article's body is made from: a worker thread can make it there itself. */
const SOURCE_FILE = Symbol('source file')

/** A lazy article as its light part and its article file, or undefined for an article held whole. */
export function bodySourceOf(article: AnalysedArticle): { light: LightArticle; sourcePath: string } | undefined {
  return (article as { [SOURCE_FILE]?: { light: LightArticle; sourcePath: string } })[SOURCE_FILE]
}

/**
 * An analysed article whose sentences, source and mentions are made again from its file
 * when asked for, and not kept: the build holds thousands of articles, and only those it
 * must summarise again need their body. The last body made is kept until the current
 * task ends, because a caller usually asks for several fields in a row. `entities` are
 * the light ones (no mentions); toArticleData gives the full ones.
 */
export function lazyArticle(light: LightArticle, sourcePath: string): AnalysedArticle & { sourceHash: string } {
  let last: ArticleBody | undefined
  const body = () => {
    const loaded = last ?? bodyFromSource(sourcePath, light.sourceHash)
    last = loaded
    queueMicrotask(() => (last = undefined))
    return loaded
  }
  let byMention: Map<number, ArticleEntity> | undefined
  const article = {
    ...light,
    get sentences() {
      return body().sentences
    },
    get source() {
      return body().source
    },
    entityAt: (start: number) => (byMention ??= mentionIndex(body().entities)).get(start),
  }
  Object.defineProperty(article, FULL_DATA, { enumerable: false, value: (): AnalysedArticleData => ({ ...light, ...body() }) })
  Object.defineProperty(article, SOURCE_FILE, { enumerable: false, value: { light, sourcePath } })
  return article
}

/**
 * The glossary's inputs as a digest: each article's slug and entities, in the order
 * they are merged. Equal fingerprints mean equal glossaries, hence equal names for
 * every entity (a warm build whose edit changed no article's entities takes its
 * summary keys from the last build: see summarise-files.ts). Undefined when an
 * article's entities have no digest (not from a cache).
 */
export function glossaryFingerprint(articles: AnalysedArticle[]): string | undefined {
  const hash = createHash('sha256')
  for (const article of articles) {
    const digest = (article as { entitiesDigest?: string }).entitiesDigest
    if (digest === undefined) return undefined
    hash.update(`${article.slug}\0${digest}\n`)
  }
  return hash.digest('base64')
}

function mentionIndex(entities: ArticleEntity[]): Map<number, ArticleEntity> {
  const byMention = new Map<number, ArticleEntity>()
  for (const entity of entities) for (const mention of entity.mentions) byMention.set(mention.start, entity)
  return byMention
}

export function toArticleData(article: AnalysedArticle): AnalysedArticleData {
  const full = (article as { [FULL_DATA]?: () => AnalysedArticleData })[FULL_DATA]
  if (full) return full()
  const { entityAt: _entityAt, ...data } = article
  return data
}

/** Rebuilds the function the summariser uses: the entity of a mention, by its start offset. */
export function fromArticleData(data: AnalysedArticleData): AnalysedArticle {
  const byMention = mentionIndex(data.entities)
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
