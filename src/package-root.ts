/**
 * The package's own folder (where package.json, locales/ and node_modules/ are), for the
 * modules that read files outside src/. Modules run either from src/ (TypeScript, through
 * tsx) or compiled from <package>/.build/src/ (scripts/compile.mjs); both read the same
 * package.json and locales, so a build gives the same output, and the same cache key,
 * whichever way it runs.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder that holds this module's src/: the package itself, or its .build/ folder. */
const SRC_PARENT = fileURLToPath(new URL('../', import.meta.url))

export const COMPILED_DIR_NAME = '.build'

export const PACKAGE_ROOT = path.basename(SRC_PARENT) === COMPILED_DIR_NAME ? path.dirname(SRC_PARENT) : SRC_PARENT.replace(/[\\/]$/, '')

/** Runs this process from compiled JavaScript (no module hooks needed in worker threads)? */
export const RUNS_COMPILED = import.meta.url.endsWith('.js')

/**
 * The TypeScript source of a module (or of its sibling `sibling`, a name without
 * extension), in the package's src/ whether this process runs the sources or their
 * compiled copy. Data derived from code is keyed by the sources: keyed by the running
 * file, the tests (tsx) and the CLI (compiled) would each throw away the other's data.
 */
export function sourceFileOf(moduleUrl: string, sibling?: string): string {
  let file = fileURLToPath(moduleUrl)
  if (sibling !== undefined) file = path.join(path.dirname(file), sibling + path.extname(file))
  const compiledRoot = path.join(PACKAGE_ROOT, COMPILED_DIR_NAME)
  const relative = path.relative(compiledRoot, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return file
  return path.join(PACKAGE_ROOT, relative.replace(/\.js$/, '.ts'))
}
