/**
 * Analysing one article, as a self-contained task: text in, plain data out. The same
 * function runs in the main thread (--jobs 1) and in worker threads, so both give the
 * same result. A fatal problem becomes a message, never an exception.
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { analyseFile, createAnalyser } from '../analyse/index.ts'
import { slugOfPath } from '../load/article-slug.ts'
import { messagesOf, lightRecordOf, toArticleData, type AnalysisRecord, type LightRecord } from '../cache/article-data.ts'
import { FullNamesSeen, namesInArticle } from '../glossary/merge.ts'
import type { NameTable, SummaryPart } from '../build.ts'
import { summariseJobs } from './summarise-task.ts'

export interface AnalysisInput {
  path: string
  value: string
  /** With a cache: the hash of the file's bytes; the worker then returns only the light part (the body is made again from the file if ever needed). */
  contentHash?: string
}

/** What a worker gives back: the analysis (only its light part, with a cache), and a summary made with the article's own names. */
export interface WorkerAnalysis {
  record: AnalysisRecord | LightRecord
  light: boolean
  provisional?: ProvisionalSummary
}

/**
 * A summary made in the worker right after the analysis, with the names the article's
 * entities get from a glossary of this article alone (a family name alone may take a
 * full name seen in the articles this thread analysed before). The build uses it when the whole
 * archive's glossary gives the same names (it almost always does), so the article need
 * not travel to a worker again; otherwise the article is summarised again. Either way the
 * summary is the one its names give: the output does not depend on which path made it.
 */
export interface ProvisionalSummary {
  names: NameTable
  part: SummaryPart
}

/** The full person names of the articles this thread has analysed: most names recur across an archive. */
const fullNamesSeen = new FullNamesSeen()

export async function analyseInWorker(input: AnalysisInput): Promise<WorkerAnalysis> {
  const record = analyseInput(input)
  if (!record.article) return { record, light: false }
  fullNamesSeen.observe(record.article)
  const names: NameTable = namesInArticle(record.article, fullNamesSeen)
  const [part] = await summariseJobs([{ article: record.article, names }])
  if (input.contentHash === undefined) return { record, light: false, provisional: { names, part } }
  return { record: lightRecordOf(record, input.contentHash), light: true, provisional: { names, part } }
}

/**
 * Analyses and summarises a sample article and throws the result away: a worker loads its
 * word lists, lexicon, models and rules on first use, and this lets it do so while the
 * main thread is still reading the content files (a first build of a large archive).
 */
export async function warmUp(): Promise<void> {
  const value = readFileSync(new URL('./warm-up-article.md', import.meta.url), 'utf8')
  await analyseInWorker({ path: 'warm-up-article.md', value })
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
