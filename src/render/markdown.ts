/**
 * Serialising pages: mdast in, Markdown out, through remark-stringify (which does all
 * escaping), with the YAML front matter as a `yaml` node.
 */
import { unified } from 'unified'
import remarkStringify from 'remark-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import { stringify as stringifyYaml } from 'yaml'
import type { Root, RootContent, PhrasingContent, Yaml } from 'mdast'
import GithubSlugger from 'github-slugger'

const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one' }).use(remarkFrontmatter, ['yaml'])

export function frontMatter(data: Record<string, unknown>): Yaml {
  return { type: 'yaml', value: stringifyYaml(data, { lineWidth: 0 }).trimEnd() }
}

export function toMarkdown(children: RootContent[]): string {
  const tree: Root = { type: 'root', children }
  return processor.stringify(tree)
}

export function text(value: string): PhrasingContent {
  return { type: 'text', value }
}

export function link(url: string, children: PhrasingContent[] | string): PhrasingContent {
  return { type: 'link', url, children: typeof children === 'string' ? [text(children)] : children }
}

export function heading(depth: 1 | 2 | 3 | 4, children: PhrasingContent[] | string): RootContent {
  return { type: 'heading', depth, children: typeof children === 'string' ? [text(children)] : children }
}

export function paragraph(children: PhrasingContent[] | string): RootContent {
  return { type: 'paragraph', children: typeof children === 'string' ? [text(children)] : children }
}

export function list(items: PhrasingContent[][]): RootContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
  }
}

/** Anchor that documentation sites (GitHub-style slugger: VitePress, Docusaurus, Starlight) give a heading. */
export function headingAnchor(headingText: string, slugger = new GithubSlugger()): string {
  return slugger.slug(headingText)
}

/**
 * Splits a sentence into text and links: the first mention on the page of each
 * name links to its glossary anchor (`linked` carries what the page already linked).
 */
export function linkNames(sentence: string, names: Array<{ name: string; url: string; id: string }>, linked: Set<string>): PhrasingContent[] {
  const hits: Array<{ start: number; end: number; url: string; id: string }> = []
  // Longer names first, so `Wolodymyr Selenskyj` wins over `Selenskyj`.
  for (const candidate of [...names].sort((a, b) => b.name.length - a.name.length)) {
    if (linked.has(candidate.id) || candidate.name.length < 2) continue
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${candidate.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')
    const match = pattern.exec(sentence)
    if (!match) continue
    const start = match.index
    const end = start + match[0].length
    if (hits.some((hit) => start < hit.end && end > hit.start)) continue
    hits.push({ start, end, url: candidate.url, id: candidate.id })
    linked.add(candidate.id)
  }
  hits.sort((a, b) => a.start - b.start)
  const out: PhrasingContent[] = []
  let at = 0
  for (const hit of hits) {
    if (hit.start > at) out.push(text(sentence.slice(at, hit.start)))
    out.push(link(hit.url, sentence.slice(hit.start, hit.end)))
    at = hit.end
  }
  if (at < sentence.length) out.push(text(sentence.slice(at)))
  return out
}
