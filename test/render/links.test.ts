/**
 * Every relative link in the generated pages resolves: to a page that exists and,
 * when it names an anchor, to a heading id that page has — computed the way the
 * site computes it (VitePress's own renderer for out/; github-slugger for
 * Docusaurus and Starlight; Python-Markdown's rule for MkDocs).
 */
import { expect } from 'chai'
import path from 'node:path'
import { buildFromContent, type BuildResult } from '../../src/build.ts'
import { renderSite } from '../../src/render/index.ts'
import { createTranslator } from '../../src/i18n.ts'
import { SITE_NAMES, siteAdapter, type SiteName } from '../../src/site/index.ts'
import sites from '../../src/site/sites.json' with { type: 'json' }
import { ROOT, headingIdsByScheme, linksOf, readTree, vitepressHeadingIds } from './pages.ts'
import { hasEntryPage } from '../../src/render/glossary-page.ts'
import { generateCorpus } from '../robustness/generate-corpus.ts'
import { makeTempDir, removeDir } from '../robustness/helpers.ts'

type IdsOf = (file: string, markdown: string) => Promise<Set<string>>

interface Broken {
  page: string
  url: string
  why: string
}

const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url)

/** The page a directory-style URL (Starlight) points at, or undefined. */
function pageOfDirectoryUrl(files: Map<string, string>, url: string): string | undefined {
  const route = url.replace(/^\/+|\/+$/g, '')
  for (const candidate of [`${route}.md`, `${route}/index.md`, route === '' ? 'index.md' : '']) if (candidate && files.has(candidate)) return candidate
  return undefined
}

/** Checks every relative link of every Markdown page; returns what does not resolve and how many links were checked. */
export async function checkLinks(files: Map<string, string>, style: 'file' | 'directory', idsOf: IdsOf): Promise<{ broken: Broken[]; checked: number; anchors: number }> {
  const broken: Broken[] = []
  const idCache = new Map<string, Set<string>>()
  let checked = 0
  let anchors = 0
  for (const [page, markdown] of files) {
    if (!page.endsWith('.md')) continue
    for (const url of linksOf(markdown)) {
      if (isExternal(url)) continue
      checked++
      const [target, anchor] = url.split('#') as [string, string | undefined]
      let targetPage: string | undefined
      if (style === 'file') {
        targetPage = target === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURIComponent(target)))
        if (!files.has(targetPage)) targetPage = undefined
      } else {
        const pageUrl = new URL(`http://site/${page.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '/')}`)
        targetPage = pageOfDirectoryUrl(files, decodeURIComponent(new URL(target, pageUrl).pathname))
      }
      if (!targetPage) {
        broken.push({ page, url, why: 'no such page' })
        continue
      }
      if (anchor === undefined) continue
      anchors++
      if (!idCache.has(targetPage)) idCache.set(targetPage, await idsOf(targetPage, files.get(targetPage)!))
      if (!idCache.get(targetPage)!.has(decodeURIComponent(anchor))) broken.push({ page, url, why: `no heading with id "${anchor}" on ${targetPage}` })
    }
  }
  return { broken, checked, anchors }
}

describe('links in the generated pages', function () {
  let result: BuildResult

  before(async () => {
    result = await buildFromContent(path.join(ROOT, 'content'))
  })

  it('all resolve in out/, with anchors as VitePress itself computes them', async () => {
    const files = await readTree(path.join(ROOT, 'out'))
    const { broken, checked, anchors } = await checkLinks(files, 'file', (file, markdown) => vitepressHeadingIds(markdown, file))
    expect(broken).to.deep.equal([])
    // Every summary page links names to the glossary, and the glossary links back.
    expect(checked).to.be.greaterThan(50)
    expect(anchors).to.be.greaterThan(20)
  })

  for (const name of SITE_NAMES) {
    it(`all resolve in the ${name} layout`, async () => {
      const settings = (sites as Record<SiteName, { links: 'file' | 'directory'; headingIds: 'vitepress' | 'github' | 'python-markdown' }>)[name]
      const files = renderSite(result.model, createTranslator(), { site: siteAdapter(name) })
      const { broken, checked, anchors } = await checkLinks(files, settings.links, async (_file, markdown) => headingIdsByScheme(markdown, settings.headingIds))
      expect(broken).to.deep.equal([])
      expect(checked).to.be.greaterThan(50)
      expect(anchors).to.be.greaterThan(20)
    })
  }

  it('all resolve for the MDX torture fixture in every layout (headings full of markup, escaped)', async () => {
    const torture = await buildFromContent(path.join(ROOT, 'test/fixtures/mdx-torture/content'))
    for (const name of SITE_NAMES) {
      const settings = (sites as Record<SiteName, { links: 'file' | 'directory'; headingIds: 'vitepress' | 'github' | 'python-markdown' }>)[name]
      const files = renderSite(torture.model, createTranslator(), { site: siteAdapter(name) })
      const idsOf: IdsOf = name === 'vitepress' ? (file, markdown) => vitepressHeadingIds(markdown, file) : async (_file, markdown) => headingIdsByScheme(markdown, settings.headingIds)
      const { broken, anchors } = await checkLinks(files, settings.links, idsOf)
      expect(broken, name).to.deep.equal([])
      expect(anchors, name).to.be.greaterThan(5)
    }
  })

  it('all resolve in every layout for an archive whose busiest entries have pages of their own (names/)', async () => {
    const dir = await makeTempDir('links-names')
    try {
      await generateCorpus(path.join(dir, 'content'), 40, 3)
      const archive = await buildFromContent(path.join(dir, 'content'))
      expect(archive.model.glossary.some(hasEntryPage), 'some entry is named in enough articles').to.equal(true)
      for (const name of SITE_NAMES) {
        const settings = (sites as Record<SiteName, { links: 'file' | 'directory'; headingIds: 'vitepress' | 'github' | 'python-markdown' }>)[name]
        const files = renderSite(archive.model, createTranslator(), { site: siteAdapter(name) })
        expect([...files.keys()].some((file) => file.includes('/names/')), name).to.equal(true)
        const { broken } = await checkLinks(files, settings.links, async (_file, markdown) => headingIdsByScheme(markdown, settings.headingIds))
        expect(broken, name).to.deep.equal([])
      }
    } finally {
      await removeDir(dir)
    }
  })

  it('reports a link to a missing page and to a missing anchor (the checker can fail)', async () => {
    const files = new Map([
      ['de/index.md', '# Start\n\n[a](glossary.md#nirgends) [b](fehlt.md) [c](glossary.md#kiew)\n'],
      ['de/glossary.md', '# Glossar\n\n## Kiew\n'],
    ])
    const { broken } = await checkLinks(files, 'file', async (_file, markdown) => headingIdsByScheme(markdown, 'vitepress'))
    expect(broken.map((problem) => problem.url)).to.deep.equal(['glossary.md#nirgends', 'fehlt.md'])
    const starlight = new Map([
      ['de/articles/a.md', '[g](../../glossary/#kiew) [x](../glossary/#kiew)\n'],
      ['de/glossary.md', '## Kiew\n'],
    ])
    const directory = await checkLinks(starlight, 'directory', async (_file, markdown) => headingIdsByScheme(markdown, 'github'))
    expect(directory.broken.map((problem) => problem.url)).to.deep.equal(['../glossary/#kiew'])
  })
})
