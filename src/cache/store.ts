/**
 * The on-disk cache: one analysis per (article bytes, slug) and one summary per
 * (article, glossary names of its entities), in a folder named
 * after the environment key, so entries of an older tool, lexicon or locale version are
 * never read (and their folders are pruned). Entries are v8-serialised (keeps shared
 * references, faster than JSON) and written through a rename, so a killed build leaves
 * either a whole entry or none; an unreadable entry is a miss, never an error.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { splitRecord, type AnalysisRecord, type ArticleBody, type LightRecord } from './article-data.ts'
import type { SummaryPart } from '../build.ts'
import { environmentKey } from './env-key.ts'

// node_modules/.cache is where JavaScript tools conventionally keep caches: already ignored by git.
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/bilingual-digest'

export class AnalysisCache {
  private constructor(readonly dir: string) {}

  static async open(cacheDir: string): Promise<AnalysisCache> {
    const key = await environmentKey()
    const dir = path.join(cacheDir, `v-${key}`)
    await mkdir(dir, { recursive: true })
    // Entries of other versions can never be read again.
    for (const entry of await readdir(cacheDir)) if (entry.startsWith('v-') && entry !== `v-${key}`) await rm(path.join(cacheDir, entry), { recursive: true, force: true })
    return new AnalysisCache(dir)
  }

  private entryPath(kind: string, key: string): string {
    return path.join(this.dir, kind, key.slice(0, 2), `${key}.bin`)
  }

  private async read<T>(kind: string, key: string): Promise<T | undefined> {
    try {
      return deserialize(await readFile(this.entryPath(kind, key))) as T
    } catch {
      return undefined
    }
  }

  private async write(kind: string, key: string, value: unknown): Promise<void> {
    const target = this.entryPath(kind, key)
    await mkdir(path.dirname(target), { recursive: true })
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temporary, serialize(value))
    await rename(temporary, target)
  }

  private static analysisKey(contentHash: string, slug: string): string {
    return createHash('sha256').update(`${contentHash}\0${slug}`).digest('hex')
  }

  /**
   * The light part of an analysis (front matter, entities, messages): all a build needs
   * unless it must summarise the article again. The body (sentences, source) is stored
   * apart and read only then, so a large build does not hold every article in memory.
   */
  get(contentHash: string, slug: string): Promise<LightRecord | undefined> {
    return this.read('analysis', AnalysisCache.analysisKey(contentHash, slug))
  }

  /** Stores an analysis; returns its light part. The body is written before the light part, so a light part always has its body. */
  async set(contentHash: string, slug: string, record: AnalysisRecord): Promise<LightRecord> {
    const key = AnalysisCache.analysisKey(contentHash, slug)
    const { light, body } = splitRecord(record, contentHash)
    if (body) await this.write('body', key, body)
    await this.write('analysis', key, light)
    return light
  }

  /** The body of a cached analysis, read synchronously (the summariser asks for it through a getter). */
  bodySync(contentHash: string, slug: string): ArticleBody {
    return deserialize(readFileSync(this.entryPath('body', AnalysisCache.analysisKey(contentHash, slug)))) as ArticleBody
  }

  getSummary(key: string): Promise<SummaryPart | undefined> {
    return this.read('summary', key)
  }

  setSummary(key: string, part: SummaryPart): Promise<void> {
    return this.write('summary', key, part)
  }
}

/** Runs `task` over `items` with at most `limit` at a time (thousands of open files at once exhaust descriptors). */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index], index)
    }
  })
  await Promise.all(runners)
  return results
}
