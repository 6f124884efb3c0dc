import type {RootContent} from 'mdast'
import {parseDateline} from './dateline.ts'
import type {Extraction} from './extraction.ts'
import {isHeadingLike} from './heading-rule.ts'
import {inlineContent, plainText} from './inline.ts'
import {parseAuthorLine, parseDateLine, parseSourceLine} from './meta-lines.ts'

/** A non-empty line of the input with its 1-based position. */
interface InputLine {
  text: string
  line: number
  column: number
}

// An agency dateline opens the first body paragraph, but a title and a teaser may come first.
const datelineSearchParagraphs = 3

/**
 * Reads raw text pasted from a news site. Each non-empty line is one block:
 * pages copied from a browser put one paragraph per line, with or without
 * blank lines between them (hard-wrapped text would need joining, which no
 * input seen so far has needed).
 */
export function extractPlainText(text: string, options: {knownTitle?: string} = {}): Extraction {
  const extraction: Extraction = {frontMatter: {}, body: []}
  const lines = nonEmptyLines(text)

  const blocks: InputLine[] = []
  let inLeadingMeta = true
  for (const line of lines) {
    if (inLeadingMeta) {
      const dateLine = extraction.dateLine ? undefined : parseDateLine(line.text)
      if (dateLine) {
        extraction.dateLine = {
          value: dateLine.date,
          written: dateLine.written,
          place: {line: line.line, column: line.column + dateLine.dateOffset}
        }
        if (dateLine.rest.trim() === '') continue
        // ` date 2026-02-05 Kiew, …`: the article starts on the date's line.
        line.text = dateLine.rest
        line.column += dateLine.restOffset
        inLeadingMeta = false
      } else {
        const source = extraction.sourceLine ? undefined : parseSourceLine(line.text)
        if (source) {
          extraction.sourceLine = {value: source, place: {line: line.line, column: line.column}}
          continue
        }
      }
    }
    const author = parseAuthorLine(line.text)
    if (author) {
      // Several `Autor:` lines (a team) all name authors of this article.
      extraction.author = extraction.author
        ? {value: `${extraction.author.value}, ${author}`, place: extraction.author.place}
        : {value: author, place: {line: line.line, column: line.column}}
      continue
    }
    // The meta lines may sit above or below the headline, but the first paragraph ends them.
    if (blocks.length > 0 || !isHeadingLike(line.text)) inLeadingMeta = false
    blocks.push(line)
  }

  // A headline is the first block when it is heading-like and text follows it. When the
  // front matter already has a title, only a repeat of it is: any other line is body text.
  const headlineAllowed = (line: string) => options.knownTitle === undefined || plainText(line).trim() === options.knownTitle
  if (blocks.length > 1 && isHeadingLike(blocks[0].text) && headlineAllowed(blocks[0].text)) {
    const headline = blocks.shift()!
    extraction.headline = {value: plainText(headline.text).trim(), place: {line: headline.line, column: headline.column}}
  }

  let paragraphsSeen = 0
  blocks.forEach((block, index) => {
    const followedByText = index < blocks.length - 1
    if (followedByText && isHeadingLike(block.text)) {
      extraction.body.push(heading(block.text))
      return
    }
    paragraphsSeen++
    const place = {line: block.line, column: block.column}
    extraction.firstParagraph ??= {value: plainText(block.text), place}
    if (!extraction.dateline && paragraphsSeen <= datelineSearchParagraphs) {
      const dateline = parseDateline(plainText(block.text))
      if (dateline) {
        extraction.dateline = {value: dateline, place}
      }
    }
    extraction.body.push({type: 'paragraph', children: inlineContent(block.text.trim())})
  })
  return extraction
}

function heading(text: string): RootContent {
  return {type: 'heading', depth: 2, children: inlineContent(text.trim())}
}

function nonEmptyLines(text: string): InputLine[] {
  const lines: InputLine[] = []
  text.split('\n').forEach((raw, index) => {
    const text = raw.trimEnd()
    const indent = text.length - text.trimStart().length
    if (text.trim() === '') return
    lines.push({text: text.slice(indent), line: index + 1, column: indent + 1})
  })
  return lines
}
