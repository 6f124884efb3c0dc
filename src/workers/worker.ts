/** Worker-thread entry (piscina): runs a batch of analysis, summary or page-rendering tasks. */
import { analyseInWorker, warmUp, type WorkerAnalysis } from './analyse-task.ts'
import { summariseJobs } from './summarise-task.ts'
import { renderJobs } from './render-task.ts'
import type { WorkerTask } from './pool.ts'

export default async function runTask(task: WorkerTask): Promise<unknown> {
  if (task.kind === 'analyse') {
    const results: WorkerAnalysis[] = []
    for (const input of task.inputs) results.push(await analyseInWorker(input))
    return results
  }
  if (task.kind === 'render') return renderJobs(task.jobs)
  if (task.kind === 'warm-up') return warmUp()
  return summariseJobs(task.jobs)
}
