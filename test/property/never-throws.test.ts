/**
 * Property-based tests (fast-check): `import` and `build` never throw on arbitrary
 * Unicode input, and every page they write parses back with remark to the same tree
 * (parse → stringify → parse is stable, so a documentation site reads what we meant).
 */
import { expect } from 'chai'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import type { Node } from 'unist'
import { importArticle } from '../../src/load/import/index.ts'
import { loadArticleText } from '../../src/load/content.ts'
import { analyseFiles } from '../../src/workers/analyse-files.ts'
import { buildSite } from '../../src/build.ts'
import { createTranslator } from '../../src/i18n.ts'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkStringify)

function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions)
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) if (key !== 'position') out[key] = withoutPositions(value)
    return out
  }
  return node
}

/** The page's tree, and the tree of the page after one more stringify: they must be equal. */
function expectRoundTrip(page: string, name: string): void {
  const tree = markdown.parse(page) as Node
  const again = markdown.parse(markdown.stringify(tree as never)) as Node
  expect(withoutPositions(again), `${name} does not round-trip:\n${page}`).to.deep.equal(withoutPositions(tree))
}

/** Text that looks like news copy part of the time and like anything at all the rest. */
const newsWords = fc.constantFrom('Selenskyj', 'Kiew', 'Moskau', 'Abu Dhabi', '314', 'Kriegsgefangene', '„Zitat“', '**fett**', '# ', '## Titel', '- ', '> ', '`', '<script>', '[x](y)', '\n\n', '. ', ', ', '---\n', '\u200b', '\u202e', '\r\n')
const articleText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(newsWords, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(' ')),
)

const translator = createTranslator()

async function buildOne(bytes: Uint8Array, name = 'property.md'): Promise<Map<string, string>> {
  const file = loadArticleText(new VFile({ path: `/content/${name}` }), bytes)
  const { articles } = await analyseFiles([file])
  const { files } = await buildSite(articles, { translator })
  return files
}

describe('property: import and build never throw, and their pages round-trip through remark', function () {
  this.timeout(300_000)

  it('import: any Unicode text gives Markdown that round-trips', () => {
    fc.assert(
      fc.property(articleText, (raw) => {
        const result = importArticle(raw, { fileName: 'input.txt', today: '2026-02-05' })
        expect(result.markdown).to.be.a('string')
        expectRoundTrip(result.markdown, 'imported article')
      }),
      { numRuns: 200 },
    )
  })

  it('build: an article with any title and body builds, and every page round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 80 }), articleText, async (title, body) => {
        const source = `---\ntitle: ${JSON.stringify(title)}\ndate: 2026-02-05\nlang: de\n---\n\n${body}\n`
        const files = await buildOne(new TextEncoder().encode(source))
        for (const [name, content] of files) if (name.endsWith('.md')) expectRoundTrip(content, name)
      }),
      { numRuns: 40 },
    )
  })

  it('build: any bytes at all are reported, never thrown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const files = await buildOne(bytes)
        expect(files.has('summaries.json')).to.equal(true)
      }),
      { numRuns: 40 },
    )
  })

  it('build: an imported article of any text builds, and every page round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(articleText, async (raw) => {
        const imported = importArticle(raw, { fileName: 'input.txt', today: '2026-02-05' })
        const files = await buildOne(new TextEncoder().encode(imported.markdown), `${imported.slug}.md`)
        for (const [name, content] of files) if (name.endsWith('.md')) expectRoundTrip(content, name)
      }),
      { numRuns: 40 },
    )
  })
})
