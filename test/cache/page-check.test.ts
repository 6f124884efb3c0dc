import { expect } from 'chai'
import { lstatSync } from 'node:fs'
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { checkPages, type PageStamp } from '../../src/cache/page-check.ts'
import { useTempDir } from '../robustness/helpers.ts'

const PAGES = ['de/a.md', 'de/b.md', 'en/a.md', 'en/b.md', 'en/c.md']

/** Writes the pages and returns their stamps, then spoils four of them in four ways. */
async function writtenThenSpoiled(dir: string): Promise<Map<string, PageStamp>> {
  const stamps = new Map<string, PageStamp>()
  for (const page of PAGES) {
    await mkdir(path.dirname(path.join(dir, page)), { recursive: true })
    await writeFile(path.join(dir, page), `# ${page}\n`)
    const { size, mtimeMs } = lstatSync(path.join(dir, page))
    stamps.set(page, { size, mtimeMs })
  }
  await writeFile(path.join(dir, 'de/b.md'), '# edited by hand, longer than before\n')
  await utimes(path.join(dir, 'en/a.md'), new Date(2001, 0, 1), new Date(2001, 0, 1))
  await rm(path.join(dir, 'en/b.md'))
  await rm(path.join(dir, 'en/c.md'))
  await mkdir(path.join(dir, 'en/c.md'))
  return stamps
}

const expected = { 'de/a.md': true, 'de/b.md': false, 'en/a.md': false, 'en/b.md': false, 'en/c.md': false }

describe('cache: looking at the pages of the last build', () => {
  const root = useTempDir('page-check', { each: true })

  it('when asked: a page is intact only if it is still a file of its size and modification time', async () => {
    const check = checkPages(root(), await writtenThenSpoiled(root()), { threaded: false })
    expect(check.unchecked()).to.equal(PAGES.length)
    expect(Object.fromEntries(PAGES.map((page) => [page, check.isIntact(page)]))).to.deep.equal(expected)
    expect(check.unchecked()).to.equal(0)
    expect(check.isIntact('de/unknown.md')).to.equal(false)
  })

  it('in its own thread, before anyone asks, with the same verdicts', async () => {
    const check = checkPages(root(), await writtenThenSpoiled(root()))
    const deadline = Date.now() + 10_000
    while (check.unchecked() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(check.unchecked(), 'the thread looked at every page').to.equal(0)
    expect(Object.fromEntries(PAGES.map((page) => [page, check.isIntact(page)]))).to.deep.equal(expected)
  })
})
