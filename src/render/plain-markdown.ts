/**
 * A fast path for serialising our pages, for issue 7's speed target: rendering through
 * remark-stringify was the largest share of a cold build (about 2.7 ms of 9.5 ms per
 * article), although our pages use eight mdast node kinds and almost all their text needs
 * no escaping at all.
 *
 * `serialisePlain` writes a tree exactly as remark-stringify (with the options in
 * markdown.ts) would, but only when every node is of a kind it knows and every text is
 * provably plain: made only of characters that no CommonMark or MDX construct treats
 * specially, in places where remark-stringify escapes nothing. For anything else it
 * returns undefined and the caller uses remark-stringify, so the output never depends on
 * which path wrote it. test/render/plain-markdown.test.ts checks this equality on
 * generated trees full of the characters that do need escaping.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast'

/**
 * Characters remark-stringify never escapes in running text (no `*`, `_`, `[`, `]`, `` ` ``,
 * `\`, `<`, `>`, `{`, `}`, `&`, `#`, `~`, `|`, `=`, `+`, no tabs, line breaks or controls).
 * `!`, `(`, `-`, `.`, `)` are escaped only in places checked below.
 */
const PLAIN_TEXT = /^[\p{L}\p{M}\p{N} ,.;:'"?!()/%€$£§°@–—„“”‚‘’«»‹›…·-]+$/u

/** A URL remark-stringify writes as is inside `(…)`: no spaces, parentheses, `<`, `>`, `&` or backslashes. */
const PLAIN_URL = /^[A-Za-z0-9\-._~:/?#%=]+$/

/** Starts of a line remark-stringify escapes or that other Markdown readers could take for a construct. */
const RISKY_LINE_START = /^(?:[-+=>#~*_`<{}|[\] \t]|\d+\)|import[ \t]|export[ \t])/

/** `1. ` at the start of a line would begin an ordered list: remark writes `1\. `. */
const ORDERED_MARKER = /^(\d+)\.(?=[ \t]|$)/

class NotPlain extends Error {}

function fail(): never {
  throw new NotPlain()
}

function plainText(value: string): string {
  if (!PLAIN_TEXT.test(value)) fail()
  return value
}

/**
 * Phrasing content of one block. `atLineStart`: the block starts a line (paragraphs and
 * list items; not headings, whose text follows `# `).
 */
function phrasing(children: PhrasingContent[], atLineStart: boolean): string {
  if (!children.length) fail()
  let out = ''
  children.forEach((node, index) => {
    const previous = children[index - 1]
    const next = children[index + 1]
    if (node.type === 'text') {
      let value = plainText(node.value)
      // `](` would read as a link destination, `![` as an image.
      if (previous?.type === 'link' && value.startsWith('(')) fail()
      if (next?.type === 'link' && value.endsWith('!')) fail()
      if (next && next.type !== 'text' && next.type !== 'link' && next.type !== 'strong') fail()
      if (index === 0) {
        if (RISKY_LINE_START.test(value)) fail()
        if (atLineStart) value = value.replace(ORDERED_MARKER, '$1\\.')
        else if (ORDERED_MARKER.test(value)) fail()
      }
      out += value
    } else if (node.type === 'link') {
      if (node.title || !PLAIN_URL.test(node.url)) fail()
      if (node.children.length !== 1 || node.children[0].type !== 'text') fail()
      out += `[${plainText(node.children[0].value)}](${node.url})`
    } else if (node.type === 'strong') {
      // Emphasis markers need word characters inside and white space (or the line's ends) outside.
      if (node.children.length !== 1 || node.children[0].type !== 'text') fail()
      const inner = plainText(node.children[0].value)
      if (!/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u.test(inner)) fail()
      if (previous && !(previous.type === 'text' && / $/.test(previous.value))) fail()
      if (next && !(next.type === 'text' && /^ /.test(next.value))) fail()
      out += `**${inner}**`
    } else fail()
  })
  if (/[ \t]$/.test(out)) fail()
  return out
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'yaml':
      return node.value ? `---\n${node.value}\n---` : '---\n---'
    case 'heading': {
      const content = phrasing(node.children, false)
      // A closing `#` would be read as the end of an ATX heading.
      if (node.depth > 6 || content.endsWith('#')) fail()
      return `${'#'.repeat(node.depth)} ${content}`
    }
    case 'paragraph':
      return phrasing(node.children, true)
    case 'list':
      if (node.ordered || node.spread) fail()
      return node.children
        .map((item) => {
          if (item.spread || item.checked != null || item.children.length !== 1 || item.children[0].type !== 'paragraph') fail()
          return `- ${phrasing(item.children[0].children, true)}`
        })
        .join('\n')
    default:
      fail()
  }
}

/** The Markdown remark-stringify would write for `tree`, or undefined when the tree is not one this fast path can vouch for. */
export function serialisePlain(tree: Root): string | undefined {
  const blocks: string[] = []
  try {
    tree.children.forEach((node, index) => {
      // Two lists in a row need remark's alternate bullet; a front matter block only comes first.
      if (node.type === 'list' && tree.children[index - 1]?.type === 'list') fail()
      if (node.type === 'yaml' && index > 0) fail()
      blocks.push(block(node))
    })
  } catch (error) {
    if (error instanceof NotPlain) return undefined
    throw error
  }
  return blocks.length ? blocks.join('\n\n') + '\n' : undefined
}
