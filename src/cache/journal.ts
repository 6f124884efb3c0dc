/**
 * A file the cache rewrites after every build though a build changes little of it (the
 * index, an output manifest): kept as a base and a log of what changed since. A build
 * that changed a few entries writes only the log (issue 7: serialising and writing the
 * 24 MB index and 8.5 MB manifest of a 10,000-article archive was a tenth of a warm
 * build that changed one article); once the log holds more than a tenth of the base's
 * entries, the next write makes a new base and drops the log.
 *
 * A state is a record of named fields: a Map field changes entry by entry (an entry
 * changed when its value is another object, or another string or number), any other
 * field changes whole. Both files are written under a private name and renamed (see
 * own-file.ts), and the log names the base it continues, so a build killed between
 * writing a new base and removing the old log leaves a log that is ignored: a reader
 * sees the state of the last write that finished, or the one before.
 */
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { deserialize, serialize } from 'node:v8'
import { isStillOwnFile, stampOwnFile, writeOwnFile, type OwnFileStamp } from './own-file.ts'

export type JournalState = Record<string, unknown>

type FieldChange = { set: Array<[unknown, unknown]>; drop: unknown[] } | { whole: unknown }
type Change = Record<string, FieldChange>

interface StoredBase {
  id: string
  state: JournalState
}

interface StoredLog {
  base: string
  changes: Change[]
  /** Entries the changes set or drop, all told (see write). */
  size: number
}

/** A log may grow to this share of the base's entries before the state is written whole. */
const LOG_SHARE = 0.1
/** ... and to at least this many entries, so a small state is not rewritten for each change. */
const MIN_LOG_SIZE = 256

export class JournaledFile {
  private constructor(
    readonly file: string,
    /** The state as read or last written: what the next write is compared with. */
    private current: JournalState | undefined,
    private base: { id: string; entries: number; stamp: OwnFileStamp | undefined } | undefined,
    private log: StoredLog | undefined,
    private logStamp: OwnFileStamp | undefined,
  ) {}

  private static logFileOf(file: string): string {
    return `${file}.log`
  }

  /** Reads the state at `file` (undefined when there is none, or it cannot be read). */
  static async read(file: string): Promise<{ state: JournalState | undefined; journal: JournaledFile }> {
    const nothing = { state: undefined, journal: new JournaledFile(file, undefined, undefined, undefined, undefined) }
    let base: StoredBase
    try {
      base = deserialize(await readFile(file)) as StoredBase
      if (typeof base?.id !== 'string' || typeof base.state !== 'object' || base.state === null) throw new Error('not a journaled state')
    } catch {
      // No base yet, or an unreadable one: no state.
      return nothing
    }
    const baseInfo = { id: base.id, entries: entriesOf(base.state), stamp: stampOwnFile(file) }
    const state = base.state
    let log: StoredLog | undefined
    let logBytes: Buffer | undefined
    try {
      logBytes = await readFile(JournaledFile.logFileOf(file))
    } catch (error) {
      // No log: the base is the state. A log that is there but cannot be read may hold the
      // last build's changes, so the base alone would be an older state: nothing is trusted.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return nothing
    }
    try {
      if (logBytes) {
        const stored = deserialize(logBytes) as StoredLog
        if (!Array.isArray(stored?.changes)) throw new Error('not a journal log')
        // A log of another base was left by a build killed after writing a new base: ignored.
        if (stored.base === base.id) log = stored
      }
      if (log) for (const change of log.changes) apply(state, change)
    } catch {
      // A log that cannot be read or does not fit its base: nothing read can be trusted.
      return nothing
    }
    const logStamp = log ? stampOwnFile(JournaledFile.logFileOf(file)) : undefined
    return { state, journal: new JournaledFile(file, state, baseInfo, log, logStamp) }
  }

  /** Writes `next` as the state; its maps must not change afterwards (the next write is compared with them). */
  async write(next: JournalState): Promise<void> {
    // Compared with what this process read or wrote: if another build wrote since, the state is written whole.
    const change = this.current && this.base && this.isStillOwn() ? changeBetween(this.current, next) : undefined
    const logged = change && this.base ? (this.log?.size ?? 0) + change.size : Infinity
    if (change && this.base && logged <= Math.max(MIN_LOG_SIZE, LOG_SHARE * this.base.entries)) {
      if (change.size === 0) {
        this.current = next
        return
      }
      const log: StoredLog = { base: this.base.id, changes: [...(this.log?.changes ?? []), change.change], size: logged }
      this.logStamp = await writeOwnFile(JournaledFile.logFileOf(this.file), serialize(log))
      this.log = log
    } else {
      const id = randomUUID()
      const stamp = await writeOwnFile(this.file, serialize({ id, state: next } satisfies StoredBase))
      // The old log names the old base: ignored if this removal does not happen.
      await rm(JournaledFile.logFileOf(this.file), { force: true })
      this.base = { id, entries: entriesOf(next), stamp }
      this.log = undefined
      this.logStamp = undefined
    }
    this.current = next
  }

  /** Are the files still those this process read or wrote last (no other build wrote since)? */
  isStillOwn(): boolean {
    if (!this.base || !isStillOwnFile(this.file, this.base.stamp)) return false
    const logFile = JournaledFile.logFileOf(this.file)
    return this.log ? isStillOwnFile(logFile, this.logStamp) : !existsSync(logFile)
  }
}

function entriesOf(state: JournalState): number {
  let entries = 0
  for (const value of Object.values(state)) entries += value instanceof Map ? value.size : 1
  return entries
}

/** What changed from `before` to `after`, and how many entries that is. */
function changeBetween(before: JournalState, after: JournalState): { change: Change; size: number } {
  const change: Change = {}
  let size = 0
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[name]
    const now = after[name]
    if (old === now) continue
    if (old instanceof Map && now instanceof Map) {
      const set: Array<[unknown, unknown]> = []
      const drop: unknown[] = []
      for (const [key, value] of now) if (old.get(key) !== value || !old.has(key)) set.push([key, value])
      for (const key of old.keys()) if (!now.has(key)) drop.push(key)
      if (set.length || drop.length) change[name] = { set, drop }
      size += set.length + drop.length
    } else {
      change[name] = { whole: now }
      size += now instanceof Map ? now.size : 1
    }
  }
  return { change, size }
}

function apply(state: JournalState, change: Change): void {
  for (const [name, field] of Object.entries(change)) {
    if ('whole' in field) {
      if (field.whole === undefined) delete state[name]
      else state[name] = field.whole
      continue
    }
    const map = state[name]
    if (!(map instanceof Map)) throw new Error(`journal: ${name} is not a map`)
    for (const key of field.drop) map.delete(key)
    for (const [key, value] of field.set) map.set(key, value)
  }
}
