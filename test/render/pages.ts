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
import { createMarkdownRenderer } from 'vitepress'
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

let vitepressRenderer: Awaited<ReturnType<typeof createMarkdownRenderer>> | undefined

/** VitePress's own Markdown renderer (its markdown-it with its anchor plugin). */
export async function renderWithVitepress(markdown: string, relativePath: string, options: Parameters<typeof createMarkdownRenderer>[1] = undefined): Promise<string> {
  const md = options ? await createMarkdownRenderer(ROOT, options) : (vitepressRenderer ??= await createMarkdownRenderer(ROOT))
  return md.render(bodyOf(markdown), { path: path.join(ROOT, relativePath), relativePath, cleanUrls: false })
}

/** The ids VitePress itself gives a page's headings. */
export async function vitepressHeadingIds(markdown: string, relativePath: string): Promise<Set<string>> {
  const html = await renderWithVitepress(markdown, relativePath)
  return new Set([...html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((match) => match[1]))
}
