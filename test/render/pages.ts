/**
 * Test helpers: reading generated pages the way the sites read them — the front
 * matter, the Markdown tree, the links, and the ids the site gives the headings.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import { parse as parseYaml } from 'yaml'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'
import type { Root } from 'mdast'
import type { createMarkdownRenderer } from 'vitepress'
import { createPageSlugger, type HeadingIdScheme } from '../../src/site/index.ts'

export const ROOT = path.resolve(import.meta.dirname, '../..')

export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), relative)))
    else files.push(relative)
  }
  return files.sort()
}

export async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const file of await listFiles(dir)) files.set(file, await readFile(path.join(dir, file), 'utf8'))
  return files
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

export function parsePage(markdown: string): Root {
  return parser.parse(markdown)
}

export function frontMatterOf(markdown: string): Record<string, unknown> {
  const tree = parsePage(markdown)
  const yaml = tree.children[0]
  if (!yaml || yaml.type !== 'yaml') return {}
  return parseYaml(yaml.value) as Record<string, unknown>
}

/** The page without its front matter, as sites hand it to their Markdown renderer. */
export function bodyOf(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
}

export function linksOf(markdown: string): string[] {
  const urls: string[] = []
  visit(parsePage(markdown), (node) => {
    if (node.type === 'link' || node.type === 'definition') urls.push(node.url)
  })
  return urls
}

export function headingTextsOf(markdown: string): string[] {
  const texts: string[] = []
  visit(parsePage(markdown), 'heading', (node) => {
    texts.push(toString(node))
  })
  return texts
}

/** Heading ids by the site's scheme, over the page's headings in order. */
export function headingIdsByScheme(markdown: string, scheme: HeadingIdScheme): Set<string> {
  const slug = createPageSlugger(scheme)
  return new Set(headingTextsOf(markdown).map((text) => slug(text)))
}

type VitepressMarkdownOptions = Parameters<typeof createMarkdownRenderer>[1]
type RenderPage = (markdown: string, relativePath: string) => string

/**
 * VitePress's own Markdown renderer (its markdown-it with its anchor and link plugins),
 * set up with `options` as a site config's `markdown` would. VitePress keeps one
 * instance per process; it is released right after, so each call gets its own options.
 */
export async function createVitepressRenderer(options: VitepressMarkdownOptions = {}): Promise<RenderPage> {
  // Loaded on first use: only the tests that render with VitePress pay for it.
  const { createMarkdownRenderer: create, disposeMdItInstance } = await import('vitepress')
  disposeMdItInstance()
  const md = await create(ROOT, options)
  disposeMdItInstance()
  return (markdown, relativePath) => md.render(bodyOf(markdown), { path: path.join(ROOT, relativePath), relativePath, cleanUrls: false })
}

let defaultRenderer: Promise<RenderPage> | undefined

/** The ids VitePress itself gives a page's headings. */
export async function vitepressHeadingIds(markdown: string, relativePath: string): Promise<Set<string>> {
  const html = (await (defaultRenderer ??= createVitepressRenderer()))(markdown, relativePath)
  return new Set([...html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((match) => match[1]))
}
