/**
 * Finds and reads the articles of a content folder as vfiles (sorted, so builds are
 * deterministic). Every problem with a file (too big, not text, not UTF-8, pathological
 * shape) is recorded on its vfile, never thrown: one bad file must not stop the build.
 */
import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { decodeArticle, normaliseLineEndings } from './decode.ts'
import { removeInvisible } from './invisible.ts'
import { findRawHtml } from './raw-html.ts'
import { checkShape, DEFAULT_LIMITS, DEFAULT_MAX_BYTES, type ShapeLimits } from './limits.ts'
import { failFile, warnFile } from './problems.ts'

export { slugOfPath, checkSlugs } from './article-slug.ts'
export { hasFatal } from './problems.ts'
export { DEFAULT_MAX_BYTES } from './limits.ts'

declare module 'vfile' {
  interface DataMap {
    /** SHA-256 of the file's bytes as read (the cache key of its analysis). */
    contentHash: string
  }
}

export interface ReadOptions {
  /** Files larger than this many bytes are refused (default 5 MB). */
  maxBytes?: number
  limits?: ShapeLimits
}

export async function listArticleFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.join(contentDir, entry.name))
    .sort()
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** Checks decoded text and turns it into the vfile's value (or records why it cannot be used). */
export function loadArticleText(file: VFile, bytes: Uint8Array, options: ReadOptions = {}): VFile {
  file.data.contentHash = createHash('sha256').update(bytes).digest('hex')
  file.value = ''
  const decoded = decodeArticle(bytes)
  if (!decoded.ok) {
    failFile(file, decoded.reason, decoded.ruleId, decoded.line)
    return file
  }
  if (decoded.encoding !== 'utf-8') {
    warnFile(file, `This file is encoded as ${decoded.encoding === 'windows-1252' ? 'Windows-1252' : 'Latin-1'}, not UTF-8; it was converted (save it as UTF-8 to silence this)`, 'legacy-encoding')
  }
  const visible = removeInvisible(normaliseLineEndings(decoded.text))
  if (visible.first) {
    const { line, column, codePoint } = visible.first
    warnFile(file, `Removed ${visible.removed} invisible control, zero-width or direction character${visible.removed === 1 ? '' : 's'} (first: ${codePoint}); they would split names and can reorder text on the page`, 'invisible-characters', line, column)
  }
  const text = visible.text
  if (text.trim() === '') {
    failFile(file, 'The file is empty: an article needs front matter (`title`, `date`) and text', 'empty-file')
    return file
  }
  const problem = checkShape(text, options.limits ?? DEFAULT_LIMITS)
  if (problem) {
    failFile(file, problem.reason, problem.ruleId, problem.line)
    return file
  }
  const html = findRawHtml(text)
  if (html) {
    const kind = html.executable ? 'Executable HTML' : 'Raw HTML'
    warnFile(file, `${kind} (${html.tag}) is not copied into the docs; only the article's text is used`, 'raw-html', html.line, html.column)
  }
  file.value = text
  return file
}

/**
 * Reads one article; every problem is reported on the vfile, not thrown. Blocking calls
 * (open, look at the size, read, close): files of an archive are small and mostly in the
 * page cache; through the thread pool each call cost a round trip, and reading 10,000
 * files took 1.5 s of a cold build while the worker threads waited for their first
 * articles (issue 7); read this way it takes a fraction.
 */
export function readArticle(filePath: string, options: ReadOptions = {}): VFile {
  const file = new VFile({ path: filePath, value: '' })
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let descriptor: number | undefined
  try {
    descriptor = openSync(filePath, 'r')
    const { size } = fstatSync(descriptor)
    if (size > maxBytes) {
      failFile(file, `The file is ${formatBytes(size)}, over the size limit of ${formatBytes(maxBytes)} (raise it with --max-size)`, 'file-too-large')
      return file
    }
    return loadArticleText(file, readFileSync(descriptor), options)
  } catch (error) {
    failFile(file, `Cannot read this file: ${error instanceof Error ? error.message : String(error)}`, 'unreadable')
    return file
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/** Reads many articles, one after the other (see readArticle). */
export function readArticles(filePaths: string[], options: ReadOptions = {}): VFile[] {
  return filePaths.map((filePath) => readArticle(filePath, options))
}
