/**
 * The on-disk cache: one analysis per (article bytes, slug) and one summary per
 * (article, glossary names of its entities), in a folder named
 * after the environment key, so entries of an older tool, lexicon or locale version are
 * never read (and their folders are pruned). Entries are v8-serialised (keeps shared
 * references, faster than JSON) and written through a rename, so a killed build leaves
 * either a whole entry or none; an unreadable entry is a miss, never an error.
 *
 * The light part of each analysis and the summaries live in one index file, read when
 * the cache is opened and written by save() with the entries the build used, as a base
 * and a log of the few entries a rebuild changes (journal.ts) (issue 7:
 * reading 20,000 small files was a tenth of a warm build of 10,000 articles). Article
 * bodies are not stored: the few a rebuild needs (to summarise an unchanged article
 * again) are made again from the article files (cache/reanalyse.ts). A build killed
 * before save() leaves the previous index: its new entries are just made again.
 *
 * The index also keeps what the last build derived from the whole archive, under the
 * fingerprint of the glossary's inputs (every article's slug and entities): the merged
 * glossary and each article's summary key. A build whose fingerprint is the same takes
 * them as they are; any other build makes them again.
 */
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { lightRecordOf, type AnalysisRecord, type LightRecord, type MessageData } from './article-data.ts'
import type { SummaryPart } from '../build.ts'
import { environmentKey } from './env-key.ts'
import { JournaledFile } from './journal.ts'
import type { ArticleEntity } from '../types.ts'
import { glossaryFromData, type Glossary, type GlossaryData } from '../glossary/merge.ts'

// node_modules/.cache is where JavaScript tools conventionally keep caches: already ignored by git.
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/bilingual-digest'

interface CacheIndex {
  analyses: Map<string, LightRecord>
  /** Summary parts: as made, or as the index file keeps them (StoredSummary, made into parts when asked for). */
  summaries: Map<string, SummaryPart | StoredSummary>
  /** Content files as last read, by absolute path: a file whose stamp still matches need not be read again. */
  stamps: Map<string, ContentStamp>
  /**
   * What the build that wrote the index derived from the whole archive, under the
   * fingerprint of the glossary's inputs: the merged glossary and each article's summary
   * key (by analysis key).
   */
  archive?: { fingerprint: string; glossary: GlossaryData; summaryKeys: Map<string, string> }
}

/**
 * A content file as it was read: its size, times and inode (ctime changes with every
 * write and cannot be set back by tools that preserve mtime), the hash of its bytes, and
 * the messages loading it gave (an encoding warning must not vanish on a rebuild).
 */
export interface ContentStamp {
  size: number
  mtimeMs: number
  ctimeMs: number
  ino: number
  contentHash: string
  messages: MessageData[]
}

const INDEX_FILE = 'index.bin'

/**
 * A summary part as the index file keeps it: its sentences and key facts as one JSON
 * text, beside the digest and English lead that every build reads. A warm build shows
 * the sentences of a few articles only; reading 10,000 parts as objects was half the
 * time of reading the index, and a tenth of its garbage collection (issue 7).
 */
interface StoredSummary {
  stored: string
  digest: string
  leadEn: string | undefined
}

/** A summary part whose sentences and key facts are parsed from their stored text on first use. */
function storedPart(stored: StoredSummary): SummaryPart {
  let shown: [SummaryPart['summary'], SummaryPart['keyFacts']] | undefined
  const parsed = () => (shown ??= JSON.parse(stored.stored) as [SummaryPart['summary'], SummaryPart['keyFacts']])
  const part: SummaryPart = {
    get summary() {
      return parsed()[0]
    },
    get keyFacts() {
      return parsed()[1]
    },
    digest: stored.digest,
    leadEn: stored.leadEn,
  }
  storedForms.set(part, stored)
  return part
}
const storedForms = new WeakMap<SummaryPart, StoredSummary>()

function storedFormOf(part: SummaryPart | StoredSummary): StoredSummary {
  if ('stored' in part) return part
  let stored = storedForms.get(part)
  // Made once per part: the next save (in `build --watch`) then finds the same object, which the journal does not write again.
  if (!stored) storedForms.set(part, (stored = { stored: JSON.stringify([part.summary, part.keyFacts]), digest: part.digest, leadEn: part.leadEn }))
  return stored
}

export class AnalysisCache {
  /** Entries this build read or made: what save() keeps. */
  private readonly used: CacheIndex = emptyIndex()

  private constructor(
    readonly dir: string,
    private readonly previous: CacheIndex,
    private readonly journal: JournaledFile,
  ) {}

  /**
   * Opens the cache in `cacheDir`. `after` is the cache of this process's last build (in
   * `build --watch`): what it saved is taken from memory, not read again, unless its index
   * file was replaced since (issue 7: reading the index of 10,000 articles took 0.2 s).
   */
  static async open(cacheDir: string, options: { after?: AnalysisCache } = {}): Promise<AnalysisCache> {
    const key = environmentKey()
    const dir = path.join(cacheDir, `v-${key}`)
    await mkdir(dir, { recursive: true })
    // Entries of other versions can never be read again.
    for (const entry of await readdir(cacheDir)) if (entry.startsWith('v-') && entry !== `v-${key}`) await rm(path.join(cacheDir, entry), { recursive: true, force: true })
    const after = options.after
    if (after?.saved && after.dir === dir && after.journal.isStillOwn()) return new AnalysisCache(dir, after.used, after.journal)
    const { state, journal } = await JournaledFile.read(path.join(dir, INDEX_FILE))
    return new AnalysisCache(dir, state ? indexOf(state as StoredIndex) : emptyIndex(), journal)
  }

  /** Has this cache written its index (see open's `after`)? */
  private saved = false

  // The hash of the bytes and the slug themselves, not a hash of them: a warm build looks up
  // every article twice, and hashing 20,000 keys cost more than the longer keys do.
  private static analysisKey(contentHash: string, slug: string): string {
    return `${contentHash}\0${slug}`
  }

  /**
   * The light part of an analysis (front matter, entities, messages): all a build needs
   * unless it must summarise the article again. The body (sentences, source) is made
   * again only then, so a large build does not hold every article in memory.
   */
  get(contentHash: string, slug: string): LightRecord | undefined {
    const key = AnalysisCache.analysisKey(contentHash, slug)
    const record = this.used.analyses.get(key) ?? this.previous.analyses.get(key)
    if (record) this.used.analyses.set(key, record)
    return record
  }

  /** Stores the light part of an analysis; returns it. */
  set(contentHash: string, slug: string, record: AnalysisRecord): LightRecord {
    return this.setLight(contentHash, slug, lightRecordOf(record, contentHash))
  }

  /** Stores the light part of an analysis (the body is not stored: it is made again from the article file if needed). */
  setLight(contentHash: string, slug: string, light: LightRecord): LightRecord {
    if (light.article) light.article.entities = light.article.entities.map((entity) => this.intern(entity))
    this.used.analyses.set(AnalysisCache.analysisKey(contentHash, slug), light)
    return light
  }

  private readonly entities = new Map<string, ArticleEntity>()

  /**
   * One object for equal light entities (the same person in hundreds of articles): the
   * index is v8-serialised, which writes a shared object once, so it stays small and
   * quick to read for a large archive.
   */
  private intern(entity: ArticleEntity): ArticleEntity {
    const key = JSON.stringify(entity)
    let shared = this.entities.get(key)
    if (!shared) this.entities.set(key, (shared = entity))
    return shared
  }

  /** Is the analysis of these bytes under this slug in the cache? */
  hasAnalysis(contentHash: string, slug: string): boolean {
    const key = AnalysisCache.analysisKey(contentHash, slug)
    return this.used.analyses.has(key) || this.previous.analyses.has(key)
  }

  /** How the file at this absolute path was when the build that wrote the index read it. */
  stampOf(absolutePath: string): ContentStamp | undefined {
    return this.used.stamps.get(absolutePath) ?? this.previous.stamps.get(absolutePath)
  }

  setStamp(absolutePath: string, stamp: ContentStamp): void {
    this.used.stamps.set(absolutePath, stamp)
  }

  getSummary(key: string): SummaryPart | undefined {
    let part = this.used.summaries.get(key) ?? this.previous.summaries.get(key)
    if (part && 'stored' in part) part = storedPart(part)
    if (part) this.used.summaries.set(key, part)
    return part
  }

  setSummary(key: string, part: SummaryPart): void {
    this.used.summaries.set(key, part)
  }

  /**
   * The glossary the last build merged, if its inputs had this fingerprint (every
   * article's slug and entities, in order: the merge is a function of them; issue 7:
   * merging 10,000 articles' entities was a fifteenth of a warm build).
   */
  glossaryFor(fingerprint: string): Glossary | undefined {
    const last = this.previous.archive
    if (last?.fingerprint !== fingerprint) return undefined
    this.used.archive = { fingerprint, glossary: last.glossary, summaryKeys: new Map() }
    return glossaryFromData(last.glossary)
  }

  /** Keeps the glossary merged from inputs with this fingerprint, for the next build (and the summary keys noted with it). */
  noteGlossary(fingerprint: string, glossary: Glossary): void {
    this.used.archive = { fingerprint, glossary: glossary.toData(), summaryKeys: new Map() }
  }

  /**
   * The summary key the last build made for this article, if its glossary had this
   * fingerprint (the key depends on the glossary only through the article's names).
   */
  summaryKeyFor(article: { slug: string; sourceHash?: string }, fingerprint: string): string | undefined {
    const last = this.previous.archive
    if (article.sourceHash === undefined || last?.fingerprint !== fingerprint) return undefined
    return last.summaryKeys.get(AnalysisCache.analysisKey(article.sourceHash, article.slug))
  }

  /** Records an article's summary key with this build's glossary (glossaryFor or noteGlossary), for the next build. */
  noteSummaryKey(article: { slug: string; sourceHash?: string }, fingerprint: string, key: string): void {
    const archive = this.used.archive
    if (article.sourceHash === undefined || archive?.fingerprint !== fingerprint) return
    archive.summaryKeys.set(AnalysisCache.analysisKey(article.sourceHash, article.slug), key)
  }

  /** Writes the index: the analyses and summaries this build used (so it does not grow without bound). */
  async save(): Promise<void> {
    const summaries = new Map<string, StoredSummary>()
    for (const [key, part] of this.used.summaries) summaries.set(key, storedFormOf(part))
    const { analyses, stamps, archive } = this.used
    const stored: StoredIndex = { analyses, summaries, stamps, archiveFingerprint: archive?.fingerprint, archiveGlossary: archive?.glossary, summaryKeys: archive?.summaryKeys }
    await this.journal.write(stored)
    this.saved = true
  }
}

/**
 * The index as its file keeps it: the archive's parts as fields of their own, so that a
 * build which reuses the last build's glossary does not write it again (see journal.ts).
 */
type StoredIndex = {
  analyses: CacheIndex['analyses']
  summaries: Map<string, StoredSummary>
  stamps: CacheIndex['stamps']
  archiveFingerprint: string | undefined
  archiveGlossary: GlossaryData | undefined
  summaryKeys: Map<string, string> | undefined
}

function emptyIndex(): CacheIndex {
  return { analyses: new Map(), summaries: new Map(), stamps: new Map() }
}

function indexOf(stored: StoredIndex): CacheIndex {
  const { analyses, summaries, stamps, archiveFingerprint, archiveGlossary, summaryKeys } = stored
  if (!(analyses instanceof Map && summaries instanceof Map && stamps instanceof Map)) return emptyIndex()
  const archive = archiveFingerprint !== undefined && archiveGlossary && summaryKeys ? { fingerprint: archiveFingerprint, glossary: archiveGlossary, summaryKeys } : undefined
  return { analyses, summaries, stamps, archive }
}
