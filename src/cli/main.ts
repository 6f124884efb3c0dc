#!/usr/bin/env node
/** The `bilingual-digest` command: argument parsing and reporting only; the work is in the library. */
import { parseArgs } from 'node:util'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { reporter } from 'vfile-reporter'
import { buildFromContent } from '../build.ts'
import { writeOutput, OutputDirError } from '../write.ts'
import { importFiles } from '../load/import/index.ts'
import { VFile } from 'vfile'
import { transliterate } from '../glossary/translit/index.ts'
import { DEFAULT_SITE, SITE_NAMES, isSiteName } from '../site/index.ts'

const USAGE = `Usage: bilingual-digest <command> [options]

Commands:
  build [--content DIR] [--out DIR] [--site SITE] [--force]
                      Build German and English docs (summaries, glossary) from the
                      articles in DIR (default content/) into out/ (default out/),
                      laid out for SITE: vitepress (default), docusaurus,
                      starlight or mkdocs.
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
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string }
  return pkg.version
}

class UsageError extends Error {}

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

async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { content: { type: 'string' }, out: { type: 'string' }, site: { type: 'string' }, force: { type: 'boolean' } })
  if (positionals.length) throw new UsageError(`build takes no arguments, got: ${positionals.join(' ')}`)
  const contentDir = (values.content as string | undefined) ?? 'content'
  const outDir = (values.out as string | undefined) ?? 'out'
  const site = (values.site as string | undefined) ?? DEFAULT_SITE
  if (!isSiteName(site)) throw new UsageError(`unknown --site ${site}; expected one of ${SITE_NAMES.join(', ')}`)
  const result = await buildFromContent(contentDir, { site })
  const report = reporter(result.reports, { quiet: true })
  if (report) process.stderr.write(report + '\n')
  await writeOutput(outDir, result.files, { force: Boolean(values.force) })
  const built = result.model.articles.length
  process.stderr.write(`bilingual-digest: built ${built} article${built === 1 ? '' : 's'} and ${result.model.glossary.length} glossary entries into ${outDir}/\n`)
  return result.failed > 0 ? 1 : 0
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { content: { type: 'string' }, force: { type: 'boolean' } })
  if (!positionals.length) throw new UsageError('import needs at least one FILE')
  const contentDir = (values.content as string | undefined) ?? 'content'
  const { written, messages } = await importFiles(positionals, contentDir, { force: Boolean(values.force) })
  const byFile = new Map<string, VFile>()
  for (const message of messages) {
    const name = message.file || '(input)'
    if (!byFile.has(name)) byFile.set(name, new VFile({ path: name }))
    byFile.get(name)!.messages.push(message)
  }
  const report = reporter([...byFile.values()], { quiet: true })
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
