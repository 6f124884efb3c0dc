/** Worker-thread entry (piscina): analyses a batch of articles; batches keep message overhead low. */
import { analyseInput, type AnalysisInput } from './analyse-task.ts'
import type { AnalysisRecord } from '../cache/article-data.ts'

export default function analyseBatch(inputs: AnalysisInput[]): AnalysisRecord[] {
  return inputs.map((input) => analyseInput(input))
}
