/** `build --site`: each site's layout from the command line; an unknown site is a usage error. */
import { expect } from 'chai'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './pages.ts'

const run = promisify(execFile)
const BIN = path.join(ROOT, 'bin/bilingual-digest.js')

async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT })
    return { code: 0, stderr }
  } catch (error) {
    const failed = error as { code: number; stderr: string }
    return { code: failed.code, stderr: failed.stderr }
  }
}

describe('bilingual-digest build --site', function () {
  this.timeout(60_000)
  let work: string

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'bilingual-digest-site-'))
  })

  after(async () => {
    await rm(work, { recursive: true, force: true })
  })

  it('writes the MkDocs layout with its config', async () => {
    const out = path.join(work, 'mkdocs')
    const { code } = await cli('build', '--site', 'mkdocs', '--out', out)
    expect(code).to.equal(0)
    for (const file of ['mkdocs.yml', 'docs/index.md', 'docs/de/glossary.md', 'docs/en/glossary.md', 'glossary.tbx']) expect(existsSync(path.join(out, file)), file).to.equal(true)
    expect(existsSync(path.join(out, 'de'))).to.equal(false)
  })

  it('refuses an unknown site with exit status 2 and names the known ones', async () => {
    const { code, stderr } = await cli('build', '--site', 'hugo', '--out', path.join(work, 'hugo'))
    expect(code).to.equal(2)
    expect(stderr).to.contain('vitepress, docusaurus, starlight, mkdocs')
    expect(existsSync(path.join(work, 'hugo'))).to.equal(false)
  })
})
