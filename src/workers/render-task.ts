/**
 * Rendering article pages as a self-contained task, for worker threads: the record,
 * the anchors of the glossary entries it names and the page's place in, Markdown out.
 * Glossary entries travel without their list of articles (thousands of slugs for a
 * common name, and not shown on an article page).
 */
import { renderArticlePage } from '../render/article-page.ts'
import type { ArticleRecord } from '../render/model.ts'
import { createTranslator, type Translator } from '../i18n.ts'
import { siteAdapter, type SiteName } from '../site/index.ts'
import type { Lang } from '../types.ts'

export interface RenderJob {
  record: ArticleRecord
  lang: Lang
  site: SiteName
  page: string
  anchors: Array<[string, string]>
  order: number
}

let translator: Translator | undefined

export function renderJobs(jobs: RenderJob[]): string[] {
  translator ??= createTranslator()
  return jobs.map((job) =>
    renderArticlePage(job.record, { lang: job.lang, t: translator!.t(job.lang), site: siteAdapter(job.site), page: job.page as never }, new Map(job.anchors), job.order),
  )
}
