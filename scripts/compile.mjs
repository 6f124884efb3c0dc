/**
 * `npm run compile` (also run by `npm install`, as `prepare`): compiles src/ to
 * JavaScript in .build/src/ for bin/bilingual-digest.js (see bin/compiled.js).
 *
 * The data files beside the modules (JSON word lists, rules' vocabularies) are copied
 * along, since modules find them relative to themselves; package.json and locales/ are
 * read from the package itself (src/package-root.ts). Types are not checked here: that
 * is `npm test`'s job, and an install should not fail on a type error. The new build
 * replaces the old one only once it is complete.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { BUILD_DIR, DIGEST_FILE, PACKAGE_ROOT, sourcesDigest } from '../bin/compiled.js'
import { bundleCli } from './bundle-cli.mjs'

const require = createRequire(import.meta.url)
let tsc
try {
  tsc = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')
} catch {
  // An install without dev dependencies: the CLI runs the TypeScript through tsx.
  console.error('compile: typescript is not installed; the CLI will run from the TypeScript sources')
  process.exit(0)
}

// Taken before compiling: an edit made while the compiler runs leaves the build stale, not wrong.
const digest = sourcesDigest()
const staging = `${BUILD_DIR}.${process.pid}.tmp`
rmSync(staging, { recursive: true, force: true })
const result = spawnSync(process.execPath, [tsc, '-p', path.join(PACKAGE_ROOT, 'tsconfig.build.json'), '--outDir', staging, '--noCheck'], { stdio: 'inherit' })
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true })
  console.error(`compile: tsc failed (exit ${result.status}); the CLI will run from the TypeScript sources`)
  process.exit(1)
}
const src = path.join(PACKAGE_ROOT, 'src')
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name.endsWith('.ts')) continue
  const from = path.join(entry.parentPath, entry.name)
  const to = path.join(staging, 'src', path.relative(src, from))
  mkdirSync(path.dirname(to), { recursive: true })
  copyFileSync(from, to)
}
// One module for the CLI to load instead of hundreds (see bundle-cli.mjs); without
// esbuild, or if bundling fails, the CLI loads the compiled modules one by one.
try {
  if (!(await bundleCli(staging))) console.error('compile: esbuild is not installed; the CLI will load the compiled modules one by one')
} catch (error) {
  console.error(`compile: bundling failed (${error instanceof Error ? error.message : error}); the CLI will load the compiled modules one by one`)
}
writeFileSync(path.join(staging, path.basename(DIGEST_FILE)), digest + '\n')
rmSync(BUILD_DIR, { recursive: true, force: true })
renameSync(staging, BUILD_DIR)
console.error(`compile: ${path.relative(PACKAGE_ROOT, BUILD_DIR)}/ is current`)
