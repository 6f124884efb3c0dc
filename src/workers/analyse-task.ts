/**
 * Analysing one article, as a self-contained task: text in, plain data out. The same
 * function runs in the main thread (--jobs 1) and in worker threads, so both give the
 * same result. A fatal problem becomes a message, never an exception.
 */
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { analyseFile, createAnalyser } from '../analyse/index.ts'
import { slugOfPath } from '../load/article-slug.ts'
import { messagesOf, toArticleData, type AnalysisRecord } from '../cache/article-data.ts'

export interface AnalysisInput {
  path: string
  value: string
}

let processor: ReturnType<typeof createAnalyser> | undefined

export function analyseInput(input: AnalysisInput): AnalysisRecord {
  processor ??= createAnalyser()
  const file = new VFile({ path: input.path, value: input.value })
  try {
    const article = analyseFile(file, slugOfPath(input.path), processor)
    return { article: toArticleData(article), messages: messagesOf(file) }
  } catch (error) {
    if (!(error instanceof VFileMessage)) {
      const reason = error instanceof Error ? error.message : String(error)
      const message = file.message(`Could not analyse this article: ${reason}`, { ruleId: 'internal-error', source: 'bilingual-digest' })
      message.fatal = true
      const record: AnalysisRecord = { messages: messagesOf(file) }
      // The stack trace is kept for --debug; the reporter shows it only then.
      record.messages[record.messages.length - 1].stack = error instanceof Error ? error.stack : undefined
      return record
    }
    return { messages: messagesOf(file) }
  }
}
