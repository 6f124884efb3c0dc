/**
 * The part of the cache key that is not the article: the tool's version, Node's major
 * version and CLDR data, and a hash of everything that shapes an analysis (the code, the
 * lexicon, rules and word lists under src/, and the locales). Any change to them makes
 * every cached analysis stale, which is what we want: hashing the files is cheaper than
 * reasoning about which change matters.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { PACKAGE_ROOT } from '../package-root.ts'

const HASHED_FOLDERS = ['src', 'locales']

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|json|js|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

let cached: Promise<string> | undefined

export function environmentKey(): Promise<string> {
  cached ??= (async () => {
    const hash = createHash('sha256')
    const pkg = JSON.parse(await readFile(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
    hash.update(`bilingual-digest ${pkg.version}\n${process.versions.node.split('.')[0]}\n`)
    // Country names come from Node's ICU (CLDR): a Node update that brings new CLDR data
    // changes analyses without changing any of our files.
    hash.update(`icu ${process.versions.icu} cldr ${process.versions.cldr} unicode ${process.versions.unicode}\n`)
    for (const folder of HASHED_FOLDERS) {
      for (const file of await filesUnder(path.join(PACKAGE_ROOT, folder))) {
        hash.update(path.relative(PACKAGE_ROOT, file) + '\0')
        hash.update(await readFile(file))
      }
    }
    return hash.digest('hex').slice(0, 20)
  })()
  return cached
}
