import type {PhrasingContent} from 'mdast'

// `**…**` as pasted from a Markdown-aware editor; the rest of the line is literal text.
const boldPattern = /\*\*(?=\S)(.+?)(?<=\S)\*\*/g

/**
 * The phrasing content of one line of pasted text: bold spans become `strong`,
 * everything else stays a literal `text` node, so remark-stringify escapes
 * characters such as `*`, `_` or `#` instead of reading them as Markdown.
 */
export function inlineContent(line: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let last = 0
  for (const match of line.matchAll(boldPattern)) {
    if (match.index > last) nodes.push({type: 'text', value: line.slice(last, match.index)})
    nodes.push({type: 'strong', children: [{type: 'text', value: match[1]}]})
    last = match.index + match[0].length
  }
  if (last < line.length) nodes.push({type: 'text', value: line.slice(last)})
  return nodes
}

/** The line's text without bold markers, for titles. */
export function plainText(line: string): string {
  return line.replace(boldPattern, '$1')
}
