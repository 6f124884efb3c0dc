/** Worker-thread entry (piscina): runs a batch of analysis, summary or page-rendering tasks. */
import { analyseInput } from './analyse-task.ts'
import { summariseJobs } from './summarise-task.ts'
import { renderJobs } from './render-task.ts'
import type { WorkerTask } from './pool.ts'

export default async function runTask(task: WorkerTask): Promise<unknown> {
  if (task.kind === 'analyse') return task.inputs.map((input) => analyseInput(input))
  if (task.kind === 'render') return renderJobs(task.jobs)
  return summariseJobs(task.jobs)
}
