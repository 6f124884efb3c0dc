/**
 * The compiled CLI (bin/compiled.js, scripts/compile.mjs): used only while it matches
 * the sources, and it builds exactly what the TypeScript sources build, worker threads
 * included.
 */
import { expect } from 'chai'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { compiledIsCurrent, sourcesDigest } from '../../bin/compiled.js'
import { generateCorpus } from '../robustness/generate-corpus.ts'
import { makeTempDir, readTree, removeDir } from '../robustness/helpers.ts'
import { PACKAGE_ROOT, sourceFileOf } from '../../src/package-root.ts'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = path.join(ROOT, 'bin', 'bilingual-digest.js')

describe('compiled CLI', function () {
  this.timeout(240_000)

  it('sees every change to the sources and compiler settings as a stale build', async () => {
    const root = await makeTempDir('compiled-digest')
    try {
      await mkdir(path.join(root, 'src', 'data'), { recursive: true })
      await writeFile(path.join(root, 'src', 'a.ts'), 'export const a = 1\n')
      await writeFile(path.join(root, 'src', 'data', 'words.json'), '["x"]\n')
      await writeFile(path.join(root, 'tsconfig.json'), '{}\n')
      const first = sourcesDigest(root)
      await mkdir(path.join(root, '.build'))
      await writeFile(path.join(root, '.build', 'sources.sha256'), first + '\n')
      expect(compiledIsCurrent(root)).to.equal(true)
      for (const [file, text] of [
        ['src/a.ts', 'export const a = 2\n'],
        ['src/data/words.json', '["y"]\n'],
        ['src/new.ts', 'export {}\n'],
        ['tsconfig.build.json', '{}\n'],
      ]) {
        await writeFile(path.join(root, file), text)
        expect(compiledIsCurrent(root), file).to.equal(false)
      }
    } finally {
      await removeDir(root)
    }
  })

  // Data derived from code (trained models, noun lists) is keyed by the code's sources: keyed
  // by the running files, the tests and the CLI each threw away the other's derived data.
  it('keys derived data by the TypeScript sources, whichever copy of a module runs', () => {
    const source = path.join(PACKAGE_ROOT, 'src', 'glossary', 'translit', 'ngram.ts')
    const compiled = path.join(PACKAGE_ROOT, '.build', 'src', 'glossary', 'translit', 'language-models.js')
    expect(sourceFileOf(pathToFileURL(compiled).href, 'ngram')).to.equal(source)
    expect(sourceFileOf(pathToFileURL(source).href)).to.equal(source)
    expect(sourceFileOf(pathToFileURL(compiled.replace('language-models', 'ngram')).href)).to.equal(source)
  })

  it('builds byte for byte what the TypeScript sources build, with worker threads', async () => {
    await run(process.execPath, [path.join(ROOT, 'scripts', 'compile.mjs')], { cwd: ROOT })
    expect(compiledIsCurrent()).to.equal(true)
    // The CLI and its threads run bundled (scripts/bundle-cli.mjs): the build below checks the bundles.
    for (const bundle of ['cli.js', 'worker.js']) expect(existsSync(path.join(ROOT, '.build', 'bundle', bundle)), bundle).to.equal(true)
    const dir = await makeTempDir('compiled-build')
    try {
      const content = path.join(dir, 'content')
      // Enough articles for the worker threads to start (src/workers/: at least 40 per thread).
      await generateCorpus(content, 200, 7)
      const build = (out: string, env: NodeJS.ProcessEnv) =>
        run(process.execPath, [BIN, 'build', '--content', content, '--out', path.join(dir, out), '--no-cache', '--jobs', '2'], { cwd: ROOT, env: { ...process.env, ...env } })
      await build('compiled', { BILINGUAL_DIGEST_FROM_SOURCE: '' })
      await build('sources', { BILINGUAL_DIGEST_FROM_SOURCE: '1' })
      const compiled = await readTree(path.join(dir, 'compiled'))
      const sources = await readTree(path.join(dir, 'sources'))
      expect([...compiled.keys()]).to.deep.equal([...sources.keys()])
      expect(compiled.size).to.be.greaterThan(400)
      for (const [file, bytes] of sources) expect(compiled.get(file)!.equals(bytes), file).to.equal(true)
    } finally {
      await removeDir(dir)
    }
  })
})
