/**
 * Analysis of a whole content folder: checks slugs, takes what it can from the cache,
 * analyses the rest (in worker threads when there is enough work to repay starting
 * them), and stores new results. Order of the result follows the files, so output does
 * not depend on which worker finished first.
 */
import type { VFile } from 'vfile'
import { checkSlugs, hasFatal, slugOfPath } from '../load/content.ts'
import { fromArticleData, replayMessages, type AnalysisRecord } from '../cache/article-data.ts'
import { mapLimit, type AnalysisCache } from '../cache/store.ts'
import type { AnalysedArticle } from '../summarise/article.ts'
import { analyseInput, type AnalysisInput } from './analyse-task.ts'
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
}

/** Below this many articles to analyse, starting workers (each loads the lexicons) costs more than it saves. */
const MIN_ARTICLES_PER_WORKER = 40
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
  const records = new Map<VFile, AnalysisRecord>()
  const cache = options.cache
  if (cache) {
    await mapLimit(usable, 32, async (file) => {
      const record = await cache.get(file.data.contentHash ?? '', slugOfPath(file.path))
      if (record) {
        records.set(file, record)
        progress(1)
      }
    })
  }
  const fromCache = records.size
  const misses = usable.filter((file) => !records.has(file))
  const inputs: AnalysisInput[] = misses.map((file) => ({ path: file.path, value: String(file.value) }))
  let analysed: AnalysisRecord[]
  const pool = options.pool
  if (pool && misses.length >= MIN_ARTICLES_PER_WORKER * 2) {
    const results = await Promise.all(
      batches(inputs, BATCH_SIZE).map(async (batch) => {
        const result = await pool.analyse(batch)
        progress(batch.length)
        return result
      }),
    )
    analysed = results.flat()
  } else {
    analysed = inputs.map((input) => {
      const record = analyseInput(input)
      progress(1)
      return record
    })
  }
  misses.forEach((file, i) => records.set(file, analysed[i]))
  if (cache) await mapLimit(misses, 32, (file) => cache.set(file.data.contentHash ?? '', slugOfPath(file.path), records.get(file)!))

  const articles: AnalysedArticle[] = []
  let failed = files.length - usable.length
  for (const file of usable) {
    const record = records.get(file)!
    replayMessages(file, record.messages)
    if (record.article) articles.push(fromArticleData(record.article))
    else failed++
  }
  return { articles, failed, fromCache, analysed: misses.length }
}
