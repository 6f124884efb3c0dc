import { expect } from 'chai'
import fc from 'fast-check'
import { existsSync, statSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { JournaledFile, type JournalState } from '../../src/cache/journal.ts'
import { useTempDir } from '../robustness/helpers.ts'

/** One build's state: a map of entries (objects, kept when unchanged, as the cache does) and a whole field. */
type Entries = Map<string, { value: number }>

/** Applies an edit to the entries: change, add or drop a few, or replace most. */
function edited(entries: Entries, edit: { kind: 'change' | 'add' | 'drop' | 'replace'; keys: string[]; value: number }): Entries {
  const next = new Map(entries)
  if (edit.kind === 'replace') return new Map(edit.keys.map((key) => [key, { value: edit.value }]))
  for (const key of edit.keys) {
    if (edit.kind === 'drop') next.delete(key)
    else next.set(key, { value: edit.value })
  }
  return next
}

/** A state as plain data; a map's order is not kept (the cache only looks entries up). */
const plain = (state: JournalState | undefined) =>
  state && { entries: [...(state.entries as Entries)].map(([key, { value }]) => [key, value]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), title: state.title }

describe('cache: a file kept as a base and a log of changes', () => {
  const root = useTempDir('journal', { each: true })

  it('reads back what was written last, after any sequence of writes, in this process or another', async () => {
    const key = fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `k${i}`))
    const edit = fc.record({ kind: fc.constantFrom('change', 'add', 'drop', 'replace' as const), keys: fc.array(key, { maxLength: 30 }), value: fc.integer() })
    const step = fc.record({ edit, title: fc.option(fc.string(), { nil: undefined }), reopen: fc.boolean() })
    let round = 0
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const file = path.join(root(), `state-${round++}.bin`)
        let { journal } = await JournaledFile.read(file)
        let entries: Entries = new Map()
        for (const { edit, title, reopen } of steps) {
          entries = edited(entries, edit)
          const state = { entries, title }
          await journal.write(state)
          const read = await JournaledFile.read(file)
          expect(plain(read.state)).to.deep.equal(plain(state))
          if (reopen) {
            // Another process goes on from what it read.
            journal = read.journal
            entries = read.state!.entries as Entries
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  it('writes a small change as a log beside the base, and the whole state once the log grows', async () => {
    const file = path.join(root(), 'index.bin')
    const { journal } = await JournaledFile.read(file)
    let entries: Entries = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, { value: i }]))
    await journal.write({ entries })
    const base = statSync(file)
    entries = edited(entries, { kind: 'change', keys: ['k1', 'k2'], value: -1 })
    await journal.write({ entries })
    expect(statSync(file).ino, 'the base is not written again').to.equal(base.ino)
    expect(statSync(`${file}.log`).size).to.be.below(base.size / 10)
    // More than the log may hold: a new base, and no log.
    entries = edited(entries, { kind: 'change', keys: Array.from({ length: 400 }, (_, i) => `k${i}`), value: -2 })
    await journal.write({ entries })
    expect(statSync(file).ino).to.not.equal(base.ino)
    expect(existsSync(`${file}.log`)).to.equal(false)
    expect(plain((await JournaledFile.read(file)).state)).to.deep.equal(plain({ entries }))
  })

  it('ignores a log left by a base it does not continue, and reads nothing from a broken base or log', async () => {
    const file = path.join(root(), 'index.bin')
    const { journal } = await JournaledFile.read(file)
    const entries: Entries = new Map([['a', { value: 1 }]])
    await journal.write({ entries })
    await journal.write({ entries: edited(entries, { kind: 'add', keys: ['b'], value: 2 }) })
    const log = `${file}.log`
    expect(existsSync(log)).to.equal(true)
    // A new base written by another process; its removal of the old log did not happen (killed).
    const other = (await JournaledFile.read(path.join(root(), 'other.bin'))).journal
    await other.write({ entries: new Map([['z', { value: 26 }]]) })
    const oldLog = await readFile(log)
    await rm(file)
    await rename(path.join(root(), 'other.bin'), file)
    await writeFile(log, oldLog)
    expect(plain((await JournaledFile.read(file)).state)).to.deep.equal(plain({ entries: new Map([['z', { value: 26 }]]) }))
    // A log that is there but cannot be read may hold the last changes: nothing is trusted.
    await writeFile(log, 'not a log')
    expect((await JournaledFile.read(file)).state).to.equal(undefined)
    await rm(log)
    expect(plain((await JournaledFile.read(file)).state)).to.deep.equal(plain({ entries: new Map([['z', { value: 26 }]]) }))
    await writeFile(file, 'not a state')
    expect((await JournaledFile.read(file)).state).to.equal(undefined)
  })

  it('writes the whole state when another process wrote the files since', async () => {
    const file = path.join(root(), 'index.bin')
    const first = (await JournaledFile.read(file)).journal
    const entries: Entries = new Map([['a', { value: 1 }]])
    await first.write({ entries })
    const second = (await JournaledFile.read(file)).journal
    await second.write({ entries: edited(entries, { kind: 'add', keys: ['b'], value: 2 }) })
    expect(first.isStillOwn()).to.equal(false)
    // The first process goes on from its own state, which must win whole, not as a log on the second's.
    const mine = edited(entries, { kind: 'add', keys: ['c'], value: 3 })
    await first.write({ entries: mine })
    expect(plain((await JournaledFile.read(file)).state)).to.deep.equal(plain({ entries: mine }))
    expect(first.isStillOwn()).to.equal(true)
  })
})
