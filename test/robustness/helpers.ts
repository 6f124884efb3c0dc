/** Helpers for robustness tests: run the CLI in-process with captured output, build into temp dirs. */
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli/main.ts'
import { generateArticle } from './generate-corpus.ts'

export interface CliRun {
  status: number
  stdout: string
  stderr: string
}

/** Runs `bilingual-digest ARGS` in this process, capturing what it writes. */
export async function runCli(args: string[]): Promise<CliRun> {
  const stdoutWrite = process.stdout.write
  const stderrWrite = process.stderr.write
  let stdout = ''
  let stderr = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk)
    return true
  }) as typeof process.stderr.write
  try {
    const status = await main(args)
    return { status, stdout, stderr }
  } finally {
    process.stdout.write = stdoutWrite
    process.stderr.write = stderrWrite
  }
}

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `bilingual-digest-${prefix}-`))
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/**
 * A temporary folder for the tests of the enclosing describe: made before them and removed
 * after them (`each`: a fresh one for every test). Call it in the describe; the returned
 * function gives the folder inside a test.
 */
export function useTempDir(prefix: string, options: { each?: boolean } = {}): () => string {
  let dir: string | undefined
  ;(options.each ? beforeEach : before)(async () => {
    dir = await makeTempDir(prefix)
  })
  ;(options.each ? afterEach : after)(async () => {
    if (dir !== undefined) await removeDir(dir)
  })
  return () => {
    if (dir === undefined) throw new Error(`useTempDir('${prefix}'): the folder exists only inside the describe's tests`)
    return dir
  }
}

/** Two ordinary articles that every bad-input test builds next to the bad one. */
export const GOOD_SLUGS = ['good-one', 'good-two']

export async function writeContent(dir: string, files: Record<string, string | Uint8Array>, withGoodArticles = true): Promise<void> {
  await mkdir(dir, { recursive: true })
  if (withGoodArticles) {
    await writeFile(path.join(dir, `${GOOD_SLUGS[0]}.md`), generateArticle(0))
    await writeFile(path.join(dir, `${GOOD_SLUGS[1]}.md`), generateArticle(1))
  }
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content)
}

/** Slugs of the articles a build wrote, from out/summaries.json (the output contract). */
export async function builtSlugs(outDir: string): Promise<string[]> {
  const summaries = JSON.parse(await readFile(path.join(outDir, 'summaries.json'), 'utf8')) as { articles: Array<{ slug: string }> }
  return summaries.articles.map((article) => article.slug).sort()
}

/** Every file below a folder, relative, with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const tree = new Map<string, Buffer>()
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    tree.set(path.relative(dir, full), await readFile(full))
  }
  return new Map([...tree].sort(([a], [b]) => a.localeCompare(b)))
}
