import { expect } from 'chai'
import fc from 'fast-check'
import { parse } from 'yaml'
import { parseSimpleFrontMatter } from '../../src/load/simple-yaml.ts'

describe('front matter without the YAML parser', () => {
  it('reads the usual shape', () => {
    expect(parseSimpleFrontMatter('title: "Diplomatie in kleinen Schritten (2)"\ndate: 2022-08-02\nlang: de')).to.deep.equal({
      title: 'Diplomatie in kleinen Schritten (2)',
      date: '2022-08-02',
      lang: 'de',
    })
  })

  it('leaves numbers, booleans, nulls, escapes, comments and duplicate keys to YAML', () => {
    for (const text of ['a: 12', 'a: 1e3', 'a: true', 'a: Null', 'a: ~', 'a: "x\\"y"', 'a: x #c', '# c\na: x', 'a: x\na: y', 'a: x\n', '  a: x', 'a:', 'a: [x]']) {
      expect(parseSimpleFrontMatter(text), text).to.equal(undefined)
    }
  })

  it('gives what the YAML parser (core schema) gives whenever it answers', () => {
    const key = fc.constantFrom('title', 'date', 'lang', 'source', 'author', 'x-y')
    const value = fc.oneof(
      fc.constantFrom('"Die Zeit"', "'it''s'", '2022-08-02', '2022-8-2', 'de', 'null', 'True', '12', '.5', 'Müller, Max', 'a & b', 'x: y', 'x #c', '„Zitat“', '10. März', '—x', 'x.', '"😀"', ''),
      fc.string({ maxLength: 8 }),
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.constantFrom(' ', '  '), value), { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.map(([k, space, v]) => `${k}:${space}${v}`).join('\n')
        const fast = parseSimpleFrontMatter(text)
        if (fast !== undefined) expect(fast).to.deep.equal(parse(text, { schema: 'core' }))
      }),
      { numRuns: 3000 },
    )
  })
})
