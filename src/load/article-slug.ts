/**
 * The slug of an article (its file name without extension) becomes a path in out/, so
 * it must be a plain file name: no path separators, no `..`, no name Windows reserves,
 * no invisible or control characters. Two articles whose slugs differ only in case or
 * Unicode normalisation would overwrite each other on case-insensitive file systems
 * (macOS, Windows), so the second one is refused.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import { failFile } from './problems.ts'

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i
const SAFE_SLUG = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u

/** The slug of an article is its file name without extension. */
export function slugOfPath(filePath: string): string {
  return path.basename(filePath).replace(/\.(md|markdown)$/i, '')
}

/** Why a slug cannot be used as an output file name, or undefined when it can. */
export function unsafeSlugReason(slug: string): string | undefined {
  if (slug.includes('/') || slug.includes('\\') || slug.split(/[\\/]/).includes('..')) return 'it contains a path separator'
  if (!SAFE_SLUG.test(slug)) return 'use letters, digits, `-`, `_` and `.` only, starting with a letter or digit'
  if (slug.endsWith('.')) return 'it ends with a dot'
  if (WINDOWS_RESERVED.test(slug.split('.')[0])) return 'it is a reserved device name on Windows'
  if (slug.length > 120) return 'it is longer than 120 characters'
  return undefined
}

function collisionKey(slug: string): string {
  return slug.normalize('NFC').toLowerCase()
}

/** Marks unusable and colliding slugs as fatal problems on their files (the first of a collision is kept). */
export function checkSlugs(files: VFile[]): void {
  const seen = new Map<string, VFile>()
  for (const file of files) {
    if (file.messages.some((message) => message.fatal)) continue
    const slug = slugOfPath(file.path)
    const reason = unsafeSlugReason(slug)
    if (reason) {
      failFile(file, `The file name gives the unusable output name ${JSON.stringify(slug)}: ${reason}; rename the file`, 'unsafe-slug')
      continue
    }
    const key = collisionKey(slug)
    const first = seen.get(key)
    if (first) {
      failFile(file, `Same output name (slug) as ${first.path}: both would be written to articles/${slugOfPath(first.path)}.md; rename one of them`, 'duplicate-slug')
      continue
    }
    seen.set(key, file)
  }
}
