/**
 * The worker-thread pool for analysis (piscina: maintained, handles queueing, worker
 * crashes and shutdown). When the tool runs from TypeScript sources, each worker needs
 * the tsx loader too, so it is passed on through execArgv.
 */
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { AnalysisInput } from './analyse-task.ts'
import type { AnalysisRecord } from '../cache/article-data.ts'

const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './analyse-worker.ts' : './analyse-worker.js', import.meta.url)

export function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

export interface AnalysisPool {
  run(batch: AnalysisInput[]): Promise<AnalysisRecord[]>
  /** Peak resident memory of a worker is part of the build's; piscina reports none, so workers report their own. */
  close(): Promise<void>
}

export function createAnalysisPool(jobs: number): AnalysisPool {
  const execArgv = WORKER_URL.pathname.endsWith('.ts') ? ['--import', 'tsx'] : []
  const pool = new Piscina({ filename: WORKER_URL.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000, execArgv })
  return {
    run: (batch) => pool.run(batch) as Promise<AnalysisRecord[]>,
    close: () => pool.destroy(),
  }
}
