import { expect } from 'chai'
import fc from 'fast-check'
import { isSelfContained, segment, segmentWithTokens, tokenize } from '../../../src/analyse/text/index.ts'

/*
 * The quantities plugin reuses a sentence's tokens (tokenize(block, start, end)) in place
 * of tokenizing the sentence's text alone whenever the scan read nothing past `end`.
 */
const shifted = (text: string, start: number) => tokenize(text).map((token) => ({ ...token, start: token.start + start, end: token.end + start }))

describe('tokenize: tokens that stand for their range alone', () => {
  it('does not mark a range whose scan read a URL prefix or a hyphen-letter past its end', () => {
    // `www.` and `http://` are recognised by reading ahead; a number's hyphen by the letter after it.
    for (const [text, end] of [['siehe http://x.de', 12], ['ein 15-Punkte-Plan', 7]] as const) {
      const tokens = tokenize(text, 0, end)
      expect(isSelfContained(tokens), text).to.equal(false)
      expect(tokens).to.not.deep.equal(shifted(text.slice(0, end), 0))
    }
    expect(isSelfContained(tokenize('siehe www.dpa.de', 0, 9))).to.equal(false)
    expect(isSelfContained(tokenize('Er sagte: „Ja.“ Dann ging er.', 0, 15))).to.equal(true)
  })

  it('gives the tokens of the text alone whenever it says so', () => {
    const piece = fc.constantFrom('www.', 'http://', 'https://', 'WWW.', 'Http://', '15-', '-', 'Punkte', 'z.B.', '.', ' ', '\n', '„', '“', 'ß', 'Ü', '1,5', "1'000", '’', 'x', 'h', 'w')
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('')
        const start = a % (text.length + 1)
        const end = start + (b % (text.length + 1 - start))
        const tokens = tokenize(text, start, end)
        if (isSelfContained(tokens)) expect(tokens).to.deep.equal(shifted(text.slice(start, end), start))
      }),
      { numRuns: 3000 },
    )
  })

  it('segmentation hands each sentence the tokens tokenizing its range would give', () => {
    const piece = fc.constantFrom('. ', '.', '!', '?', ' ', '\n', '\n\n', '„', '“', '"', '(', ')', '(82.)', 'Kiew, 05. Feb (Reuters) -', '(AWP)', 'Von Max Muster', 'z. B.', 'Dr.', 'am 24. Februar 2022', 'www.', 'http://', '15-', 'Punkte', 'Die', 'und', 'x.', 'B', '1')
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const { segments, tokens } = segmentWithTokens(text)
        expect(segments).to.deep.equal(segment(text))
        segments.forEach((seg, k) => {
          const given = tokens[k]
          if (given === undefined) return
          const fresh = tokenize(text, seg.start, seg.end)
          expect(given).to.deep.equal(fresh)
          if (isSelfContained(given)) expect(isSelfContained(fresh)).to.equal(true)
        })
      }),
      { numRuns: 2000 },
    )
  })
})
