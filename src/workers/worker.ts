/** Worker-thread entry (piscina): runs a batch of analysis or summary tasks. */
import { analyseInput } from './analyse-task.ts'
import { summariseJobs } from './summarise-task.ts'
import type { WorkerTask } from './pool.ts'

export default async function runTask(task: WorkerTask): Promise<unknown> {
  if (task.kind === 'analyse') return task.inputs.map((input) => analyseInput(input))
  return summariseJobs(task.jobs)
}
