/**
 * The compiled build: src/ compiled to JavaScript in .build/src/ (scripts/compile.mjs,
 * run by `npm install`), so the CLI starts without tsx's module hooks. Through them, each
 * of the ~200 modules costs a round trip to tsx's loader thread: about 0.6 s of every
 * run, a fifth of a warm rebuild (issue 7).
 *
 * The build is used only while it matches the sources (a digest of src/ and the
 * compiler settings, written by the compiler); after any edit the CLI runs the
 * TypeScript through tsx, as before, until the next `npm run compile`.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url))
/** Must match COMPILED_DIR_NAME in src/package-root.ts. */
const BUILD_DIR_NAME = '.build'
const DIGEST_FILE_NAME = 'sources.sha256'
export const BUILD_DIR = path.join(PACKAGE_ROOT, BUILD_DIR_NAME)
export const DIGEST_FILE = path.join(BUILD_DIR, DIGEST_FILE_NAME)
const COMPILER_SETTINGS = ['tsconfig.json', 'tsconfig.build.json']

/** A digest of what the compiled build is made from: every file under src/ and the compiler settings. */
export function sourcesDigest(root = PACKAGE_ROOT) {
  const src = path.join(root, 'src')
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
  const hash = createHash('sha256')
  for (const file of [...files, ...COMPILER_SETTINGS]) {
    hash.update(file).update('\0')
    try {
      hash.update(readFileSync(path.join(root, file)))
    } catch {
      hash.update('\u0001missing')
    }
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** Is there a compiled build of exactly the current sources? */
export function compiledIsCurrent(root = PACKAGE_ROOT) {
  let recorded
  try {
    recorded = readFileSync(path.join(root, BUILD_DIR_NAME, DIGEST_FILE_NAME), 'utf8').trim()
  } catch {
    return false
  }
  return recorded === sourcesDigest(root)
}

/**
 * The CLI module (src/cli/main.ts): compiled when the build is current, otherwise the
 * TypeScript through tsx. BILINGUAL_DIGEST_FROM_SOURCE=1 always runs the sources.
 */
export async function loadCli() {
  if (process.env.BILINGUAL_DIGEST_FROM_SOURCE !== '1' && compiledIsCurrent()) {
    // The compiled modules bundled into one (scripts/bundle-cli.mjs), when the compiler made it.
    const bundle = path.join(BUILD_DIR, 'bundle', 'cli.js')
    return import(pathToFileURL(existsSync(bundle) ? bundle : path.join(BUILD_DIR, 'src', 'cli', 'main.js')).href)
  }
  const { register } = await import('tsx/esm/api')
  register()
  return import('../src/cli/main.ts')
}
