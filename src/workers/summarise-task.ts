/**
 * Summarising articles as a self-contained task: the analysed article and the glossary
 * names of its entities in, the summary part of its record out. Runs in worker threads
 * and in the main thread alike; rules and translator are loaded once per thread.
 */
import { summaryPart, type NameTable, type SummaryPart } from '../build.ts'
import { createTranslator, type Translator } from '../i18n.ts'
import { loadRules } from '../summarise/index.ts'
import type { SummaryRule } from '../summarise/rule.ts'
import { readEntrySync } from '../cache/entry-file.ts'
import { fromArticleData, type AnalysedArticleData, type ArticleBody, type LightArticle } from '../cache/article-data.ts'

/** An article to summarise: whole, or (cached) as its light part and the file of its body, read by the thread that summarises it. */
export type SummaryJobData = ({ article: AnalysedArticleData } | { light: LightArticle; bodyPath: string }) & { names: NameTable }

function articleOf(job: SummaryJobData): AnalysedArticleData {
  if ('article' in job) return job.article
  return { ...job.light, ...(readEntrySync(job.bodyPath) as ArticleBody) }
}

let translator: Translator | undefined
let rules: SummaryRule[] | undefined

export async function summariseJobs(jobs: SummaryJobData[]): Promise<SummaryPart[]> {
  rules ??= await loadRules()
  translator ??= createTranslator()
  return jobs.map((job) => summaryPart(fromArticleData(articleOf(job)), rules!, translator!, job.names))
}
