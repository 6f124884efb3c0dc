import { expect } from 'chai'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { plainYaml } from '../../src/render/plain-yaml.ts'

const piece = fc.constantFrom('Ukraine', 'Zürich', ' ', ': ', ':', '#', ' #', '-', '- ', '"', "'", '„', '“', '…', '1', '2026', '.', ',', 'true', 'null', '~', '@', '[', ']', '{', '}', '|', '>', '!', '&', '*', '%', '`', '?', '\t', '\n', 'e3', '0x1A', '-02-05', 'Kyjiw (AFP)', '5. Februar')
const text = fc.array(piece, { minLength: 0, maxLength: 5 }).map((parts) => parts.join(''))
const scalar = fc.oneof(text, fc.integer({ min: -5, max: 5000 }), fc.constantFrom('2026-02-05', '1.5', 'yes'))
const key = fc.constantFrom('title', 'description', 'date', 'lang', 'source', 'sidebar_position', 'order')
const mapping = fc.dictionary(key, fc.oneof({ arbitrary: scalar, weight: 4 }, { arbitrary: fc.dictionary(key, scalar, { minKeys: 0, maxKeys: 2 }), weight: 1 }), { minKeys: 1, maxKeys: 6 })

describe('render: the plain front-matter fast path', () => {
  it('writes exactly what the yaml library writes, or declines', () => {
    let taken = 0
    fc.assert(
      fc.property(mapping, (data) => {
        const fast = plainYaml(data)
        if (fast === undefined) return
        taken++
        expect(fast).to.equal(stringify(data, { lineWidth: 0 }).trimEnd())
      }),
      { numRuns: 5000, seed: 20261122 },
    )
    expect(taken).to.be.greaterThan(300)
  })

  it('takes an ordinary page head', () => {
    const data = { title: 'Ukraine und Russland tauschen 314 Gefangene aus', description: 'Die Ukraine und Russland haben sich in Abu Dhabi geeinigt.', date: '2026-02-05', lang: 'de', source: 'Reuters', sidebar_position: 3, sidebar: { order: 3 } }
    expect(plainYaml(data)).to.equal(stringify(data, { lineWidth: 0 }).trimEnd())
    expect(plainYaml({ title: 'Gefangenenaustausch als Signal: Warum' }), 'a colon and space needs quotes').to.equal(undefined)
  })
})
