/**
 * The generated pages also build as MDX (Docusaurus reads `.md` as MDX): every page
 * of out/ compiles with @mdx-js/mdx, and so does every page built for every site
 * from a fixture article full of `{`, `<`, `*`, `_`, `|`, raw HTML, `<script>` and
 * lines starting with `import`/`export`. No HTML, JSX, expression or ESM from the
 * text reaches a page as markup: it stays text, and reads as written.
 */
import { expect } from 'chai'
import path from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { pathToFileURL } from 'node:url'
import { compile, createProcessor } from '@mdx-js/mdx'
import remarkFrontmatter from 'remark-frontmatter'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'
import { buildFromContent, type BuildResult } from '../../src/build.ts'
import { renderSite } from '../../src/render/index.ts'
import { createTranslator } from '../../src/i18n.ts'
import { SITE_NAMES, siteAdapter } from '../../src/site/index.ts'
import { writeOutput } from '../../src/write.ts'
import { ROOT, bodyOf, createVitepressRenderer, frontMatterOf, parsePage, readTree } from './pages.ts'

const TORTURE = path.join(ROOT, 'test/fixtures/mdx-torture/content')
// MDX's own parser (remark-parse with remark-mdx), as Docusaurus runs it, with front matter.
const mdxParser = createProcessor({ remarkPlugins: [remarkFrontmatter] })

async function compileMdx(markdown: string, file: string): Promise<void> {
  try {
    await compile({ value: markdown, path: file }, { remarkPlugins: [remarkFrontmatter] })
  } catch (error) {
    throw new Error(`${file} does not compile as MDX: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Node types that would be live markup (HTML, JSX, expressions, ESM) rather than text. */
function markupNodes(markdown: string): string[] {
  const found: string[] = []
  visit(mdxParser.parse(markdown), (node) => {
    if (/^mdx(JsxFlowElement|JsxTextElement|FlowExpression|TextExpression|jsEsm)$/.test(node.type)) found.push(`${node.type}: ${toString(node).slice(0, 40)}`)
  })
  visit(parsePage(markdown), 'html', (node) => {
    found.push(`html: ${node.value.slice(0, 40)}`)
  })
  return found
}

describe('pages as MDX', function () {
  let torture: BuildResult

  before(async () => {
    torture = await buildFromContent(TORTURE)
  })

  it('every page of out/ compiles with @mdx-js/mdx and holds no markup', async () => {
    const files = await readTree(path.join(ROOT, 'out'))
    const pages = [...files.keys()].filter((file) => file.endsWith('.md'))
    expect(pages.length).to.be.at.least(9)
    for (const page of pages) {
      await compileMdx(files.get(page)!, page)
      expect(markupNodes(files.get(page)!), page).to.deep.equal([])
    }
  })

  it('the fixture article is built (it names people and places, so its pages link to the glossary)', () => {
    expect(torture.failed).to.equal(0)
    expect(torture.model.articles).to.have.length(1)
    expect(torture.model.glossary.map((entry) => entry.de)).to.include.members(['Wolodymyr Selenskyj', 'Kiew'])
  })

  for (const name of SITE_NAMES) {
    it(`every page built for ${name} from the fixture compiles as MDX, holds no markup and reads as written`, async () => {
      const site = siteAdapter(name)
      const files = renderSite(torture.model, createTranslator(), { site })
      const article = torture.model.articles[0]
      for (const [file, markdown] of files) {
        if (!file.endsWith('.md')) continue
        await compileMdx(markdown, file)
        expect(markupNodes(markdown), file).to.deep.equal([])
      }
      const page = files.get(site.pagePath('de', `articles/${article.slug}`))!
      expect(frontMatterOf(page).title).to.equal(article.meta.title)
      const text = toString(parsePage(bodyOf(page)))
      expect(text).to.contain(article.meta.source!)
      expect(text).to.contain(article.meta.author!)
      if (site.bodyTitle) expect(toString(parsePage(bodyOf(page)).children[0])).to.equal(article.meta.title)
    })
  }

  it('VitePress renders the fixture with no live HTML and no Vue expression, using the generated config', async function () {
    const work = await mkdtemp(path.join(tmpdir(), 'bilingual-digest-mdx-'))
    try {
      const files = renderSite(torture.model, createTranslator(), { site: 'vitepress' })
      await writeOutput(path.join(work, 'out'), files)
      const config = (await import(pathToFileURL(path.join(work, 'out/.vitepress/config.mts')).href)) as { default: { markdown: Parameters<typeof createVitepressRenderer>[0] } }
      const render = await createVitepressRenderer(config.default.markdown)
      for (const [file, markdown] of files) {
        if (!file.endsWith('.md')) continue
        const html = render(markdown, file)
        expect(html, file).to.not.match(/<(script|img|div|b)\b/i)
        expect(html, file).to.not.match(/<[a-z][^>]*\son\w+=/i)
        // Vue would evaluate `{{ … }}` in the page's HTML.
        expect(html, file).to.not.contain('{{')
        expect(html, file).to.not.match(/href="javascript:/i)
      }
      // The sidebar and nav text (rendered by the theme as HTML) is escaped too.
      const configText = files.get('.vitepress/config.mts')!
      const texts = [...configText.matchAll(/"text": ("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1]) as string)
      expect(texts.some((text) => text.includes('&lt;script&gt;'))).to.equal(true)
      expect(texts.filter((text) => text.includes('<'))).to.deep.equal([])
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })
})
