import { expect } from 'chai'
import fc from 'fast-check'
import type { PhrasingContent, RootContent } from 'mdast'
import { serialisePlain } from '../../src/render/plain-markdown.ts'
import { frontMatter, heading, link, list, paragraph, text, toMarkdownWithRemark } from '../../src/render/markdown.ts'

// Text drawn mostly from the characters Markdown and MDX treat specially, so the fast
// path is tried on exactly the cases where escaping matters.
const tricky = fc.constantFrom(...' .-+=#>*_`<>{}[]()!&\\|~:;,"\'1234567890aZäß„“…·\t\n'.split(''), 'import ', 'export ', '1. ', '2) ', 'Rollen', 'Kreml-Sprecher')
const word = fc.constantFrom('Ukraine', 'Selenskyj', '5. Februar 2026', 'Abu Dhabi', 'Kyjiw', 'Zürich', ' und ', ' (Sprecher)', ': ', '2026')
// Mostly plain words with a tricky character here and there: the fast path must decline exactly where it has to.
const value = fc.array(fc.oneof({ arbitrary: word, weight: 15 }, { arbitrary: tricky, weight: 1 }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''))
const url = fc.constantFrom('../glossary.md#abu-dhabi', 'articles/2026-02-05-x.md', 'https://example.org/a?b=1', 'a b', 'x(y)', 'https://e.org/?a=1&b=2', '<x>')

const phrasingNode: fc.Arbitrary<PhrasingContent> = fc.oneof(
  value.map((v) => ({ type: 'text', value: v }) as PhrasingContent),
  fc.oneof(value, word).map((v) => text(v)),
  fc.tuple(url, fc.oneof(value, word)).map(([u, v]) => link(u, v)),
  fc.oneof(value, word).map((v) => ({ type: 'strong', children: [text(v)] }) as PhrasingContent),
)
const phrasing = fc.array(phrasingNode, { minLength: 1, maxLength: 5 })
const blockNode: fc.Arbitrary<RootContent> = fc.oneof(
  phrasing.map((children) => paragraph(children)),
  fc.tuple(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, phrasing).map(([depth, children]) => heading(depth, children)),
  fc.array(phrasing, { minLength: 1, maxLength: 3 }).map((items) => list(items)),
)
const page = fc.tuple(fc.boolean(), fc.array(blockNode, { minLength: 1, maxLength: 4 }), fc.oneof(value, word)).map(([withHead, blocks, title]) =>
  withHead ? [frontMatter({ title, order: 3 }) as RootContent, ...blocks] : blocks,
)

describe('render: the plain-Markdown fast path', () => {
  it('writes exactly what remark-stringify writes, or declines', () => {
    let taken = 0
    fc.assert(
      fc.property(page, (children) => {
        const fast = serialisePlain({ type: 'root', children })
        if (fast === undefined) return
        taken++
        expect(fast).to.equal(toMarkdownWithRemark(children))
      }),
      { numRuns: 3000, seed: 20261122 },
    )
    // The property means little if the fast path never runs.
    expect(taken).to.be.greaterThan(100)
  })

  it('takes the pages of ordinary news text, ordered-list lookalikes included', () => {
    const children: RootContent[] = [
      frontMatter({ title: 'Gefangenenaustausch: „Signal“', sidebar: { order: 3 } }) as RootContent,
      heading(1, 'Gefangenenaustausch: „Signal“'),
      paragraph('5. Februar 2026 · Reuters'),
      heading(2, 'Zusammenfassung'),
      paragraph([link('../glossary.md#ukraine', 'Die Ukraine'), text(' und Russland tauschten 314 Gefangene aus (157 je Seite).')]),
      list([[link('../glossary.md#peskow', 'Dmitri Peskow'), text(' (Kreml-Sprecher)')], [{ type: 'strong', children: [text('5. Februar 2026')] }, text(' · Titel')]]),
    ]
    const fast = serialisePlain({ type: 'root', children })
    expect(fast).to.be.a('string')
    expect(fast).to.equal(toMarkdownWithRemark(children))
    expect(fast).to.contain('5\\. Februar 2026 · Reuters')
  })

  it('declines text that needs escaping', () => {
    for (const value of ['a *b*', 'x_y', '[x]', '<b>', '{x}', 'a & b', '# x', 'import x', '- x', '1) x']) {
      expect(serialisePlain({ type: 'root', children: [paragraph(value)] }), value).to.equal(undefined)
    }
  })
})
