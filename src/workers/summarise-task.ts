/**
 * Summarising articles as a self-contained task: the analysed article and the glossary
 * names of its entities in, the summary part of its record out. Runs in worker threads
 * and in the main thread alike; rules and translator are loaded once per thread.
 */
import { summaryPart, type NameTable, type SummaryPart } from '../build.ts'
import { createTranslator, type Translator } from '../i18n.ts'
import { loadRules } from '../summarise/index.ts'
import type { SummaryRule } from '../summarise/rule.ts'
import { bodyFromSource } from '../cache/reanalyse.ts'
import { fromArticleData, type AnalysedArticleData, type LightArticle } from '../cache/article-data.ts'

/** An article to summarise: whole, or (cached) as its light part and its article file, whose body the thread that summarises it makes again. */
export type SummaryJobData = ({ article: AnalysedArticleData } | { light: LightArticle; sourcePath: string }) & { names: NameTable }

function articleOf(job: SummaryJobData): AnalysedArticleData {
  if ('article' in job) return job.article
  return { ...job.light, ...bodyFromSource(job.sourcePath, job.light.sourceHash) }
}

let translator: Translator | undefined
let rules: SummaryRule[] | undefined

export async function summariseJobs(jobs: SummaryJobData[]): Promise<SummaryPart[]> {
  rules ??= await loadRules()
  translator ??= createTranslator()
  return jobs.map((job) => summaryPart(fromArticleData(articleOf(job)), rules!, translator!, job.names))
}
