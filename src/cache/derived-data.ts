/**
 * Data derived from installed packages and the project's own data files (trained letter
 * models, a compact noun list), kept on disk so that every process and worker thread does
 * not redo the work (performance, issue 7). The file name carries a key that the caller
 * computes from everything the data is derived from, so stale data is never read; files
 * of other keys are removed when a new one is written, and so are files of any name that
 * no process has written for STALE_AFTER_DAYS (data an earlier version of the tool used
 * under a name it no longer has: megabytes, left behind by every such change). Reading
 * or writing failing (a read-only install, a torn file) only means computing the data
 * again: this cache can never change a result.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PACKAGE_ROOT } from '../package-root.ts'
import { threadId } from 'node:worker_threads'

/** Beside the build cache's default folder, but always in this package's own node_modules (it depends on the installed packages, not on the archive). */
export const DERIVED_DATA_DIR = path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'bilingual-digest', 'derived')

/**
 * A file is written whenever its data is computed, and read (not written) after that: one
 * in use for this long is removed too, and computed again by the next process that needs it.
 */
const STALE_AFTER_DAYS = 30

/** `compute()`'s result, from `<name>-<key>.json` when an earlier process stored it (JSON data only). */
export function derivedData<T>(name: string, key: string, compute: () => T, dir = DERIVED_DATA_DIR): T {
  const file = path.join(dir, `${name}-${key}.json`)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    // Not there yet, or unreadable: compute it.
  }
  const value = compute()
  try {
    mkdirSync(dir, { recursive: true })
    // Written whole under a private name, then renamed: readers never see a torn file.
    const temporary = `${file}.${process.pid}-${threadId}.tmp`
    writeFileSync(temporary, JSON.stringify(value))
    renameSync(temporary, file)
    const staleBefore = Date.now() - STALE_AFTER_DAYS * 86_400_000
    for (const other of readdirSync(dir)) {
      if (!other.endsWith('.json') || other === path.basename(file)) continue
      const otherFile = path.join(dir, other)
      if (other.startsWith(`${name}-`) || (statSync(otherFile, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < staleBefore) rmSync(otherFile, { force: true })
    }
  } catch {
    // A read-only install: every process computes the data.
  }
  return value
}
