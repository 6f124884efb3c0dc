/**
 * Files the cache writes whole (the bases and logs of the index and the output manifests, see journal.ts) and, in `build --watch`,
 * reads back on the next build: the process keeps what it wrote in memory and reads the
 * file again only if something else replaced it since (another build sharing the cache
 * folder). A file is known by its inode, size and times just after this process renamed
 * it into place.
 */
import { statSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'

export interface OwnFileStamp {
  ino: number
  size: number
  mtimeMs: number
  ctimeMs: number
}

/**
 * Writes `data` to `file` whole: under a private name first, then renamed, so a reader
 * or a killed build sees the old file or the new one, never a torn one. Returns the
 * new file's stamp.
 */
export async function writeOwnFile(file: string, data: Uint8Array): Promise<OwnFileStamp | undefined> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await writeFile(temporary, data)
  await rename(temporary, file)
  return stampOwnFile(file)
}

/** How `file` looks now (just after this process wrote it); undefined if it cannot be looked at. */
export function stampOwnFile(file: string): OwnFileStamp | undefined {
  try {
    const { ino, size, mtimeMs, ctimeMs } = statSync(file)
    return { ino, size, mtimeMs, ctimeMs }
  } catch {
    return undefined
  }
}

/** Is `file` still the one this process wrote when it took `stamp`? */
export function isStillOwnFile(file: string, stamp: OwnFileStamp | undefined): boolean {
  if (!stamp) return false
  const now = stampOwnFile(file)
  return now !== undefined && now.ino === stamp.ino && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs && now.ctimeMs === stamp.ctimeMs
}
