/**
 * Looking at the pages the last build wrote (is each still a file of the size and
 * modification time it was written with?) in a thread of its own, started as soon as the
 * output manifest is read. A warm build of 10,000 articles asks about 20,000 pages; one
 * lstat each was a fifteenth of its time (issue 7), while the other core sat idle as the
 * main thread read the cache and analysed the changed articles.
 *
 * The thread writes its verdicts into shared memory as it goes; a page it has not come to
 * yet is looked at by the asker itself, so nobody ever waits for the thread, and a thread
 * that cannot start only costs the lstat it would have saved.
 */
import { lstatSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

/** What a page was written as (see WrittenFile). */
export interface PageStamp {
  size: number
  mtimeMs: number
}

const UNKNOWN = 0
const INTACT = 1
const CHANGED = 2

// Plain JavaScript evaluated in the thread: it needs nothing of the tool but lstat, so it
// does not load the tool's modules (which would cost more than the lstats).
const CHECKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const { lstatSync } = require('node:fs')
const { join } = require('node:path')
const { dir, pages, sizes, mtimes, verdicts } = workerData
for (let i = 0; i < pages.length; i++) {
  if (verdicts[i] !== ${UNKNOWN}) continue
  let intact = false
  try {
    const stat = lstatSync(join(dir, pages[i]))
    intact = stat.isFile() && stat.size === sizes[i] && stat.mtimeMs === mtimes[i]
  } catch {}
  verdicts[i] = intact ? ${INTACT} : ${CHANGED}
}
`

/** Is the file at `file` still a file written as `stamp`? */
function isIntact(file: string, stamp: PageStamp): boolean {
  try {
    const stat = lstatSync(file)
    return stat.isFile() && stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs
  } catch {
    return false
  }
}

export interface PageCheck {
  /** Is the page `relative` (one of those given) still as written? */
  isIntact(relative: string): boolean
  /** How many pages nobody has looked at yet. */
  unchecked(): number
}

/**
 * Starts looking at `pages` (relative to `dir`) in a thread; `threaded: false` looks at
 * each page only when asked (as does every page the thread has not reached).
 */
export function checkPages(dir: string, pages: ReadonlyMap<string, PageStamp>, options: { threaded?: boolean } = {}): PageCheck {
  const names = [...pages.keys()]
  const indexOf = new Map<string, number>()
  names.forEach((name, index) => indexOf.set(name, index))
  const verdicts = new Uint8Array(new SharedArrayBuffer(names.length))
  if (options.threaded !== false && names.length > 0) {
    const sizes = new Float64Array(names.length)
    const mtimes = new Float64Array(names.length)
    names.forEach((name, index) => {
      const stamp = pages.get(name)!
      sizes[index] = stamp.size
      mtimes[index] = stamp.mtimeMs
    })
    try {
      const worker = new Worker(CHECKER_SOURCE, { eval: true, workerData: { dir, pages: names, sizes, mtimes, verdicts }, stdout: true, stderr: true })
      // It must never keep the process alive, nor fail the build: the asker checks what it leaves.
      worker.unref()
      worker.on('error', () => undefined)
    } catch {
      // No thread (resource limits): every page is looked at when asked.
    }
  }
  return {
    isIntact(relative) {
      const index = indexOf.get(relative)
      if (index === undefined) return false
      const verdict = Atomics.load(verdicts, index)
      if (verdict !== UNKNOWN) return verdict === INTACT
      const intact = isIntact(path.join(dir, relative), pages.get(relative)!)
      Atomics.store(verdicts, index, intact ? INTACT : CHANGED)
      return intact
    },
    unchecked: () => verdicts.reduce((count, verdict) => count + (verdict === UNKNOWN ? 1 : 0), 0),
  }
}
