import { expect } from 'chai'
import fc from 'fast-check'
import { SortedWords } from '../../src/analyse/sorted-words.ts'

describe('analyse: a sorted word list searched by halves', () => {
  it('answers as a Set of the same (non-empty) words would, and gives each word its place in sorted order', () => {
    // Words without line breaks (the list is stored one word per line); any other Unicode, including surrogates.
    const word = fc.string({ unit: 'binary', maxLength: 6 }).filter((text) => !text.includes('\n'))
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 20 }), (listed, asked) => {
        const words = new SortedWords(SortedWords.sortedText(listed))
        const set = new Set(listed.filter((listedWord) => listedWord !== ''))
        const sorted = [...set].sort()
        for (const candidate of [...asked, ...listed]) {
          expect(words.has(candidate)).to.equal(set.has(candidate))
          expect(words.indexOf(candidate)).to.equal(sorted.indexOf(candidate))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('holds nothing when made from an empty list', () => {
    const words = new SortedWords(SortedWords.sortedText([]))
    expect(words.has('')).to.equal(false)
    expect(words.indexOf('Haus')).to.equal(-1)
  })
})
