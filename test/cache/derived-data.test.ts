/**
 * Derived data (trained models, word lists) is computed once per key and read back after
 * that; it never changes a result, and what older versions of the tool left is removed.
 */
import { expect } from 'chai'
import { readdir, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { derivedData } from '../../src/cache/derived-data.ts'
import { useTempDir } from '../robustness/helpers.ts'

describe('derived data', () => {
  const dir = useTempDir('derived', { each: true })

  it('is computed once per key, then read back', () => {
    let computed = 0
    const compute = () => ({ n: ++computed })
    expect(derivedData('model', 'k1', compute, dir())).to.deep.equal({ n: 1 })
    expect(derivedData('model', 'k1', compute, dir())).to.deep.equal({ n: 1 })
    expect(computed).to.equal(1)
  })

  it('computes again when the file cannot be read', async () => {
    await writeFile(path.join(dir(), 'model-k1.json'), '{"torn')
    expect(derivedData('model', 'k1', () => ({ fresh: true }), dir())).to.deep.equal({ fresh: true })
    expect(derivedData('model', 'k1', () => ({ fresh: false }), dir())).to.deep.equal({ fresh: true })
  })

  it('removes the files of other keys of that name, and of any name unwritten for 30 days', async () => {
    derivedData('model', 'old', () => 1, dir())
    derivedData('word-list', 'current', () => 2, dir())
    // What an earlier version stored under a name this one no longer uses.
    const abandoned = path.join(dir(), 'noun-forms-v1.json')
    await writeFile(abandoned, '[]')
    const longAgo = new Date(Date.now() - 31 * 86_400_000)
    await utimes(abandoned, longAgo, longAgo)
    derivedData('model', 'new', () => 3, dir())
    expect((await readdir(dir())).sort()).to.deep.equal(['model-new.json', 'word-list-current.json'])
  })
})
