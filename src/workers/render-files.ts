/**
 * Renders the article pages of a build in worker threads, before renderSite runs:
 * rendering (mdast → Markdown) is the costliest single-threaded step of a cold build.
 * The pages go into the page cache under the keys renderSite's cached renderer asks
 * for, so renderSite itself only assembles them; with a pages folder, the threads write
 * them there themselves and only the files are recorded. Pages the cache already has
 * are not rendered again.
 */
import { LANGS, type Translator } from '../i18n.ts'
import { sidebarOrder, sortedArticles } from '../render/index-page.ts'
import { glossaryAnchorsFor } from '../render/glossary-page.ts'
import { articlePage, type PageContext } from '../render/page.ts'
import type { ArticleRecord, SiteModel } from '../render/model.ts'
import type { GlossaryEntry } from '../types.ts'
import { DEFAULT_SITE, siteAdapter, type SiteName } from '../site/index.ts'
import type { PageCache } from '../cache/page-cache.ts'
import type { OutputManifest } from '../cache/output-manifest.ts'
import { folderMaker, insideFolder } from '../write.ts'
import { batches, type WorkerPool } from './pool.ts'
import type { RenderJob } from './render-task.ts'

const MIN_PAGES_FOR_WORKERS = 160
const BATCH_SIZE = 64

/**
 * A record as a worker needs it: its entries without their article lists (an entry named
 * in thousands of articles would otherwise be cloned with thousands of slugs). One copy
 * per entry and per record, shared by the jobs of both languages (the jobs of a large
 * archive held half a million entry copies at once).
 */
function withoutArticleLists(record: ArticleRecord, entries: Map<GlossaryEntry, GlossaryEntry>, records: Map<ArticleRecord, ArticleRecord>): ArticleRecord {
  let copy = records.get(record)
  if (!copy) {
    const stripped = (entry: GlossaryEntry) => {
      let light = entries.get(entry)
      if (!light) entries.set(entry, (light = { ...entry, articles: [] }))
      return light
    }
    records.set(record, (copy = { ...record, entries: record.entries.map(stripped) }))
  }
  return copy
}

/**
 * @param outputs what out/ holds already: those pages are not rendered.
 * @param pagesDir where to write the pages as they arrive (their text is then not kept).
 */
export async function prerenderArticlePages(
  model: SiteModel,
  translator: Translator,
  site: SiteName | undefined,
  pages: PageCache,
  pool: WorkerPool,
  outputs?: Pick<OutputManifest, 'canReuse'>,
  pagesDir?: string,
): Promise<void> {
  const siteName = site ?? DEFAULT_SITE
  const adapter = siteAdapter(siteName)
  const sorted = sortedArticles(model)
  const jobs: RenderJob[] = []
  const strippedEntries = new Map<GlossaryEntry, GlossaryEntry>()
  const strippedRecords = new Map<ArticleRecord, ArticleRecord>()
  const keys: string[] = []
  // A path that would leave the pages folder is not written there: writeOutput refuses it with a message.
  const inPagesDir = pagesDir ? insideFolder(pagesDir) : undefined
  // The threads write into folders made here (see RenderJob.file).
  const makeFolderOf = folderMaker()
  // The thread wrote the page to its file (null), or gave it back.
  const keep = (page: string | null, index: number) => {
    const file = jobs[index].file
    if (page === null && file !== undefined) pages.putWritten(keys[index], file)
    else if (page !== null) pages.put(keys[index], page)
  }
  // Batches go to the threads as soon as they are full, once there are enough pages for
  // threads at all: they render while this thread keys the rest (issue 7: keying 20,000
  // pages first left both threads waiting for 0.4 s of a cold build), and this thread
  // lets the pool hand them out as threads finish one. A batch a worker
  // could not finish is left to renderSite, which renders what the cache lacks.
  const rendering: Array<Promise<void>> = []
  let sent = 0
  const send = (upTo: number) => {
    for (const batch of batches(jobs.slice(sent, upTo), BATCH_SIZE)) {
      const first = sent
      sent += batch.length
      for (const job of batch) if (job.file !== undefined) makeFolderOf(job.file)
      rendering.push(
        pool.render(batch).then(
          (rendered) => rendered.forEach((page, i) => keep(page, first + i)),
          () => undefined,
        ),
      )
    }
  }
  for (const lang of LANGS) {
    const t = translator.t(lang)
    const context = (page: PageContext['page']): PageContext => ({ lang, t, site: adapter, page })
    // The anchors come from the glossary's headings alone (renderSite links with the same
    // ones), so the workers start before the glossary page itself is rendered.
    const anchors = glossaryAnchorsFor(model.glossary, lang, adapter, translator)
    for (const article of sorted) {
      const page = articlePage(article.slug)
      const order = sidebarOrder(model, article)
      const path = adapter.pagePath(lang, page)
      const key = pages.articleKey(article, model, context(page), anchors, order)
      if (pages.has(key) || outputs?.canReuse(path, key)) continue
      const named = article.entries.map((entry) => entry.id).filter((id) => anchors.has(id))
      jobs.push({ record: withoutArticleLists(article, strippedEntries, strippedRecords), lang, site: siteName, page, anchors: named.map((id) => [id, anchors.get(id)!]), order, file: inPagesDir?.(path) })
      keys.push(key)
      if (jobs.length >= MIN_PAGES_FOR_WORKERS && jobs.length % BATCH_SIZE === 0) {
        send(jobs.length)
        // A turn of the event loop, in which the pool hands queued batches to threads that finished one.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
  }
  if (jobs.length < MIN_PAGES_FOR_WORKERS) return
  send(jobs.length)
  // The index and glossary pages are left to renderSite, once the workers are closed:
  // rendered here meanwhile they saved no time and added 150-200 MB to the peak memory.
  await Promise.all(rendering)
}
