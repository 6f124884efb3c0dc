/**
 * Summaries of a whole build: cached ones reused, the rest made in worker threads when
 * there are enough of them. A cached summary is keyed by everything it depends on: the
 * article (its Markdown source, slug and front matter), the glossary names of its
 * entities (a change elsewhere that renames an entity re-summarises this article too),
 * and the tool/lexicon/rules/locales version of the cache.
 */
import { createHash } from 'node:crypto'
import type { NameTable, SummariseAll, SummaryPart } from '../build.ts'
import type { AnalysedArticle } from '../summarise/article.ts'
import { bodySourceOf, toArticleData } from '../cache/article-data.ts'
import type { AnalysisCache } from '../cache/store.ts'
import { mapLimit } from '../map-limit.ts'
import { memoByObject } from '../analyse/memo.ts'
import { batches, type WorkerPool } from './pool.ts'
import { summariseJobs, type SummaryJobData } from './summarise-task.ts'
import type { ProvisionalSummary } from './analyse-task.ts'

const MIN_SUMMARIES_PER_WORKER = 40
const BATCH_SIZE = 16

/**
 * The summary's inputs as a digest. The names are taken in the table's order, which is
 * the order of the article's entities: the same article gives the same order, so no
 * sorting (issue 7: keying 10,000 summaries was a tenth of a warm build). A cached
 * article carries the hash of its file, which covers its front matter too; reading its
 * source would load its body.
 */
function summaryKey(article: AnalysedArticle, names: NameTable): string {
  const sourceHash = (article as { sourceHash?: string }).sourceHash
  const hash = createHash('sha256').update(article.slug).update('\0')
  if (sourceHash !== undefined) hash.update(sourceHash)
  else hash.update(JSON.stringify(article.meta)).update('\0').update(article.source)
  // JSON texts: no name or key can run into the next.
  let table = '\0'
  for (const key in names) table += JSON.stringify(key) + namesText(names[key])
  return hash.update(table).digest('hex')
}

// Each summary part of this build with the key of its inputs (see summaryInputKey).
const inputKeys = new WeakMap<SummaryPart, string>()

/**
 * The key of everything a summary part was made from (article file, slug, names): also
 * all its article record is made from, so page keys can use it instead of serialising
 * the record again (issue 7).
 */
export function summaryInputKey(part: SummaryPart): string | undefined {
  return inputKeys.get(part)
}

/** An entity's names as key text, made once per name object (build.ts shares one per glossary entry). */
const namesText = memoByObject((names: NameTable[string]) => JSON.stringify([names.de, names.en, names.type]))

/** Do two name tables give every entity the same names? */
function sameNames(a: NameTable, b: NameTable): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => {
    const x = a[key]
    const y = b[key]
    return y !== undefined && x.de === y.de && x.en === y.en && x.type === y.type
  })
}

export interface SummariseOptions {
  pool?: WorkerPool
  cache?: AnalysisCache
  /** Summaries made right after analysis with each article's own names: used where the glossary gives the same names. */
  provisional?: Map<AnalysedArticle, ProvisionalSummary>
}

export function summariseWith(options: SummariseOptions): SummariseAll {
  return async (jobs, context) => {
    // Keys serve the cache, and through summaryInputKey the page keys of a rebuild (which
    // has a cache too): a build without one does not hash every article for them.
    const cache = options.cache
    // An article's key depends on the glossary through its name table only: with the
    // glossary the last build had (same fingerprint), its key is the one that build made,
    // and its name table is not made (issue 7: tables and keys of 10,000 articles were a
    // tenth of a warm build).
    const fingerprint = context?.glossary
    const keys = cache ? jobs.map((job) => (fingerprint !== undefined && cache.summaryKeyFor(job.article, fingerprint)) || summaryKey(job.article, job.names)) : undefined
    if (cache && keys && fingerprint !== undefined) jobs.forEach((job, index) => cache.noteSummaryKey(job.article, fingerprint, keys[index]))
    const parts: Array<SummaryPart | undefined> = jobs.map((_, index) => keys && cache?.getSummary(keys[index]))
    jobs.forEach((job, index) => {
      const early = options.provisional?.get(job.article)
      if (!parts[index] && early && sameNames(early.names, job.names)) {
        parts[index] = early.part
        if (keys) cache?.setSummary(keys[index], early.part)
      }
    })
    // Used once: the summaries that did not match are not kept for the rest of the build.
    options.provisional?.clear()
    const missing = jobs.map((_, index) => index).filter((index) => !parts[index])
    // A cached article's body is read by the thread that summarises it (not here: reading
    // them one by one was the main thread's work while the workers waited); others travel
    // whole, batch by batch, with only a few batches in flight.
    const dataOf = (indexes: number[]): SummaryJobData[] =>
      indexes.map((index) => {
        const { article, names } = jobs[index]
        const source = bodySourceOf(article)
        return source ? { ...source, names } : { article: toArticleData(article), names }
      })
    // Threads that analysed this build's articles have the rules and locales loaded; this
    // thread may not, and loading them costs more than a few summaries (issue 7: 0.27 s
    // for the 2 articles a cold build of 10,000 summarised again, while the threads waited).
    const pool = options.pool
    const made =
      pool && (pool.started || missing.length >= MIN_SUMMARIES_PER_WORKER * 2)
        ? (await mapLimit(batches(missing, BATCH_SIZE), pool.threads * 2, (batch) => pool.summarise(dataOf(batch)).catch(() => summariseJobs(dataOf(batch))))).flat()
        : (await mapLimit(batches(missing, BATCH_SIZE), 1, (batch) => summariseJobs(dataOf(batch)))).flat()
    missing.forEach((index, i) => (parts[index] = made[i]))
    if (keys) {
      for (const index of missing) cache?.setSummary(keys[index], parts[index]!)
      parts.forEach((part, index) => inputKeys.set(part!, keys[index]))
    }
    return parts as SummaryPart[]
  }
}
