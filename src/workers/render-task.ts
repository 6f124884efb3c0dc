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
import { writeFileSync } from 'node:fs'

export interface RenderJob {
  record: ArticleRecord
  lang: Lang
  site: SiteName
  page: string
  anchors: Array<[string, string]>
  order: number
  /**
   * Where to write the page (in the build's pages folder, see write.ts pagesFolderFor):
   * the thread writes it and gives back null, so the page neither travels back nor
   * takes the main thread's time to write (issue 7: writing 20,000 pages there competed
   * with the workers for the two cores of a cold build). Without it, the page is given back.
   * Its folder exists already: the thread never makes one, so after a signal removed
   * the pages folder its writes fail instead of leaving a folder behind.
   */
  file?: string
}

let translator: Translator | undefined

export function renderJobs(jobs: RenderJob[]): Array<string | null> {
  translator ??= createTranslator()
  return jobs.map((job) => {
    const page = renderArticlePage(job.record, { lang: job.lang, t: translator!.t(job.lang), site: siteAdapter(job.site), page: job.page as never }, new Map(job.anchors), job.order)
    if (job.file === undefined) return page
    writeFileSync(job.file, page)
    return null
  })
}
