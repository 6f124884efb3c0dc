import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parseDateline} from './dateline.ts'
import {writeBlocks} from './build-markdown.ts'
import type {Extraction} from './extraction.ts'
import {parseFrontMatter} from './front-matter.ts'
import type {InputPoint} from './messages.ts'
import {parseAuthorLine} from './meta-lines.ts'
import {extractPlainText} from './plain-text.ts'

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

  let endOfMeta = first?.type === 'yaml' ? (first.position?.end.line ?? 0) : 0
  const titleHeading = blocks[0]
  // With a title in the front matter, a leading `# ` heading is the author's own body heading.
  if (titleHeading?.type === 'heading' && titleHeading.depth === 1 && extraction.frontMatter.title === undefined) {
    extraction.headline = {value: toString(titleHeading).trim(), place: start(titleHeading)}
    endOfMeta = titleHeading.position?.end.line ?? endOfMeta
    blocks = blocks.slice(1)
  }

  if (isPastedTextBody(text, blocks)) {
    const title = extraction.frontMatter.title
    const plain = extractPlainText(removeEscapes(blankLines(text, endOfMeta)), {
      knownTitle: typeof title === 'string' ? title.trim() : extraction.headline?.value
    })
    return {
      ...plain,
      headline: extraction.headline ?? plain.headline,
      frontMatter: extraction.frontMatter,
      frontMatterPlace: extraction.frontMatterPlace,
      frontMatterError: extraction.frontMatterError
    }
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

/**
 * Front matter added by hand above text pasted from a web page: the body has
 * only paragraphs of plain text and `**bold**`, and no backslash escapes
 * (which only a Markdown writer adds). Such a body gets the plain-text line
 * rules, so its heading lines and one-paragraph-per-line layout are read as
 * for raw input.
 *
 * The escapes that count are those the written file keeps: an escape the
 * writer drops (`\:`) would leave a file that reads as pasted text the next
 * time it is imported, so importing the output again would change it.
 */
function isPastedTextBody(text: string, blocks: RootContent[]): boolean {
  const plainPhrasing = (node: PhrasingContent): boolean =>
    node.type === 'text' || (node.type === 'strong' && node.children.every((child) => child.type === 'text'))
  if (!blocks.every((block) => block.type === 'paragraph' && block.children.every(plainPhrasing))) return false
  const bodyStart = blocks[0]?.position?.start.offset ?? text.length
  return !markdownEscape.test(text.slice(bodyStart)) || !markdownEscape.test(writeBlocks(blocks))
}

// remark-stringify escapes with a backslash before punctuation (`\*`, `\=`, `\#`).
const markdownEscape = /\\[\p{P}\p{S}]/u

// CommonMark's backslash escapes: before ASCII punctuation only; elsewhere a backslash is a backslash.
const commonMarkEscape = /\\([!-/:-@[-`{-~])/g

/** Pasted text read as plain lines still means `\:` as `:`, as the Markdown parser read it. */
function removeEscapes(text: string): string {
  return text.replace(commonMarkEscape, '$1')
}

/** The text with its first `count` lines emptied, so line numbers in messages still match the input. */
function blankLines(text: string, count: number): string {
  const lines = text.split('\n')
  for (let index = 0; index < Math.min(count, lines.length); index++) lines[index] = ''
  return lines.join('\n')
}

function start(node: RootContent | Paragraph): InputPoint {
  return {line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1}
}
