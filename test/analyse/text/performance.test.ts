import { expect } from 'chai'
import { findDates, findNumbers, segment, tokenize } from '../../../src/analyse/text/index.ts'
import { ARTICLES } from './corpus-fixtures.ts'

/**
 * Catches accidental quadratic behaviour: every scan must stay linear, so a
 * huge block and thousands of real blocks both finish far inside the bounds.
 * CPU time of this process is measured, not wall time, so other work on the
 * machine does not make the test flaky.
 */
function cpuMilliseconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

describe('analyse/text performance', function () {
  this.timeout(120_000)

  it('handles a 200,000-character block of dense punctuation, quotes and line breaks within seconds', () => {
    const unit = 'Er sagte „z. B. am 24. Februar 2022 (82.) rund 55.000“.\nDr. Müller kam\n"Ja. Nein" / '
    const block = unit.repeat(Math.ceil(200_000 / unit.length))
    const t0 = process.cpuUsage()
    const segments = segment(block)
    tokenize(block)
    findNumbers(block)
    findDates(block, '2026-02-05')
    const elapsed = cpuMilliseconds(t0)
    expect(segments.length).to.be.above(1000)
    expect(elapsed).to.be.below(5000)
  })

  it('analyses 250 copies of the fixture blocks (10,000 blocks, 4 MB) within seconds', () => {
    const blocks = ARTICLES.flatMap((a) => a.blocks.map((b) => b.text))
    const t0 = process.cpuUsage()
    let sentences = 0
    for (let copy = 0; copy < 250; copy++) {
      for (const block of blocks) {
        for (const s of segment(block)) {
          tokenize(block, s.start, s.end)
          sentences++
        }
        findNumbers(block)
        findDates(block, '2026-02-05')
      }
    }
    const elapsed = cpuMilliseconds(t0)
    expect(sentences).to.be.above(30_000)
    expect(elapsed).to.be.below(20_000)
  })
})
