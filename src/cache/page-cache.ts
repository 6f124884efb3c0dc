/**
 * Keys of pages and the pages of one build rendered ahead (in worker threads). A page is
 * a function of its article record, the glossary entries it names (their names, roles
 * and anchors, not the other articles that name them), its language, site layout and
 * sidebar position; the tool, rules and locales version is the cache folder's. The same
 * keys tell a rebuild which pages out/ already holds (cache/output-manifest.ts): out/
 * itself is the store of the last build's pages.
 */
import { createHash } from 'node:crypto'
import { renderArticlePage } from '../render/article-page.ts'
import { renderGlossaryPage } from '../render/glossary-page.ts'
import { renderIndexPage } from '../render/index-page.ts'
import type { ArticleRecord, SiteModel } from '../render/model.ts'
import type { GlossaryEntry } from '../types.ts'
import type { PageContext } from '../render/page.ts'
import type { OutputManifest } from './output-manifest.ts'
import { memoByObject, memoByString } from '../analyse/memo.ts'

export class PageCache {
  private readonly used = new Map<string, unknown>()
  /** Pages written to files ahead of renderSite (by key): their text is not kept. */
  private readonly written = new Map<string, string>()

  /**
   * @param outputs what out/ holds: an article or entry page made from inputs with the
   * signature its page there was made from has that page's key (see articleKey).
   */
  private constructor(private readonly outputs?: Pick<OutputManifest, 'keyFor'>) {}

  /** Pages live for one build: they let pages rendered in workers be used by renderSite. */
  static inMemory(outputs?: Pick<OutputManifest, 'keyFor'>): PageCache {
    return new PageCache(outputs)
  }

  private reuse<T>(key: string, render: () => T): T {
    let page = this.used.get(key) as T | undefined
    if (page === undefined) this.used.set(key, (page = render()))
    return page
  }

  /** A renderArticlePage that reuses the page when nothing it depends on changed. */
  renderer(): typeof renderArticlePage {
    return (article, context, anchors, order) => this.reuse(pageKey(article, context, anchors, order), () => renderArticlePage(article, context, anchors, order))
  }

  /**
   * Index and glossary pages list every article, so they are reused only when no title,
   * date, summary or glossary entry changed; rendering them is still the costliest part
   * of a warm build of a large archive, and such a rebuild usually changes none of that.
   */
  indexRenderer(): typeof renderIndexPage {
    return (model, context) => this.reuse(this.indexKey(model, context), () => renderIndexPage(model, context))
  }

  glossaryRenderer(): typeof renderGlossaryPage {
    return (model, context) => this.reuse(this.glossaryKey(model, context), () => renderGlossaryPage(model, context))
  }

  indexKey(model: SiteModel, context: PageContext): string {
    return sitePageKey('index', modelDigest(model), context)
  }

  glossaryKey(model: SiteModel, context: PageContext): string {
    return sitePageKey('glossary', glossaryDigest(model), context)
  }

  /**
   * The key of an article page. A page whose inputs have the signature the page out/
   * holds was made from (articleSignature) has that page's key, taken from out/'s
   * manifest: equal signatures mean equal keys, and a signature is cheaper to make
   * (issue 7: keying 20,000 pages was a tenth of a warm build). Otherwise it is computed.
   */
  articleKey(article: ArticleRecord, model: SiteModel, context: PageContext, anchors: Map<string, string>, order: number): string {
    const recorded = this.outputs?.keyFor(context.site.pagePath(context.lang, context.page), articleContext(model.glossary)(context.site.name), this.articleSignature(article, order))
    return recorded ?? pageKey(article, context, anchors, order)
  }

  /**
   * The page of a glossary entry named in many articles: the entry, the titles and dates
   * of its articles, its anchor on the glossary page and its place in the sidebar. The
   * articles' part is hashed once per entry for both languages (issue 7: an entry can
   * name thousands of articles, and every rebuild keys every entry page).
   */
  entryKey(entry: GlossaryEntry, model: SiteModel, context: PageContext, anchor: string, order: number): string {
    // As articleKey: the signature is the page's place, in the context of the model as
    // shown (every record and the glossary: the entry, its articles' titles and dates, its anchor).
    const recorded = this.outputs?.keyFor(context.site.pagePath(context.lang, context.page), entryContext(model)(context.site.name), `entry\0${order}`)
    if (recorded !== undefined) return recorded
    let articles = this.entryArticles.get(entry)
    if (articles === undefined) {
      const labels = this.articleLabels(model)
      articles = createHash('sha256')
        .update(entry.articles.map((slug) => labels.get(slug) ?? JSON.stringify([slug])).join('\n'))
        .digest('hex')
      this.entryArticles.set(entry, articles)
    }
    return createHash('sha256')
      .update(JSON.stringify(['entry', digestOfEntry(entry), articles, context.lang, context.site.name, context.page, anchor, order]))
      .digest('hex')
  }

  private readonly entryArticles = new WeakMap<GlossaryEntry, string>()
  private readonly labels = new WeakMap<SiteModel, Map<string, string>>()

  /** What an entry page shows of each article (slug → its slug, titles and date as JSON), made once per model. */
  private articleLabels(model: SiteModel): Map<string, string> {
    let labels = this.labels.get(model)
    if (!labels) {
      labels = new Map(model.articles.map((article) => [article.slug, JSON.stringify([article.slug, article.title.de, article.title.en, article.meta.date])]))
      this.labels.set(model, labels)
    }
    return labels
  }

  /**
   * An article page's own inputs, in the context of the glossary's entries as pages show
   * them (hence the anchors of their headings) and the site: the record's digest, the
   * entries it names and the page's sidebar position; its language and name are those of
   * its path. One string per record for both languages' pages, each asked for twice
   * (rendering ahead, then assembling).
   */
  private articleSignature(article: ArticleRecord, order: number): string {
    let signature = this.signatures.get(article)
    if (signature === undefined || signature.order !== order) {
      const text = `article\0${digestOfRecord(article)}\0${article.entries.map((entry) => entry.id).join('\u0001')}\0${order}`
      this.signatures.set(article, (signature = { order, text }))
    }
    return signature.text
  }

  private readonly signatures = new WeakMap<ArticleRecord, { order: number; text: string }>()

  /** A site file that shows every record (summaries.json, the site's configuration), for this site. */
  modelFileKey(file: string, model: SiteModel, site: string): string {
    return createHash('sha256').update(JSON.stringify(['model-file', file, site, modelDigest(model)])).digest('hex')
  }

  /** A site file made from the glossary alone (glossary.json, the TBX and TSV exports). */
  glossaryFileKey(file: string, model: SiteModel, site: string): string {
    return createHash('sha256').update(JSON.stringify(['glossary-file', file, site])).update(glossaryJson(model)).digest('hex')
  }

  has(key: string): boolean {
    return this.used.has(key) || this.written.has(key)
  }

  /** A page written to `file` (in the build's pages folder) under the key renderSite will ask for. */
  putWritten(key: string, file: string): void {
    this.written.set(key, file)
  }

  writtenFile(key: string): string | undefined {
    return this.written.get(key)
  }

  /** A page rendered elsewhere (in a worker thread), under the key renderer() will ask for. */
  put(key: string, page: string): void {
    this.used.set(key, page)
  }
}

function sitePageKey(kind: string, modelDigest: string, context: PageContext): string {
  return createHash('sha256').update(JSON.stringify([kind, modelDigest, context.lang, context.site.name, context.page])).digest('hex')
}

// A build asks for the key of each page twice (rendering in workers, then assembling):
// remembered per record, page and anchors, since hashing is a visible share of a warm build.
const keyMemo = new WeakMap<ArticleRecord, Map<string, { anchors: Map<string, string>; key: string }>>()

export function pageKey(article: ArticleRecord, context: PageContext, anchors: Map<string, string>, order: number): string {
  const slot = `${context.lang}\0${context.site.name}\0${context.page}\0${order}`
  const memo = keyMemo.get(article)?.get(slot)
  if (memo && memo.anchors === anchors) return memo.key
  const key = computePageKey(article, context, anchors, order)
  if (!keyMemo.has(article)) keyMemo.set(article, new Map())
  keyMemo.get(article)!.set(slot, { anchors, key })
  return key
}

// The parts of a page key that do not depend on the page: an article's own record (the
// same for both languages) and each glossary entry (shared by every article naming it),
// serialised and hashed once each instead of once per page (issue 7: keying 20,000 pages
// was a fifth of a warm build).
const digest = (text: string) => createHash('sha256').update(text).digest('base64')

/** The digest of an object without one of its fields, remembered per object. */
function digestWithout<T extends object>(field: keyof T): (value: T) => string {
  const known = new WeakMap<T, string>()
  return (value) => {
    let result = known.get(value)
    if (result === undefined) {
      const { [field]: _omitted, ...rest } = value
      known.set(value, (result = digest(JSON.stringify(rest))))
    }
    return result
  }
}

/** A record without its entries (keyed by digest of their own, with their anchors). */
const digestOfRecord = (record: ArticleRecord): string => {
  const inputs = recordInputs.get(record)
  return inputs === undefined ? serialisedRecordDigest(record) : inputs
}
const serialisedRecordDigest = digestWithout<ArticleRecord>('entries')

// Records known by the key of the inputs they were made from (see recordMadeFrom).
const recordInputs = new WeakMap<ArticleRecord, string>()

/**
 * Says that everything in `record` but its entries was made from inputs with this key
 * (the summary's key: article file, slug, entity names; the tool version is the cache
 * folder's), so its pages are keyed by it instead of by serialising the record (issue 7:
 * that was a tenth of a warm build of 10,000 articles). Marked apart from the serialised
 * digests, so the two kinds of key never meet.
 */
export function recordMadeFrom(record: ArticleRecord, inputKey: string): void {
  recordInputs.set(record, `inputs:${inputKey}`)
}
/**
 * Says that the summary and key facts of `record` have this digest (SummaryPart.digest):
 * with its slug and front matter, all the site-wide files show of it (see modelDigest).
 */
export function recordSummarisedAs(record: ArticleRecord, summaryDigest: string): void {
  recordSummaries.set(record, summaryDigest)
}
const recordSummaries = new WeakMap<ArticleRecord, string>()

/** The glossary as JSON, made once per model (several keys cover it; for 10,000 articles it is megabytes). */
const glossaryJson = memoByObject((model: SiteModel): string => JSON.stringify(model.glossary))

/**
 * The glossary page shows the glossary, article titles and (to pick an entry's newest
 * articles) dates only: an edited summary does not change it.
 */
const glossaryDigest = memoByObject((model: SiteModel): string => {
  const titles = model.articles.map((article) => [article.slug, article.title, article.meta.date])
  return createHash('sha256').update(glossaryJson(model)).update('\0').update(JSON.stringify(titles)).digest('hex')
})

/**
 * Everything the site-wide files show (index pages, summaries.json, the site's
 * configuration): each record by what it shows, not by what it was made from, so an
 * edit that leaves an article's title, date and summary as they were (a typo fixed in
 * the body, a paragraph added) does not re-render and rewrite them (issue 7: for
 * 10,000 articles they are 20 MB, a sixth of a warm build). A record's summary is
 * known by the digest made with it (cached with it); its slug and front matter are
 * small. Entries are keyed by id; their full text is hashed once, with the glossary.
 */
const modelDigest = memoByObject((model: SiteModel): string => {
  // One text hashed at once: five hash updates per record were most of the 54 ms this took
  // for 10,000 records in every warm build (issue 7).
  let text = ''
  for (const article of model.articles) {
    const summary = recordSummaries.get(article)
    if (summary === undefined) text += 'record\0' + serialisedRecordDigest(article)
    else text += 'shown\0' + article.slug + '\0' + JSON.stringify(article.meta) + '\0' + summary
    text += '\0' + article.entries.map((entry) => entry.id).join('\u0001') + '\n'
  }
  return createHash('sha256').update(text).update(glossaryJson(model)).digest('hex')
})

/** Each glossary entry as pages show it (not its list of articles), for the signatures of article pages. */
const entriesDigest = memoByObject((entries: GlossaryEntry[]): string => createHash('sha256').update(entries.map(digestOfEntry).join('\0')).digest('base64'))

/**
 * The contexts of the signatures of article pages (the glossary's entries as pages show
 * them, and the site) and of entry pages (the whole model as shown, and the site): one
 * string per build and site, asked for by every page.
 */
const articleContext = memoByObject((entries: GlossaryEntry[]) => memoByString((site: string) => `articles\0${entriesDigest(entries)}\0${site}`))
const entryContext = memoByObject((model: SiteModel) => memoByString((site: string) => `entries\0${modelDigest(model)}\0${site}`))

/** An entry without the list of articles that name it (pages do not show it). */
const digestOfEntry = digestWithout<GlossaryEntry>('articles')

function computePageKey(article: ArticleRecord, context: PageContext, anchors: Map<string, string>, order: number): string {
  const parts = [digestOfRecord(article), context.lang, context.site.name, context.page, String(order)]
  // An entry without an anchor on this page is keyed as such (`\u0001`), apart from any anchor text.
  for (const entry of article.entries) parts.push(digestOfEntry(entry), anchors.get(entry.id) ?? '\u0001')
  return digest(parts.join('\0'))
}
