/**
 * The whole pipeline as a library function: load every article of a content folder,
 * analyse it, merge the glossary across articles, summarise, and render every
 * output file. An article that cannot be used is reported and left out; every other
 * article is still built.
 */
import { createHash } from 'node:crypto'
import { VFileMessage } from 'vfile-message'
import type { VFile } from 'vfile'
import { analyseFile, createAnalyser } from './analyse/index.ts'
import { memoByObject } from './analyse/memo.ts'
import { hasFatal, listArticleFiles, readArticles, slugOfPath, checkSlugs } from './load/content.ts'
import path from 'node:path'
import { analyseFiles, enoughForWorkers } from './workers/analyse-files.ts'
import { summariseWith, summaryInputKey } from './workers/summarise-files.ts'
import { createWorkerPool } from './workers/pool.ts'
import { prerenderArticlePages } from './workers/render-files.ts'
import type { AnalysisCache } from './cache/store.ts'
import { PageCache, recordMadeFrom, recordSummarisedAs } from './cache/page-cache.ts'
import { glossaryFingerprint } from './cache/article-data.ts'
import type { OutputManifest } from './cache/output-manifest.ts'
import { readArticlesStamped } from './cache/stamped-read.ts'
import { mergeGlossary, type Glossary } from './glossary/merge.ts'
import { createTranslator, type Translator } from './i18n.ts'
import { loadRules, summariseArticle, type AnalysedArticle, type NameForms, type NameLookup } from './summarise/index.ts'
import type { SummaryRule } from './summarise/rule.ts'
import { renderSite, type ArticleRecord, type RenderOptions, type SiteModel } from './render/index.ts'
import type { GlossaryEntry, SummarySentence } from './types.ts'
import type { SiteName } from './site/index.ts'
import type { WrittenPage } from './write.ts'

export interface BuildResult {
  /** Every output file, except the pages `outputs` says out/ already holds (those are in `reused`). */
  files: Map<string, string>
  /** Pages not rendered because out/ holds them as they would be (relative path → how to render them after all). */
  reused: Map<string, () => string>
  /** Pages written while the build ran (into `pagesDir`), not in `files`: path → file, and how to render them. */
  prewritten: Map<string, WrittenPage>
  /** The key of the inputs of every page (for the output manifest of the next build). */
  pageKeys: Map<string, string>
  model: SiteModel
  /** Every input file with its messages (warnings and the fatal error of a skipped article); their text is released once analysed. */
  reports: VFile[]
  failed: number
}

export interface BuildOptions {
  translator?: Translator
  /** The documentation site the pages are laid out for (default `vitepress`). */
  site?: SiteName
  /** Largest article file accepted, in bytes (default 5 MB). */
  maxBytes?: number
  /** Worker threads for analysis and summaries (default 1: all in this thread). */
  jobs?: number
  /** Analysis cache: unchanged articles are not analysed again. */
  cache?: AnalysisCache
  /** Progress of the analysis, for a progress bar or log lines. */
  onProgress?: (done: number, total: number) => void
  /** Summarises many articles (in worker threads, from a cache); default: one by one in this thread. */
  summariseAll?: SummariseAll
  /** Page renderers (default: those of render/; the build passes cached ones). */
  renderArticle?: RenderOptions['renderArticle']
  renderIndex?: RenderOptions['renderIndex']
  renderGlossary?: RenderOptions['renderGlossary']
  /** Runs once the site model is complete, before rendering (the build renders article pages in workers here). */
  beforeRender?: (model: SiteModel, translator: Translator) => Promise<void>
  /** What the output folder holds already (a rebuild renders only pages whose inputs changed). */
  outputs?: Pick<OutputManifest, 'canReuse' | 'keyFor'>
  reuse?: RenderOptions['reuse']
  /**
   * A folder beside out/ (write.ts pagesFolderFor) where the article pages rendered in
   * worker threads are written as they arrive, for writeOutput to move into out/.
   */
  pagesDir?: string
}

/** The glossary names of an article's entities, by entity key: all a summary needs from the glossary. */
export type NameTable = Record<string, NameForms>

/** The part of an article's record that the summariser makes: a function of the article and its name table only. */
export interface SummaryPart {
  summary: SummarySentence[]
  keyFacts: ArticleRecord['keyFacts']
  /**
   * A digest of `summary` and `keyFacts`, made with them (in the thread that summarises)
   * and cached with them: what the site-wide files show of a record is keyed by it, so
   * an edit that leaves the summary as it was does not re-render them (see page-cache.ts).
   */
  digest: string
  /** The English of the first summary sentence, if any: the English title is made from it (without the summary itself; see cache/store.ts). */
  leadEn: string | undefined
}

/** `glossary`: the fingerprint of the glossary the names come from, when known (see glossaryFingerprint). */
export type SummariseAll = (jobs: Array<{ article: AnalysedArticle; names: NameTable }>, context?: { glossary?: string }) => Promise<SummaryPart[]>

export function summaryPart(article: AnalysedArticle, rules: SummaryRule[], translator: Translator, table: NameTable): SummaryPart {
  const names: NameLookup = (key) => table[key]
  const summary = summariseArticle(article, rules, translator, names)
  // Key facts: what the rules found beyond the summary (already realised and guarded by the
  // summariser), without restating a shown sentence: the same rule with no new number says nothing new.
  const shown: SummarySentence[] = [...summary.sentences]
  const keyFacts: ArticleRecord['keyFacts'] = []
  for (const fact of summary.keyFacts) {
    if (keyFacts.length >= 5) break
    if (shown.some((other) => restates(fact, other))) continue
    shown.push(fact)
    keyFacts.push({ de: fact.de, en: fact.en })
  }
  return { summary: summary.sentences, keyFacts, digest: summaryDigest(summary.sentences, keyFacts), leadEn: summary.sentences[0]?.en }
}

export function summaryDigest(summary: SummarySentence[], keyFacts: ArticleRecord['keyFacts']): string {
  return createHash('sha256').update(JSON.stringify([summary, keyFacts])).digest('base64')
}

function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? []
}

/** Does `fact` say nothing that `other` (from the same rule) does not already say? */
function restates(fact: SummarySentence, other: SummarySentence): boolean {
  if (fact.de === other.de) return true
  if (fact.rule !== other.rule) return false
  const known = new Set(numbersIn(other.en))
  return numbersIn(fact.en).every((number) => known.has(number))
}

/** The glossary names of an article's entities. */
export function nameTableOf(article: Pick<AnalysedArticle, 'slug' | 'entities'>, glossary: Glossary): NameTable {
  const names: NameTable = {}
  for (const entity of article.entities) {
    const entry = glossary.entryOf(article.slug, entity.key)
    if (entry) names[entity.key] = namesOfEntry(entry)
  }
  return names
}

// One name object per glossary entry, shared by the name tables of every article naming
// it (issue 7: a warm build makes 10,000 tables; a popular entry is in thousands). Frozen:
// tables are read, never changed.
const namesOfEntry = memoByObject((entry: GlossaryEntry): NameForms => Object.freeze({ de: entry.de, en: entry.en, type: entry.type }))

/** Analyses the files; a fatal problem in one file is recorded on that file, not thrown. */
export function analyseAll(files: VFile[]): { articles: AnalysedArticle[]; failed: number } {
  const processor = createAnalyser()
  const articles: AnalysedArticle[] = []
  let failed = 0
  checkSlugs(files)
  for (const file of files) {
    // Files refused while loading (not text, too big, duplicate slug…) carry their fatal message already.
    if (hasFatal(file)) {
      failed++
      continue
    }
    try {
      articles.push(analyseFile(file, slugOfPath(file.path), processor))
    } catch (error) {
      failed++
      if (!(error instanceof VFileMessage)) {
        const reason = error instanceof Error ? error.message : String(error)
        const message = file.message(`Could not analyse this article: ${reason}`, { ruleId: 'internal-error', source: 'bilingual-digest' })
        message.fatal = true
        message.cause = error
      }
    }
  }
  return { articles, failed }
}

export async function buildSite(articles: AnalysedArticle[], options: BuildOptions = {}): Promise<{ files: Map<string, string>; model: SiteModel }> {
  const translator = options.translator ?? createTranslator()
  const rules = await loadRules()
  // The merge is a function of every article's slug and entities: a cached build whose
  // edits changed no article's entities takes the glossary the last build merged.
  const fingerprint = glossaryFingerprint(articles)
  const cached = fingerprint === undefined ? undefined : options.cache?.glossaryFor(fingerprint)
  const glossary = cached ?? mergeGlossary(articles.map((article) => ({ slug: article.slug, entities: article.entities })))
  if (fingerprint !== undefined && !cached) options.cache?.noteGlossary(fingerprint, glossary)
  // Summaries depend on the glossary only through the names of each article's entities:
  // passing those as data lets them run in worker threads and be cached.
  // Made when asked for: a summary found in the cache by a key the last build made from
  // the same glossary needs no name table (see summarise-files.ts).
  const jobs = articles.map((article) => {
    let names: NameTable | undefined
    return {
      article,
      get names() {
        return (names ??= nameTableOf(article, glossary))
      },
    }
  })
  const parts = options.summariseAll ? await options.summariseAll(jobs, { glossary: fingerprint }) : jobs.map((job) => summaryPart(job.article, rules, translator, job.names))
  const records: ArticleRecord[] = articles.map((article, index) => {
    const part = parts[index]
    const entries: GlossaryEntry[] = []
    for (const entity of article.entities) {
      const entry = glossary.entryOf(article.slug, entity.key)
      if (entry && !entries.includes(entry)) entries.push(entry)
    }
    const record: ArticleRecord = {
      slug: article.slug,
      meta: article.meta,
      title: { de: article.meta.title, en: englishTitle(part.leadEn ?? article.meta.title) },
      // Read from the part when shown: a cached part parses its sentences only then (a
      // warm build shows few of them; see cache/store.ts).
      get summary() {
        return part.summary
      },
      get keyFacts() {
        return part.keyFacts
      },
      entries,
    }
    const inputKey = summaryInputKey(part)
    if (inputKey !== undefined) recordMadeFrom(record, inputKey)
    recordSummarisedAs(record, part.digest)
    return record
  })
  const model: SiteModel = { articles: records, glossary: glossary.entries }
  await options.beforeRender?.(model, translator)
  return { files: renderSite(model, translator, { site: options.site, renderArticle: options.renderArticle, renderIndex: options.renderIndex, renderGlossary: options.renderGlossary, reuse: options.reuse }), model }
}

function pageReuse(pages: PageCache, outputs: Pick<OutputManifest, 'canReuse'>): NonNullable<RenderOptions['reuse']> {
  return {
    articleKey: (article, model, context, anchors, order) => pages.articleKey(article, model, context, anchors, order),
    indexKey: (model, context) => pages.indexKey(model, context),
    glossaryKey: (model, context) => pages.glossaryKey(model, context),
    entryKey: (entry, model, context, anchor, order) => pages.entryKey(entry, model, context, anchor, order),
    modelFileKey: (file, model, site) => pages.modelFileKey(file, model, site),
    glossaryFileKey: (file, model, site) => pages.glossaryFileKey(file, model, site),
    has: (path, key) => outputs.canReuse(path, key),
    keys: new Map(),
    reused: new Map(),
    written: (key) => pages.writtenFile(key),
    prewritten: new Map(),
  }
}

/** An English title for a German article: its first English summary sentence, cut short. */
function englishTitle(sentence: string): string {
  let text = sentence.replace(/\.$/, '')
  // Shorten as an editor would: drop the attribution at the end (`, X said`), then
  // comma-bounded insertions (`, with mediation by …,`), before cutting words.
  const shorter = [/, [^,]+ (?:said|says|announced|confirmed|reported)$/, /, according to [^,]+$/, /, [a-z][^,]*,(?= )/]
  for (const pattern of shorter) {
    if (text.length <= 90) break
    text = text.replace(pattern, '')
  }
  if (text.length <= 90) return text
  const cut = text.lastIndexOf(' ', 87)
  return text.slice(0, cut > 40 ? cut : 87) + ' …'
}

export async function buildFromContent(contentDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const paths = await listArticleFiles(contentDir)
  // Workers start only if there is enough uncached work for them (see src/workers/).
  const pool = (options.jobs ?? 1) >= 2 ? createWorkerPool(options.jobs!) : undefined
  // When the cache knows few of the files (a first build), the workers load their word
  // lists and models while this thread reads the files.
  const cache = options.cache
  if (pool && enoughForWorkers(cache ? paths.filter((file) => !cache.stampOf(path.resolve(file))).length : paths.length)) pool.warmUp()
  try {
    const files = cache ? readArticlesStamped(paths, { maxBytes: options.maxBytes }, cache) : readArticles(paths, { maxBytes: options.maxBytes })
    const { articles, failed, provisional } = await analyseFiles(files, { pool, cache: options.cache, onProgress: options.onProgress })
    // The files stay for their messages only: their text (tens of MB for a large archive) is not kept to the end.
    for (const file of files) file.value = ''
    const summariseAll = options.summariseAll ?? summariseWith({ pool, cache: options.cache, provisional })
    // Page keys (what out/ already holds) and pages rendered in workers, for this build.
    const pages = pool || options.outputs ? PageCache.inMemory(options.outputs) : undefined
    const reuse = options.outputs && pages ? pageReuse(pages, options.outputs) : undefined
    const { files: outputs, model } = await buildSite(articles, {
      ...options,
      summariseAll,
      reuse,
      renderArticle: options.renderArticle ?? pages?.renderer(),
      renderIndex: options.renderIndex ?? pages?.indexRenderer(),
      renderGlossary: options.renderGlossary ?? pages?.glossaryRenderer(),
      beforeRender:
        options.beforeRender ??
        (pool && pages && !options.translator
          ? async (model, translator) => {
              await prerenderArticlePages(model, translator, options.site, pages, pool, options.outputs, reuse ? options.pagesDir : undefined)
              // The threads' work is done: their memory is freed before the site pages are assembled (issue 7's memory target).
              await pool.close()
            }
          : undefined),
    })
    await options.cache?.save()
    return { files: outputs, reused: reuse?.reused ?? new Map(), prewritten: reuse?.prewritten ?? new Map(), pageKeys: reuse?.keys ?? new Map(), model, reports: files, failed }
  } finally {
    await pool?.close()
  }
}
