/**
 * One cache entry file: v8-serialised and deflated (level 1), written under a private
 * name, then renamed, so a reader (or a killed build) sees a whole entry or none. Used by
 * the main thread and by worker threads alike (a worker stores the body of an article it
 * analysed itself). Deflating makes an article's body (sentences with their tokens) about
 * 4× smaller: a cold build of 10,000 articles wrote 200 MB of them, and the writes of the
 * output folder that followed waited for the disk (issue 7).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { threadId } from 'node:worker_threads'

function temporaryName(target: string): string {
  return `${target}.${process.pid}-${threadId}.${Math.random().toString(36).slice(2)}.tmp`
}

export function writeEntrySync(target: string, value: unknown): void {
  mkdirSync(path.dirname(target), { recursive: true })
  const temporary = temporaryName(target)
  writeFileSync(temporary, deflateRawSync(serialize(value), { level: 1 }))
  renameSync(temporary, target)
}

export function readEntrySync(target: string): unknown {
  return deserialize(inflateRawSync(readFileSync(target)))
}
