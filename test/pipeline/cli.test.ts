import { expect } from 'chai'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import path from 'node:path'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
const BIN = path.join(ROOT, 'bin/bilingual-digest.js')

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('bilingual-digest CLI', () => {
  it('translit prints the English form of German-spelled names', async () => {
    const { code, stdout } = await cli('translit', 'Selenskyj', 'Peskow', 'Umjerow', 'Dmitrijew', 'Saporischschja')
    expect(code).to.equal(0)
    expect(stdout.trim().split('\n')).to.deep.equal(['Zelensky', 'Peskov', 'Umerov', 'Dmitriev', 'Zaporizhzhia'])
  })

  it('translit --json gives the documented fields', async () => {
    const { stdout } = await cli('translit', '--json', 'Peskow')
    const result = JSON.parse(stdout)
    for (const field of ['input', 'en', 'cyrillic', 'de', 'origin', 'variants']) expect(result).to.have.property(field)
    expect(result.en).to.equal('Peskov')
  })

  it('--help and --version exit 0', async () => {
    expect((await cli('--help')).stdout).to.contain('Usage: bilingual-digest')
    expect((await cli('--version')).stdout.trim()).to.match(/^\d+\.\d+\.\d+/)
  })

  it('a usage error exits 2 with a message', async () => {
    const unknown = await cli('frobnicate')
    expect(unknown.code).to.equal(2)
    expect(unknown.stderr).to.contain('unknown command: frobnicate')
    const badOption = await cli('build', '--nope')
    expect(badOption.code).to.equal(2)
  })
})
