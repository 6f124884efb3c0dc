import type {Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'

// Fixed choices so the same article always serialises to the same bytes.
const stringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  rule: '-',
  listItemIndent: 'one',
  setext: false
} as const

const writer = unified().use(remarkStringify, stringifyOptions).use(remarkFrontmatter, ['yaml']).freeze()

/** The article file: a YAML front matter node followed by the body, serialised by remark-stringify. */
export function buildMarkdown(frontMatterYaml: string, body: RootContent[]): string {
  return writeBlocks([{type: 'yaml', value: frontMatterYaml}, ...body])
}

/** Blocks as buildMarkdown writes them, so callers can ask what the written file will look like. */
export function writeBlocks(blocks: RootContent[]): string {
  const tree: Root = {type: 'root', children: blocks}
  return writer.stringify(tree)
}
