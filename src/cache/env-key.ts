/**
 * The part of the cache key that is not the article: the tool's version, Node's major
 * version and CLDR data, and a hash of everything that shapes an analysis (the code, the
 * lexicon, rules and word lists under src/, and the locales). Any change to them makes
 * every cached analysis stale, which is what we want: hashing the files is cheaper than
 * reasoning about which change matters.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { PACKAGE_ROOT } from '../package-root.ts'

const HASHED_FOLDERS = ['src', 'locales']

function filesUnder(dir: string): string[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|json|js|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

let cached: string | undefined

// Read with blocking calls: ~250 small files, each a few thread-pool round trips when read
// asynchronously, while nothing else can go on before the key is known (issue 7).
export function environmentKey(): string {
  if (cached !== undefined) return cached
  const hash = createHash('sha256')
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
  hash.update(`bilingual-digest ${pkg.version}\n${process.versions.node.split('.')[0]}\n`)
  // Country names come from Node's ICU (CLDR): a Node update that brings new CLDR data
  // changes analyses without changing any of our files.
  hash.update(`icu ${process.versions.icu} cldr ${process.versions.cldr} unicode ${process.versions.unicode}\n`)
  for (const folder of HASHED_FOLDERS) {
    for (const file of filesUnder(path.join(PACKAGE_ROOT, folder))) {
      hash.update(path.relative(PACKAGE_ROOT, file) + '\0')
      hash.update(readFileSync(file))
    }
  }
  return (cached = hash.digest('hex').slice(0, 20))
}
