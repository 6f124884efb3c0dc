import type {Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parseDateline} from './dateline.ts'
import type {Extraction} from './extraction.ts'
import {parseFrontMatter} from './front-matter.ts'
import type {InputPoint} from './messages.ts'
import {parseAuthorLine} from './meta-lines.ts'

const datelineSearchParagraphs = 3

/** Input that is already Markdown: it starts with front matter or with a `# ` title. */
export function isMarkdownInput(text: string): boolean {
  return /^---\n/.test(text) || /^\s*# \S/.test(text)
}

/**
 * Reads input that is already Markdown. Its blocks are kept as they are
 * (headings, lists, emphasis); only what belongs in the front matter is taken
 * out: a leading `# ` title and `Autor:` paragraphs.
 */
export function extractMarkdown(text: string): Extraction & {frontMatterError?: string} {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as Root
  const extraction: Extraction & {frontMatterError?: string} = {frontMatter: {}, body: []}
  let blocks: RootContent[] = tree.children
  const first = blocks[0]
  if (first?.type === 'yaml') {
    const parsed = parseFrontMatter(first.value)
    extraction.frontMatter = parsed.fields
    extraction.frontMatterPlace = start(first)
    if (parsed.error) extraction.frontMatterError = parsed.error
    blocks = blocks.slice(1)
  }

  const titleHeading = blocks[0]
  if (titleHeading?.type === 'heading' && titleHeading.depth === 1) {
    extraction.headline = {value: toString(titleHeading).trim(), place: start(titleHeading)}
    blocks = blocks.slice(1)
  }

  let paragraphsSeen = 0
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const text = toString(block)
      const author = parseAuthorLine(text)
      if (author && !text.includes('\n')) {
        extraction.author ??= {value: author, place: start(block)}
        continue
      }
      paragraphsSeen++
      extraction.firstParagraph ??= {value: text, place: start(block)}
      if (!extraction.dateline && paragraphsSeen <= datelineSearchParagraphs) {
        const dateline = parseDateline(text)
        if (dateline) extraction.dateline = {value: dateline, place: start(block)}
      }
    }
    extraction.body.push(block)
  }
  return extraction
}

function start(node: RootContent | Paragraph): InputPoint {
  return {line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1}
}
