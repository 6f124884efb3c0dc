#!/usr/bin/env node
/** The `bilingual-digest` command: argument parsing and reporting only; the work is in the library. */
import { parseArgs } from 'node:util'
import { readFileSync, renameSync, rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { PACKAGE_ROOT } from '../package-root.ts'
import { buildFromContent } from '../build.ts'
import { writeOutput, checkOutputDir, pagesFolderFor, OutputDirError } from '../write.ts'
import { VFile } from 'vfile'
import { transliterate } from '../glossary/translit/index.ts'
import { DEFAULT_SITE, SITE_NAMES, isSiteName } from '../site/index.ts'
import { AnalysisCache, DEFAULT_CACHE_DIR } from '../cache/store.ts'
import { OutputManifest } from '../cache/output-manifest.ts'
import { createProgress } from '../workers/progress.ts'
import { defaultJobs } from '../workers/pool.ts'
import { DEFAULT_MAX_BYTES } from '../load/content.ts'

const USAGE = `Usage: bilingual-digest <command> [options]

Commands:
  build [--content DIR] [--out DIR] [--site SITE] [--force]
                      Build German and English docs (summaries, glossary) from the
                      articles in DIR (default content/) into out/ (default out/),
                      laid out for SITE: vitepress (default), docusaurus,
                      starlight or mkdocs.
                      [--jobs N] [--max-size SIZE] [--cache DIR | --no-cache] [--watch]
                      --jobs N: analyse in N worker threads (default: one per core).
                      --max-size SIZE: refuse larger articles (default 5MB; e.g. 500KB).
                      --cache DIR: keep analyses in DIR (default
                      node_modules/.cache/bilingual-digest), so a rebuild
                      analyses only changed articles.
                      --watch: rebuild whenever an article changes.
  import FILE... [--content DIR] [--force]
                      Turn raw article text (or Markdown) into content/<slug>.md
                      with YAML front matter.
  translit [--json] [--rules-only] NAME...
                      Print the English form of each German-spelled name.

Options:
  --help              Show this help.
  --version           Show the version.
  --debug             Show stack traces of internal errors.

Exit status: 0 when everything was processed, 1 when some input could not be
processed (the rest is still built), 2 for a usage error.`

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}

class UsageError extends Error {}

/**
 * The messages of these files as vfile-reporter prints them ('' when there are none).
 * The reporter, the importer and the watcher are loaded when a command needs them:
 * every module loaded is start-up time of every build (issue 7).
 */
async function reportOf(files: VFile[]): Promise<string> {
  if (!files.length) return ''
  const { reporter } = await import('vfile-reporter')
  return reporter(files, { quiet: true })
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>
type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] }

function parse(args: string[], options: OptionSpec): Parsed {
  try {
    const parsed = parseArgs({ args, options: { ...options, debug: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true, strict: true })
    return { values: parsed.values as Parsed['values'], positionals: parsed.positionals }
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

/** `5MB`, `500KB`, `2000000` → bytes. */
function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(text.trim())
  if (!match) throw new UsageError(`--max-size expects a size such as 5MB, 500KB or 2000000, got: ${text}`)
  const unit = (match[2] ?? 'b').toLowerCase()[0]
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  return Math.round(Number(match[1]) * factor)
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs()
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--jobs expects a whole number of at least 1, got: ${text}`)
  return Number(text)
}

/** Without --debug, messages show no stack traces (internal errors keep them as their cause). */
function hideStacks(files: VFile[]): void {
  for (const file of files) {
    for (const message of file.messages) {
      message.cause = undefined
      message.stack = ''
    }
  }
}

async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    content: { type: 'string' },
    out: { type: 'string' },
    site: { type: 'string' },
    force: { type: 'boolean' },
    jobs: { type: 'string' },
    'max-size': { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    watch: { type: 'boolean' },
  })
  if (positionals.length) throw new UsageError(`build takes no arguments, got: ${positionals.join(' ')}`)
  const contentDir = (values.content as string | undefined) ?? 'content'
  const outDir = (values.out as string | undefined) ?? 'out'
  const site = (values.site as string | undefined) ?? DEFAULT_SITE
  if (!isSiteName(site)) throw new UsageError(`unknown --site ${site}; expected one of ${SITE_NAMES.join(', ')}`)
  const jobs = parseJobs(values.jobs as string | undefined)
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size'] as string)
  const cacheDir = values['no-cache'] ? undefined : ((values.cache as string | undefined) ?? DEFAULT_CACHE_DIR)
  const debug = Boolean(values.debug)
  // With --watch, the cache and output manifest of the build before (kept in memory).
  let lastCache: AnalysisCache | undefined
  let lastOutputs: OutputManifest | undefined
  const buildOnce = async (): Promise<number> => {
    const started = performance.now()
    await checkOutputDir(outDir, { force: Boolean(values.force), protect: [contentDir] })
    const cache = cacheDir ? await AnalysisCache.open(cacheDir, { after: lastCache }) : undefined
    // What the last build wrote into out/: pages whose inputs did not change are linked, not rendered again.
    const outputs = cache ? await OutputManifest.load(cache.dir, outDir, { after: lastOutputs }) : undefined
    lastCache = cache
    lastOutputs = outputs
    const progress = createProgress(process.stderr)
    // Pages rendered in worker threads are written there as they come, then moved into out/
    // (writeOutput removes the folder; a signal before it takes over removes it here).
    const pagesDir = outputs ? pagesFolderFor(outDir) : undefined
    const onSignal = (signal: NodeJS.Signals) => {
      if (pagesDir) {
        // Worker threads may still be writing pages into it (they never make folders):
        // renamed first, so that no page can land in it while it is removed. The new name
        // keeps the staging prefix and this process's id, so a next build cleans it up
        // should this one die before removing it.
        const removing = `${pagesDir}-removed`
        let moved = true
        try {
          renameSync(pagesDir, removing)
        } catch {
          moved = false
        }
        rmSync(moved ? removing : pagesDir, { recursive: true, force: true })
      }
      process.kill(process.pid, signal)
    }
    let result
    try {
      process.once('SIGINT', onSignal)
      process.once('SIGTERM', onSignal)
      try {
        result = await buildFromContent(contentDir, { site, jobs, maxBytes, cache, outputs, pagesDir, onProgress: progress.update })
      } finally {
        progress.stop()
        process.off('SIGINT', onSignal)
        process.off('SIGTERM', onSignal)
      }
      if (!debug) hideStacks(result.reports)
      // Only files with messages: the reporter sorts every file it is given (a tenth of a warm build of 10,000 articles).
      const report = await reportOf(result.reports.filter((file) => file.messages.length))
      if (report) process.stderr.write(report + '\n')
      // With a cache, writeOutput records what it wrote (and the spare) in the output manifest itself.
      await writeOutput(outDir, result.files, {
        force: Boolean(values.force),
        protect: [contentDir],
        reuse: result.reused,
        prewritten: result.prewritten,
        pagesDir,
        generations: outputs?.generations(result.pageKeys),
      })
    } finally {
      if (pagesDir) await rm(pagesDir, { recursive: true, force: true })
    }
    const built = result.model.articles.length
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    process.stderr.write(`bilingual-digest: built ${built} article${built === 1 ? '' : 's'} and ${result.model.glossary.length} glossary entries into ${outDir}/ in ${seconds} s\n`)
    return result.failed > 0 ? 1 : 0
  }
  const status = await buildOnce()
  if (!values.watch) return status
  const { watchContent } = await import('../load/watch.ts')
  const watcher = await watchContent(contentDir, async () => {
    try {
      await buildOnce()
    } catch (error) {
      // A failed rebuild (say, an out/ we may not replace) is reported; watching goes on.
      process.stderr.write(`bilingual-digest: ${error instanceof Error ? error.message : String(error)}\n`)
      if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    }
  })
  process.stderr.write(`bilingual-digest: watching ${contentDir}/ for changes (Ctrl-C to stop)\n`)
  await new Promise<void>((resolve) => process.once('SIGINT', resolve))
  await watcher.close()
  return 0
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { content: { type: 'string' }, force: { type: 'boolean' } })
  if (!positionals.length) throw new UsageError('import needs at least one FILE')
  const contentDir = (values.content as string | undefined) ?? 'content'
  const { importFiles } = await import('../load/import/index.ts')
  const { written, messages } = await importFiles(positionals, contentDir, { force: Boolean(values.force) })
  const byFile = new Map<string, VFile>()
  for (const message of messages) {
    const name = message.file || '(input)'
    if (!byFile.has(name)) byFile.set(name, new VFile({ path: name }))
    byFile.get(name)!.messages.push(message)
  }
  const report = await reportOf([...byFile.values()])
  if (report) process.stderr.write(report + '\n')
  for (const file of written) process.stdout.write(file + '\n')
  return messages.some((message) => message.fatal) || written.length < positionals.length ? 1 : 0
}

async function runTranslit(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, 'rules-only': { type: 'boolean' } })
  if (!positionals.length) throw new UsageError('translit needs at least one NAME')
  for (const name of positionals) {
    const result = transliterate(name, { rulesOnly: Boolean(values['rules-only']) })
    process.stdout.write(values.json ? JSON.stringify(result) + '\n' : result.en + '\n')
  }
  return 0
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const debug = argv.includes('--debug')
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n')
      return command ? 0 : 2
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(version() + '\n')
      return 0
    }
    if (rest.includes('--help')) {
      process.stdout.write(USAGE + '\n')
      return 0
    }
    if (command === 'build') return await runBuild(rest)
    if (command === 'import') return await runImport(rest)
    if (command === 'translit') return await runTranslit(rest)
    throw new UsageError(`unknown command: ${command}`)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`bilingual-digest: ${error.message}\n\n${USAGE}\n`)
      return 2
    }
    if (error instanceof OutputDirError) {
      process.stderr.write(`bilingual-digest: ${error.message}\n`)
      return 1
    }
    process.stderr.write(`bilingual-digest: ${error instanceof Error ? error.message : String(error)}\n`)
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    return 1
  }
}

const isEntryPoint = process.argv[1] && fileURLToPath(import.meta.url) === (await import('node:fs')).realpathSync(process.argv[1])
if (isEntryPoint) process.exitCode = await main(process.argv.slice(2))
