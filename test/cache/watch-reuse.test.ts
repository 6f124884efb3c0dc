/**
 * `build --watch` keeps the cache index and the output manifest of its last build in
 * memory; the next build takes them from there, unless another build replaced the
 * files since, and then reads what that build wrote.
 */
import { expect } from 'chai'
import path from 'node:path'
import { AnalysisCache } from '../../src/cache/store.ts'
import { OutputManifest } from '../../src/cache/output-manifest.ts'
import { summaryDigest, type SummaryPart } from '../../src/build.ts'
import { useTempDir } from '../robustness/helpers.ts'
import { mergeGlossary } from '../../src/glossary/merge.ts'

const part = (de: string): SummaryPart => {
  const summary = [{ de, en: de, rule: 'r', evidence: [] }]
  return { summary, keyFacts: [], digest: summaryDigest(summary, []), leadEn: de }
}

describe('cache: reuse across --watch builds', () => {
  const root = useTempDir('watch-reuse', { each: true })

  it('takes the index it saved from memory, and reads the file again once another build replaced it', async () => {
    const cacheDir = path.join(root(), 'cache')
    const first = await AnalysisCache.open(cacheDir)
    first.setSummary('k', part('eins'))
    await first.save()

    const next = await AnalysisCache.open(cacheDir, { after: first })
    expect(next.getSummary('k')?.summary[0].de).to.equal('eins')
    // The same objects: nothing was read back from the file.
    expect(next.getSummary('k')).to.equal(first.getSummary('k'))

    // Another build (another process) writes the index in between.
    const other = await AnalysisCache.open(cacheDir)
    other.setSummary('k', part('zwei'))
    await other.save()
    const afterOther = await AnalysisCache.open(cacheDir, { after: first })
    expect(afterOther.getSummary('k')?.summary[0].de).to.equal('zwei')
  })

  // The index keeps a part's sentences as text, parsed when a build shows them.
  it('gives back a summary part from the index file as it was stored, and stores it again as it was', async () => {
    const cacheDir = path.join(root(), 'cache')
    const summary = [{ de: 'Die Ukraine und Russland tauschten 314 Gefangene aus.', en: 'Ukraine and Russia exchanged 314 prisoners.', rule: 'prisoner-exchange', evidence: [{ start: 3, end: 58 }] }]
    const keyFacts = [{ de: 'Es war der größte Austausch.', en: 'It was the largest exchange.' }]
    const stored: SummaryPart = { summary, keyFacts, digest: summaryDigest(summary, keyFacts), leadEn: summary[0].en }
    const first = await AnalysisCache.open(cacheDir)
    first.setSummary('k', stored)
    await first.save()
    for (let round = 0; round < 2; round++) {
      const read = (await AnalysisCache.open(cacheDir)).getSummary('k')!
      expect({ summary: read.summary, keyFacts: read.keyFacts, digest: read.digest, leadEn: read.leadEn }).to.deep.equal(stored)
      // Saved again by a build that did not show it: the text is kept as read.
      const again = await AnalysisCache.open(cacheDir)
      again.getSummary('k')
      await again.save()
    }
  })

  it('gives an article the summary key the last build made only for the same glossary fingerprint and the same file', async () => {
    const cacheDir = path.join(root(), 'cache')
    const article = { slug: 'a', sourceHash: 'hash-1' }
    const first = await AnalysisCache.open(cacheDir)
    expect(first.summaryKeyFor(article, 'glossary-1'), 'nothing recorded yet').to.equal(undefined)
    // Summary keys are kept with the glossary of the build that made them.
    first.noteGlossary('glossary-1', mergeGlossary([{ slug: 'a', entities: [] }]))
    first.noteSummaryKey(article, 'glossary-1', 'summary-key-a')
    await first.save()
    const next = await AnalysisCache.open(cacheDir)
    expect(next.summaryKeyFor(article, 'glossary-1')).to.equal('summary-key-a')
    expect(next.summaryKeyFor(article, 'glossary-2'), 'another glossary').to.equal(undefined)
    expect(next.summaryKeyFor({ slug: 'a', sourceHash: 'hash-2' }, 'glossary-1'), 'the file changed').to.equal(undefined)
    expect(next.summaryKeyFor({ slug: 'b', sourceHash: 'hash-1' }, 'glossary-1'), 'another slug').to.equal(undefined)
  })

  it('gives the key a page was written under only to a build whose inputs have the same signature', async () => {
    const versionDir = path.join(root(), 'cache', 'v-test')
    const outDir = path.join(root(), 'out')
    const first = await OutputManifest.load(versionDir, outDir)
    expect(first.keyFor('de/articles/a.md', 'model-1', 'inputs-1'), 'nothing recorded yet').to.equal(undefined)
    expect(first.keyFor('de/articles/b.md', 'model-1', 'inputs-b'), 'nothing recorded yet').to.equal(undefined)
    await first.save(
      new Map([
        ['de/articles/a.md', 'key-a'],
        ['de/articles/b.md', 'key-b'],
        ['de/index.md', 'key-index'],
      ]),
      new Map([
        ['de/articles/a.md', { size: 10, mtimeMs: 1 }],
        ['de/articles/b.md', { size: 10, mtimeMs: 1 }],
        ['de/index.md', { size: 10, mtimeMs: 1 }],
      ]),
      'none',
    )
    const next = await OutputManifest.load(versionDir, outDir)
    expect(next.keyFor('de/articles/a.md', 'model-1', 'inputs-1')).to.equal('key-a')
    expect(next.keyFor('de/articles/b.md', 'model-1', 'inputs-other'), 'other inputs').to.equal(undefined)
    expect(next.keyFor('de/index.md', 'model-1', 'inputs-1'), 'a page keyed without a signature').to.equal(undefined)
    const otherModel = await OutputManifest.load(versionDir, outDir)
    expect(otherModel.keyFor('de/articles/a.md', 'model-2', 'inputs-1'), 'same inputs, other context').to.equal(undefined)
  })

  it('takes the output manifest it saved from memory, and reads it again once replaced', async () => {
    const versionDir = path.join(root(), 'cache', 'v-test')
    const outDir = path.join(root(), 'out')
    const first = await OutputManifest.load(versionDir, outDir)
    await first.save(new Map([['de/index.md', 'key-1']]), new Map([['de/index.md', { size: 10, mtimeMs: 1 }]]), 'none')
    const next = await OutputManifest.load(versionDir, outDir, { after: first })
    expect(next.previous.get('de/index.md')?.key).to.equal('key-1')

    const other = await OutputManifest.load(versionDir, outDir)
    await other.save(new Map([['de/index.md', 'key-2']]), new Map([['de/index.md', { size: 10, mtimeMs: 2 }]]), 'none')
    const afterOther = await OutputManifest.load(versionDir, outDir, { after: first })
    expect(afterOther.previous.get('de/index.md')?.key).to.equal('key-2')
  })
})
