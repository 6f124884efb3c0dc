/**
 * Analysis of a whole content folder: checks slugs, takes what it can from the cache,
 * analyses the rest (in worker threads when there is enough work to repay starting
 * them), and stores new results. Order of the result follows the files, so output does
 * not depend on which worker finished first.
 */
import type { VFile } from 'vfile'
import { checkSlugs, hasFatal, slugOfPath } from '../load/content.ts'
import { fromArticleData, lazyArticle, replayMessages, type AnalysedArticleData, type AnalysisRecord, type LightRecord } from '../cache/article-data.ts'
import type { AnalysisCache } from '../cache/store.ts'
import { mapLimit } from '../map-limit.ts'
import type { AnalysedArticle } from '../summarise/article.ts'
import { analyseInput, analyseInWorker, type AnalysisInput, type ProvisionalSummary, type WorkerAnalysis } from './analyse-task.ts'
import { batches, type WorkerPool } from './pool.ts'

export interface AnalyseFilesOptions {
  /** Worker threads to use (none: analyse in this thread). */
  pool?: WorkerPool
  cache?: AnalysisCache
  /** Called as articles are done (from the cache or analysed). */
  onProgress?: (done: number, total: number) => void
}

export interface AnalyseFilesResult {
  articles: AnalysedArticle[]
  failed: number
  fromCache: number
  analysed: number
  /** Summaries made in the worker threads with each article's own names (see ProvisionalSummary). */
  provisional: Map<AnalysedArticle, ProvisionalSummary>
}

/** Below this many articles to analyse, starting workers (each loads the lexicons) costs more than it saves. */
const MIN_ARTICLES_PER_WORKER = 40

/** Are there enough articles to analyse to repay starting the worker threads? */
export function enoughForWorkers(toAnalyse: number): boolean {
  return toAnalyse >= MIN_ARTICLES_PER_WORKER * 2
}
const BATCH_SIZE = 16

export async function analyseFiles(files: VFile[], options: AnalyseFilesOptions = {}): Promise<AnalyseFilesResult> {
  checkSlugs(files)
  const usable = files.filter((file) => !hasFatal(file))
  const total = usable.length
  let done = 0
  const progress = (count: number) => {
    done += count
    options.onProgress?.(done, total)
  }
  // With a cache, the build keeps only light records (entities, front matter) in memory
  // and reads an article's body back from the cache if it must be summarised again.
  const results = new Map<VFile, LightRecord | AnalysisRecord>()
  const cache = options.cache
  if (cache) {
    for (const file of usable) {
      const record = cache.get(file.data.contentHash ?? '', slugOfPath(file.path))
      if (record) results.set(file, record)
    }
    progress(results.size)
  }
  const fromCache = results.size
  const misses = usable.filter((file) => !results.has(file))
  const store = async (batch: VFile[], records: AnalysisRecord[]) => {
    for (let i = 0; i < batch.length; i++) {
      results.set(batch[i], cache ? cache.set(batch[i].data.contentHash ?? '', slugOfPath(batch[i].path), records[i]) : records[i])
    }
    progress(batch.length)
  }
  const provisional = new Map<VFile, ProvisionalSummary>()
  const storeFromWorker = (batch: VFile[], analyses: WorkerAnalysis[]) => {
    batch.forEach((file, i) => {
      const { record, light, provisional: summary } = analyses[i]
      const contentHash = file.data.contentHash ?? ''
      if (light && cache) results.set(file, cache.setLight(contentHash, slugOfPath(file.path), record as LightRecord))
      else results.set(file, record)
      if (summary) provisional.set(file, summary)
    })
    progress(batch.length)
  }
  const pool = options.pool
  // With a cache, workers return only the light part: a body never crosses to this thread.
  const workerInput = (file: VFile): AnalysisInput => (cache ? { ...inputOf(file), contentHash: file.data.contentHash ?? '' } : inputOf(file))
  if (pool && enoughForWorkers(misses.length)) {
    // A few batches in flight keep the threads busy without queueing the whole archive's results.
    await mapLimit(batches(misses, BATCH_SIZE), pool.threads * 2, async (batch) => {
      const analyses = await pool.analyse(batch.map(workerInput)).catch(() => undefined)
      // A batch a worker could not finish (out of memory, crash) is analysed here instead.
      if (analyses) storeFromWorker(batch, analyses)
      else await store(batch, batch.map((file) => analyseInput(inputOf(file))))
    })
  } else if (cache) {
    // As a worker does: with a cache the body is not kept, so the summary made now saves
    // analysing the article again (most articles keep it; see ProvisionalSummary).
    for (const file of misses) storeFromWorker([file], [await analyseInWorker(workerInput(file))])
  } else {
    for (const file of misses) await store([file], [analyseInput(inputOf(file))])
  }

  const articles: AnalysedArticle[] = []
  const summaries = new Map<AnalysedArticle, ProvisionalSummary>()
  let failed = files.length - usable.length
  for (const file of usable) {
    const record = results.get(file)!
    replayMessages(file, record.messages)
    let article: AnalysedArticle | undefined
    if (!record.article) failed++
    // A cached article's body is made again from its file if ever needed (see lazyArticle).
    else if (cache && 'sourceHash' in record.article) article = lazyArticle(record.article, file.path)
    else article = fromArticleData(record.article as AnalysedArticleData)
    if (!article) continue
    articles.push(article)
    const summary = provisional.get(file)
    if (summary) summaries.set(article, summary)
  }
  return { articles, failed, fromCache, analysed: misses.length, provisional: summaries }
}

function inputOf(file: VFile): AnalysisInput {
  return { path: file.path, value: String(file.value) }
}
