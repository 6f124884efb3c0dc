/**
 * What the last build wrote into an output folder: for every page, the key of the
 * inputs it was rendered from and the size and modification time it was written with.
 * A rebuild renders only pages whose key changed; the others are linked from the out/
 * being replaced (issue 7: a warm build of a 10,000-article archive must not render and
 * write 20,000 pages again). Kept in the cache folder, not in out/, so out/ holds only
 * what the site publishes; one manifest per output folder, named by its absolute path,
 * written as a base and a log of the pages a build changed (journal.ts).
 *
 * A page is reused only if out/ still holds it exactly as written (same size and
 * modification time): a page someone edited by hand, or an out/ replaced by something
 * else, is rendered again. The pages are looked at in a thread of their own as soon as
 * the manifest is read (page-check.ts).
 */
import { createHash } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { FileStamp, Generations, SpareContents } from '../write.ts'
import { JournaledFile } from './journal.ts'
import { checkPages, type PageCheck } from './page-check.ts'

export interface WrittenFile {
  key: string
  size: number
  mtimeMs: number
  /** A signature of the inputs the key was made from, when the page has one, and which of the manifest's contexts it is in (see keyFor). */
  inputs?: string
  context?: number
}

export class OutputManifest {
  private constructor(
    private readonly file: string,
    /** The out/ of the build before, kept to be turned into the next out/ (see write.ts). */
    private readonly spareDir: string,
    private readonly outDir: string,
    /** What out/ holds. */
    readonly previous: Map<string, WrittenFile>,
    /** What the spare folder beside out/ holds (the out/ of the build before; see write.ts). */
    readonly spare: Map<string, WrittenFile>,
    /** The contexts of the signatures in `previous` (see keyFor). */
    private readonly previousContexts: string[],
    private readonly journal: JournaledFile,
  ) {
    // Started now, so that the pages are looked at while the build reads and analyses.
    this.pageCheck = checkPages(outDir, previous)
  }

  /** Whether out/ still holds each page of `previous` as written (see canReuse). */
  private readonly pageCheck: PageCheck

  /**
   * The manifest of `outDir`. `after` is the manifest of this process's last build (in
   * `build --watch`): what it saved is taken from memory unless its file was replaced since.
   */
  static async load(cacheVersionDir: string, outDir: string, options: { after?: OutputManifest } = {}): Promise<OutputManifest> {
    const target = path.resolve(outDir)
    const name = createHash('sha256').update(target).digest('hex').slice(0, 16)
    const file = path.join(cacheVersionDir, 'outputs', `${name}.bin`)
    const spareDir = path.join(cacheVersionDir, 'outputs', `${name}.spare`)
    const after = options.after
    if (after?.saved && after.file === file && after.journal.isStillOwn()) {
      const { files, spare, spareKnown, contexts } = after.saved
      return new OutputManifest(file, spareDir, target, files, spareKnown ? spare : new Map(), contexts, after.journal)
    }
    const { state, journal } = await JournaledFile.read(file)
    const stored = state as Partial<StoredManifest> | undefined
    // Another folder's manifest under this name (or none yet, or an unreadable one): every page is rendered.
    const usable = stored?.outDir === target && stored.files instanceof Map && stored.spare instanceof Map && Array.isArray(stored.contexts)
    return usable
      ? new OutputManifest(file, spareDir, target, stored.files!, stored.spareKnown ? stored.spare! : new Map(), stored.contexts!, journal)
      : new OutputManifest(file, spareDir, target, new Map(), new Map(), [], journal)
  }

  /** What this process last wrote to the manifest file, and the file as it was then. */
  private saved: StoredManifest | undefined

  /** Signatures of the inputs of this build's pages and their contexts (by index), recorded with their keys by save(). */
  private readonly inputsOf = new Map<string, { inputs: string; context: number }>()
  private readonly contexts: string[] = []

  /**
   * The key the page `relative` was written under, if its inputs then had this signature
   * in this context (equal signatures in equal contexts mean equal keys, and a signature
   * is cheaper to make; a context is what many pages share, stored once); notes the
   * signature for the manifest this build writes.
   */
  keyFor(relative: string, context: string, inputs: string): string | undefined {
    let index = this.contexts.indexOf(context)
    if (index < 0) index = this.contexts.push(context) - 1
    this.inputsOf.set(relative, { inputs, context: index })
    const written = this.previous.get(relative)
    if (written?.inputs !== inputs || written.context === undefined) return undefined
    return this.previousContexts[written.context] === context ? written.key : undefined
  }

  /** Does out/ hold the page `relative` as rendered from inputs with this key? */
  canReuse(relative: string, key: string): boolean {
    const written = this.previous.get(relative)
    return written !== undefined && written.key === key && this.pageCheck.isIntact(relative)
  }

  /** The generations writeOutput needs to turn the spare folder into the new out/ (it records the result here). */
  generations(keys: Map<string, string>): Generations {
    return { spareDir: this.spareDir, keys, current: this.previous, spare: this.spare, record: (written, spare) => this.save(keys, written, spare) }
  }

  /** What `keys` and `written` of the last save were (see save). */
  private savedFrom: { keys: Map<string, string>; written: Map<string, FileStamp> } | undefined

  private sameContexts(): boolean {
    return this.contexts.length === this.previousContexts.length && this.contexts.every((context, index) => context === this.previousContexts[index])
  }

  /** The records of the pages written. */
  private filesOf(keys: Map<string, string>, written: Map<string, FileStamp>): Map<string, WrittenFile> {
    const files = new Map<string, WrittenFile>()
    // A page written as before keeps its record object: the out/ replaced becomes the spare,
    // whose records then are the same objects, which the file stores once (issue 7: the
    // manifest of 20,000 pages was 16 MB, half of it the spare's copies).
    const sameContexts = this.sameContexts()
    for (const [relative, key] of keys) {
      const stamp = written.get(relative)
      if (!stamp) continue
      const noted = this.inputsOf.get(relative)
      const before = this.previous.get(relative)
      const unchanged =
        before !== undefined &&
        before.key === key &&
        before.size === stamp.size &&
        before.mtimeMs === stamp.mtimeMs &&
        before.inputs === noted?.inputs &&
        (noted === undefined || (sameContexts && before.context === noted.context))
      if (unchanged) files.set(relative, before)
      else files.set(relative, noted === undefined ? { key, ...stamp } : { key, ...stamp, inputs: noted.inputs, context: noted.context })
    }
    return files
  }

  /**
   * Records the pages just written (their keys and how they were written) and what the
   * spare holds. While a swap is pending, the spare is recorded as holding nothing known,
   * so a build killed mid-swap never leads the next one to trust a spare wrongly.
   */
  async save(keys: Map<string, string>, written: Map<string, FileStamp>, spareHolds: SpareContents): Promise<void> {
    // writeOutput records the same pages twice (before and after the swap): made once.
    const files = this.saved && this.savedFrom?.keys === keys && this.savedFrom.written === written ? this.saved.files : this.filesOf(keys, written)
    this.savedFrom = { keys, written }
    const sameContexts = this.sameContexts()
    // A pending swap keeps the spare's entries but marks them unknown: one field changes
    // instead of every entry, so the journal writes a few bytes (see journal.ts).
    const spareKnown = spareHolds !== 'pending'
    const spare =
      spareHolds === 'previous' ? this.previous : spareHolds === 'written' ? files : spareHolds === 'pending' ? (this.saved?.spare ?? this.spare) : new Map<string, WrittenFile>()
    await mkdir(path.dirname(this.file), { recursive: true })
    // The same contexts as before are the same array, which the journal then does not write again.
    const contexts = sameContexts ? this.previousContexts : this.contexts
    const stored: StoredManifest = { outDir: this.outDir, files, spare, spareKnown, contexts }
    await this.journal.write(stored)
    this.saved = stored
  }
}

/** The manifest as its file keeps it (see journal.ts). */
type StoredManifest = {
  outDir: string
  files: Map<string, WrittenFile>
  spare: Map<string, WrittenFile>
  /** False while a swap is pending: the spare then holds nothing a build may trust. */
  spareKnown: boolean
  contexts: string[]
}
