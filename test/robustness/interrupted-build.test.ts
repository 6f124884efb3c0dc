/**
 * Output is never half-written: a build killed while it writes (SIGKILL, SIGTERM,
 * SIGINT) leaves the previous out/ byte-identical, and the next build cleans up after
 * it. The build runs as a child process over a generated corpus large enough that the
 * kill lands while the staging folder is being filled.
 */
import { expect } from 'chai'
import { spawn } from 'node:child_process'
import { appendFile, mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { articleFileName, generateCorpus } from './generate-corpus.ts'
import { makeTempDir, readTree, removeDir, runCli } from './helpers.ts'
import { recoverInterruptedWrite, writeOutput, MARKER_FILE } from '../../src/write.ts'

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))
const CORPUS_SIZE = 100

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Starts a build and kills it with `signal` as soon as its staging folder has files in it. */
async function killDuringWrite(
  content: string,
  out: string,
  cache: string,
  signal: NodeJS.Signals,
  cacheArgs = ['--no-cache'],
  { jobs = '1', folder = (_name: string): boolean => true } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; sawStaging: boolean }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'build', '--content', content, '--out', out, ...cacheArgs, '--jobs', jobs], { stdio: 'ignore' })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })))
  let sawStaging = false
  let done = false
  void exited.then(() => (done = true))
  const parent = path.dirname(out)
  while (!done) {
    const staging = (await readdir(parent)).find((name) => name.startsWith(`.${path.basename(out)}.tmp-`) && folder(name))
    if (staging) {
      const inside = await readdir(path.join(parent, staging), { recursive: true }).catch(() => [])
      if (inside.length > 20) {
        sawStaging = true
        child.kill(signal)
        break
      }
    }
    await sleep(2)
  }
  return { ...(await exited), sawStaging }
}

describe('build: an interrupted build leaves the previous out/ intact', function () {
  this.timeout(300_000)
  let root: string
  let content: string
  let out: string
  let previous: Map<string, Buffer>
  let cache: string

  before(async () => {
    root = await makeTempDir('interrupted')
    // The cache lives outside root, so root holds only content/ and out/ (and leftovers under test).
    cache = await makeTempDir('interrupted-cache')
    content = path.join(root, 'content')
    out = path.join(root, 'out')
    // The previous out/: a build of a small corpus.
    await generateCorpus(content, 3, 7)
    expect((await runCli(['build', '--content', content, '--out', out, '--no-cache', '--jobs', '1'])).status).to.equal(0)
    previous = await readTree(out)
    await removeDir(content)
    await generateCorpus(content, CORPUS_SIZE, 11)
  })
  after(async () => {
    await removeDir(root)
    await removeDir(cache)
  })

  for (const signal of ['SIGKILL', 'SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while out/ is being written`, async () => {
      await recoverInterruptedWrite(out) // leftovers of the previous case's SIGKILL
      const result = await killDuringWrite(content, out, cache, signal)
      expect(result.sawStaging, 'the kill landed while the staging folder was filled').to.equal(true)
      expect(result.code === 0, 'the build did not finish').to.equal(false)
      const after = await readTree(out)
      expect([...after.keys()]).to.deep.equal([...previous.keys()])
      for (const [file, bytes] of previous) expect(after.get(file)!.equals(bytes), file).to.equal(true)
      if (signal !== 'SIGKILL') {
        // A handled signal cleans its own staging folder.
        expect((await readdir(root)).sort()).to.deep.equal(['content', 'out'])
      }
    })
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while worker threads' pages are written ahead leaves out/ intact and nothing beside it`, async () => {
      await recoverInterruptedWrite(out)
      // An empty cache: every page is rendered in the workers and written ahead.
      const coldCache = await makeTempDir('interrupted-cold-cache')
      try {
        const result = await killDuringWrite(content, out, cache, signal, ['--cache', coldCache], { jobs: '2', folder: (name) => name.endsWith('-pages') })
        expect(result.sawStaging, 'the kill landed while pages were written ahead').to.equal(true)
        expect(result.code === 0, 'the build did not finish').to.equal(false)
        const after = await readTree(out)
        expect([...after.keys()]).to.deep.equal([...previous.keys()])
        for (const [file, bytes] of previous) expect(after.get(file)!.equals(bytes), file).to.equal(true)
        expect((await readdir(root)).sort()).to.deep.equal(['content', 'out'])
      } finally {
        await removeDir(coldCache)
      }
    })
  }

  it('the next build after a kill cleans up and replaces out/', async () => {
    const run = await runCli(['build', '--content', content, '--out', out, '--jobs', '1', '--cache', cache])
    expect(run.status, run.stderr).to.equal(0)
    expect((await readdir(root)).sort()).to.deep.equal(['content', 'out'])
    expect((await readTree(out)).size).to.be.greaterThan(previous.size)
  })

  it('a rebuild killed while it turns the kept previous out/ into the new one leaves out/ intact', async () => {
    // The build before kept its replaced out/ in the cache; this one starts from it. Turning
    // it into the new out/ takes a few milliseconds, which a loaded machine's poller can miss
    // (the build then just finishes): it tries again with another edit, up to five times.
    let before = await readTree(out)
    let result = { sawStaging: false }
    for (let attempt = 1; attempt <= 5 && !result.sawStaging; attempt++) {
      await appendFile(path.join(content, articleFileName(3)), `\nDie Gespräche in Genf sollen am ${attempt}. Montag fortgesetzt werden.\n`)
      before = await readTree(out)
      result = await killDuringWrite(content, out, cache, 'SIGKILL', ['--cache', cache])
    }
    expect(result.sawStaging).to.equal(true)
    const after = await readTree(out)
    expect([...after.keys()]).to.deep.equal([...before.keys()])
    for (const [file, bytes] of before) expect(after.get(file)!.equals(bytes), file).to.equal(true)
    const run = await runCli(['build', '--content', content, '--out', out, '--jobs', '1', '--cache', cache])
    expect(run.status, run.stderr).to.equal(0)
    expect((await readdir(root)).sort()).to.deep.equal(['content', 'out'])
    const fresh = path.join(await makeTempDir('interrupted-fresh'), 'out')
    expect((await runCli(['build', '--content', content, '--out', fresh, '--jobs', '1', '--no-cache'])).status).to.equal(0)
    const expected = await readTree(fresh)
    const rebuilt = await readTree(out)
    expect([...rebuilt.keys()]).to.deep.equal([...expected.keys()])
    for (const [file, bytes] of expected) expect(rebuilt.get(file)!.equals(bytes), file).to.equal(true)
    await removeDir(path.dirname(fresh))
  })

  it('a previous out/ moved aside by a swap that was killed is put back', async () => {
    const dir = await makeTempDir('swap')
    const target = path.join(dir, 'out')
    await writeOutput(target, new Map([['a.md', 'A\n']]))
    const before = await readTree(target)
    // The state a SIGKILL between the two renames leaves: out/ gone, the previous copy beside it.
    const deadPid = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0'])
      child.on('exit', () => resolve(child.pid!))
    })
    await rename(target, path.join(dir, `.out.old-${deadPid}-1`))
    await mkdir(path.join(dir, `.out.tmp-${deadPid}-1`, 'de'), { recursive: true })
    await writeFile(path.join(dir, `.out.tmp-${deadPid}-1`, 'de', 'half.md'), 'half')
    await recoverInterruptedWrite(target)
    expect((await readdir(dir)).sort()).to.deep.equal(['out'])
    expect(await readTree(target)).to.deep.equal(before)
    await removeDir(dir)
  })

  it('refuses to replace a folder it did not create, unless --force', async () => {
    const dir = await makeTempDir('foreign')
    const target = path.join(dir, 'site')
    await mkdir(target)
    await writeFile(path.join(target, 'notes.md'), 'mine\n')
    const refused = await runCli(['build', '--out', target, '--no-cache', '--jobs', '1'])
    expect(refused.status).to.equal(1)
    expect(refused.stderr).to.match(new RegExp(`not created by bilingual-digest \\(no \\${MARKER_FILE} marker\\)`))
    expect((await readTree(target)).get('notes.md')!.toString()).to.equal('mine\n')
    const forced = await runCli(['build', '--out', target, '--no-cache', '--jobs', '1', '--force'])
    expect(forced.status, forced.stderr).to.equal(0)
    expect((await readTree(target)).has('notes.md')).to.equal(false)
    await removeDir(dir)
  })

  it('never uses a folder that contains the content or the working directory as out/', async () => {
    const run = await runCli(['build', '--content', content, '--out', root, '--force', '--no-cache'])
    expect(run.status).to.equal(1)
    expect(run.stderr).to.match(/refusing to use this folder as the output folder: it contains/)
    expect((await readdir(root)).sort()).to.deep.equal(['content', 'out'])
  })
})
