/**
 * Reading a content folder on a rebuild: a file whose size, times and inode are those
 * the cache recorded when it last read it is not read again (issue 7: reading, decoding
 * and checking 10,000 unchanged files was a third of a warm build). Its vfile gets the
 * recorded content hash and loading messages, and no text: the cache holds its analysis
 * (a stamp is used only then), so nothing downstream needs the text. Every other file is
 * read as usual and stamped, unless loading refused it (those are read every time, so
 * their error is always reported afresh).
 */
import { statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { DEFAULT_MAX_BYTES, hasFatal, readArticles, slugOfPath, type ReadOptions } from '../load/content.ts'
import { messagesOf, replayMessages } from './article-data.ts'
import type { AnalysisCache, ContentStamp } from './store.ts'

function statOf(filePath: string): Stats | undefined {
  try {
    return statSync(filePath)
  } catch {
    return undefined
  }
}

function matches(stamp: ContentStamp | undefined, stats: Stats | undefined): stamp is ContentStamp {
  return Boolean(stamp && stats && stamp.size === stats.size && stamp.mtimeMs === stats.mtimeMs && stamp.ctimeMs === stats.ctimeMs && stamp.ino === stats.ino)
}

export function readArticlesStamped(filePaths: string[], options: ReadOptions, cache: AnalysisCache): VFile[] {
  const files = new Array<VFile>(filePaths.length)
  const toRead: number[] = []
  // Taken before reading: a file changed while it is read gets a stamp that no longer matches.
  const stats = filePaths.map(statOf)
  filePaths.forEach((filePath, index) => {
    const absolute = path.resolve(filePath)
    const stamp = cache.stampOf(absolute)
    // The size limit may be lower than when the stamp was made: a file over it is read, and refused.
    const withinLimit = (stats[index]?.size ?? Infinity) <= (options.maxBytes ?? DEFAULT_MAX_BYTES)
    if (withinLimit && matches(stamp, stats[index]) && cache.hasAnalysis(stamp.contentHash, slugOfPath(filePath))) {
      const file = new VFile({ path: filePath, value: '' })
      file.data.contentHash = stamp.contentHash
      replayMessages(file, stamp.messages)
      cache.setStamp(absolute, stamp)
      files[index] = file
    } else toRead.push(index)
  })
  const read = readArticles(
    toRead.map((index) => filePaths[index]),
    options,
  )
  read.forEach((file, i) => {
    const index = toRead[i]
    files[index] = file
    const stat = stats[index]
    if (stat && !hasFatal(file) && file.data.contentHash) {
      cache.setStamp(path.resolve(filePaths[index]), { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, contentHash: file.data.contentHash, messages: messagesOf(file) })
    }
  })
  return files
}
