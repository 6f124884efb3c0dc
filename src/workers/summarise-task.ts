/**
 * Summarising articles as a self-contained task: the analysed article and the glossary
 * names of its entities in, the summary part of its record out. Runs in worker threads
 * and in the main thread alike; rules and translator are loaded once per thread.
 */
import { summaryPart, type NameTable, type SummaryPart } from '../build.ts'
import { createTranslator, type Translator } from '../i18n.ts'
import { loadRules } from '../summarise/index.ts'
import type { SummaryRule } from '../summarise/rule.ts'
import { fromArticleData, type AnalysedArticleData } from '../cache/article-data.ts'

export interface SummaryJobData {
  article: AnalysedArticleData
  names: NameTable
}

let translator: Translator | undefined
let rules: SummaryRule[] | undefined

export async function summariseJobs(jobs: SummaryJobData[]): Promise<SummaryPart[]> {
  rules ??= await loadRules()
  translator ??= createTranslator()
  return jobs.map((job) => summaryPart(fromArticleData(job.article), rules!, translator!, job.names))
}
