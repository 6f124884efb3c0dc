import { expect } from 'chai'
import fc from 'fast-check'
import { findDates, findNumbers, segment, tokenize } from '../../../src/analyse/text/index.ts'

const KINDS = ['sentence', 'dateline', 'trailer', 'byline', 'credit']
const WHITESPACE = /\s/

/** Pieces of German news text that reach the tricky paths: periods, quotes, agencies, numbers, line breaks. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '. ', '.', '!', '?', '…', '...', ' ', '\n', '\n\n', '„', '“', '"', "'", '»', '«', '‚', '‘', '(', ')', '(82.)', ' - ', ' – ', ' | ',
        'Kiew, 05. Feb (Reuters) -', 'KIEW (dpa-AFX) -', '/mar/DP/bgf', '(AWP)', 'rtr', '© dpa', 'Foto: dpa', 'Autor: P. Tiko', 'Von Max Muster',
        'z. B.', 'Dr.', 'Nr.', 'Mio.', 'etc.', 'J. R. R.', 'am 24. Februar 2022', '16:30 Uhr', '2:0', '55.000', '1,2 Millionen', 'swissinfo.ch',
        'https://x.de/a.b', 'Die', 'Der', 'und', 'Kiew', 'Selenskyj', 'am Donnerstag', 'im Juli', 'seit 2022', 'rund', 'fast', 'zwei', 'zweitägigen',
        '\u00a0', '\ud83d\ude00', '\ud800', 'é', 'ß',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

const anyText = fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), newsish)

describe('properties on arbitrary text', () => {
  it('segment never throws and returns ordered, non-overlapping, trimmed segments within bounds', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const segments = segment(text)
        let previousEnd = 0
        for (const s of segments) {
          expect(KINDS).to.include(s.kind)
          expect(s.start).to.be.at.least(previousEnd)
          expect(s.end).to.be.above(s.start)
          expect(s.end).to.be.at.most(text.length)
          expect(WHITESPACE.test(text[s.start])).to.equal(false)
          expect(WHITESPACE.test(text[s.end - 1])).to.equal(false)
          previousEnd = s.end
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('segment leaves no non-space character outside a segment', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const covered = new Array<boolean>(text.length).fill(false)
        for (const s of segment(text)) for (let i = s.start; i < s.end; i++) covered[i] = true
        for (let i = 0; i < text.length; i++) if (!WHITESPACE.test(text[i])) expect(covered[i], `offset ${i}`).to.equal(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('tokenize returns ordered, non-overlapping, non-empty tokens whose text is their slice, within any range', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1)
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1))
        let previousEnd = start
        for (const t of tokenize(text, start, end)) {
          expect(t.start).to.be.at.least(previousEnd)
          expect(t.end).to.be.above(t.start)
          expect(t.end).to.be.at.most(end)
          expect(text.slice(t.start, t.end)).to.equal(t.text)
          expect(WHITESPACE.test(t.text[0])).to.equal(false)
          previousEnd = t.end
        }
      }),
      { numRuns: 2000 },
    )
  })

  // Found by fast-check: U+1680 and U+205F are white space (\s) but were read as punctuation.
  it('every white-space character separates tokens and is never one', () => {
    for (const space of ['\u1680', '\u205f', '\u3000', '\u00a0', '\u200b']) {
      expect(tokenize(`a${space}b`).map((token) => token.text), JSON.stringify(space)).to.deep.equal(['a', 'b'])
    }
  })

  it('findNumbers and findDates never throw and give offsets whose slice is their text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const n of findNumbers(text)) {
          expect(text.slice(n.start, n.end)).to.equal(n.text)
          expect(Number.isFinite(n.value)).to.equal(true)
        }
        for (const d of findDates(text, '2026-02-05')) expect(text.slice(d.start, d.end)).to.equal(d.text)
      }),
      { numRuns: 1000 },
    )
  })
})
