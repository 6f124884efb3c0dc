import { expect } from 'chai'
import { segment } from '../../../src/analyse/text/index.ts'
import { ARTICLES } from './corpus-fixtures.ts'
import { pieces } from './helpers.ts'

describe('segment: real news paragraphs', () => {
  for (const article of ARTICLES) {
    describe(`${article.source} (${article.note})`, () => {
      article.blocks.forEach((block, index) => {
        it(`block ${index}: ${block.text.slice(0, 50)}…`, () => {
          expect(pieces(block.text)).to.deep.equal(block.segments)
        })
      })
    })
  }

  it('covers every non-space character of each fixture block with exactly one segment', () => {
    for (const article of ARTICLES) {
      for (const block of article.blocks) {
        const covered = new Array<boolean>(block.text.length).fill(false)
        for (const s of segment(block.text)) for (let i = s.start; i < s.end; i++) covered[i] = true
        for (let i = 0; i < block.text.length; i++) {
          if (!/\s/.test(block.text[i])) expect(covered[i], `${article.source}: offset ${i} of "${block.text.slice(0, 40)}…"`).to.equal(true)
        }
      }
    }
  })
})
