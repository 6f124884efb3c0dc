/**
 * The on-disk analysis cache: one entry per (article bytes, slug), in a folder named
 * after the environment key, so entries of an older tool, lexicon or locale version are
 * never read (and their folders are pruned). Entries are v8-serialised (keeps shared
 * references, faster than JSON) and written through a rename, so a killed build leaves
 * either a whole entry or none; an unreadable entry is a miss, never an error.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'
import type { AnalysisRecord } from './article-data.ts'
import { environmentKey } from './env-key.ts'

// node_modules/.cache is where JavaScript tools conventionally keep caches: already ignored by git.
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/bilingual-digest'

export class AnalysisCache {
  private constructor(private readonly dir: string) {}

  static async open(cacheDir: string): Promise<AnalysisCache> {
    const key = await environmentKey()
    const dir = path.join(cacheDir, `v-${key}`)
    await mkdir(dir, { recursive: true })
    // Entries of other versions can never be read again.
    for (const entry of await readdir(cacheDir)) if (entry.startsWith('v-') && entry !== `v-${key}`) await rm(path.join(cacheDir, entry), { recursive: true, force: true })
    return new AnalysisCache(dir)
  }

  private entryPath(contentHash: string, slug: string): string {
    const key = createHash('sha256').update(`${contentHash}\0${slug}`).digest('hex')
    return path.join(this.dir, key.slice(0, 2), `${key}.bin`)
  }

  async get(contentHash: string, slug: string): Promise<AnalysisRecord | undefined> {
    try {
      return deserialize(await readFile(this.entryPath(contentHash, slug))) as AnalysisRecord
    } catch {
      return undefined
    }
  }

  async set(contentHash: string, slug: string, record: AnalysisRecord): Promise<void> {
    const target = this.entryPath(contentHash, slug)
    await mkdir(path.dirname(target), { recursive: true })
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temporary, serialize(record))
    await rename(temporary, target)
  }
}
