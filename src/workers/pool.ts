/**
 * The worker-thread pool of a build (piscina: maintained, handles queueing, worker
 * crashes and shutdown). It starts lazily, on the first task, so a build that finds
 * everything in the cache never pays for starting workers. Each worker registers the
 * tsx loader itself (worker-entry.mjs).
 */
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { RUNS_COMPILED } from '../package-root.ts'
import type { AnalysisInput, WorkerAnalysis } from './analyse-task.ts'
import type { SummaryJobData } from './summarise-task.ts'
import type { SummaryPart } from '../build.ts'
import type { RenderJob } from './render-task.ts'

// Compiled (.js, see scripts/compile.mjs) the worker is loaded as it is; from TypeScript
// sources it needs tsx's loader, which worker-entry.mjs registers first.
let workerUrl = RUNS_COMPILED ? new URL('./worker.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url)

/** The compiled CLI's bundle (scripts/bundle-cli.mjs) starts its threads from the bundled worker module. */
export function useBundledWorker(url: URL): void {
  workerUrl = url
}

/**
 * A worker needs ~110 MB of heap (word lists, lexicon, models); without a limit V8 lets
 * each grow to several times that before collecting, which doubled a large build's peak
 * memory. A batch that runs out of memory is redone in the main thread (see callers).
 * The young generation is twice the main thread's default size (96 MB): analysis and
 * summaries make many short-lived objects, and each scavenge copies what is still alive
 * (a batch's results in the making), so fewer, larger ones cost less. 10,000 articles:
 * 58.7 s CPU at 16 MB, 49.9 s at 48 MB (same peak RSS); against 48 MB, 96 MB took 7% less
 * time (five alternating pairs, 27.9 against 29.9 s) for 760–780 MB peak RSS instead of
 * 670; 128 MB and 192 MB were faster still but peaked at 946 MB, too near the 1 GB target.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 96 }

/**
 * Batches handed to a worker at once: it starts the next as soon as one is done, instead
 * of waiting for the main thread to hand it out, which it cannot do while it writes the
 * pages of a batch just rendered (see render-files.ts) or reads cached analyses.
 */
const TASKS_PER_WORKER = 4

export type WorkerTask = { kind: 'warm-up' } | { kind: 'analyse'; inputs: AnalysisInput[] } | { kind: 'summarise'; jobs: SummaryJobData[] } | { kind: 'render'; jobs: RenderJob[] }

export function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

export interface WorkerPool {
  readonly threads: number
  /** Are the threads running (they did work in this build, so they have loaded what it needs)? */
  readonly started: boolean
  analyse(batch: AnalysisInput[]): Promise<WorkerAnalysis[]>
  summarise(batch: SummaryJobData[]): Promise<SummaryPart[]>
  render(batch: RenderJob[]): Promise<Array<string | null>>
  /** Starts the threads and has each load what analysis needs, ahead of the first batch (errors surface with the batches). */
  warmUp(): void
  close(): Promise<void>
}

export function createWorkerPool(threads: number): WorkerPool {
  let pool: Piscina | undefined
  const start = () => {
    return (pool ??= new Piscina({ filename: workerUrl.href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000, resourceLimits: WORKER_LIMITS, concurrentTasksPerWorker: TASKS_PER_WORKER }))
  }
  return {
    threads,
    get started() {
      return pool !== undefined
    },
    analyse: (inputs) => start().run({ kind: 'analyse', inputs } satisfies WorkerTask) as Promise<WorkerAnalysis[]>,
    summarise: (jobs) => start().run({ kind: 'summarise', jobs } satisfies WorkerTask) as Promise<SummaryPart[]>,
    render: (jobs) => start().run({ kind: 'render', jobs } satisfies WorkerTask) as Promise<Array<string | null>>,
    warmUp: () => {
      for (let i = 0; i < threads; i++) start().run({ kind: 'warm-up' } satisfies WorkerTask).catch(() => undefined)
    },
    close: async () => {
      await pool?.destroy()
      pool = undefined
    },
  }
}

/** Splits work into batches: fewer messages than one per article, small enough to balance the threads. */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
