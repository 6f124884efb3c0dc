/**
 * Writing one cache entry file: v8-serialised under a private name, then renamed, so a
 * reader (or a killed build) sees a whole entry or none. Used by the main thread and by
 * worker threads alike (a worker stores the body of an article it analysed itself).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { serialize } from 'node:v8'
import { threadId } from 'node:worker_threads'

function temporaryName(target: string): string {
  return `${target}.${process.pid}-${threadId}.${Math.random().toString(36).slice(2)}.tmp`
}

export function writeEntrySync(target: string, value: unknown): void {
  mkdirSync(path.dirname(target), { recursive: true })
  const temporary = temporaryName(target)
  writeFileSync(temporary, serialize(value))
  renameSync(temporary, target)
}
