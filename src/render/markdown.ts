/**
 * Serialising pages: mdast in, Markdown out, through remark-stringify (which does all
 * escaping), with the YAML front matter as a `yaml` node. Pages whose text needs no
 * escaping take a fast path with the same output (plain-markdown.ts).
 *
 * Besides CommonMark's own escapes, `{`, `}` and `<` are escaped everywhere in text:
 * MDX (Docusaurus reads `.md` as MDX) treats `{` as the start of an expression and
 * `<` as the start of JSX, so a bare one in news text would break the site's build.
 * `\{` and `\<` are plain CommonMark escapes, so every other site shows the same text.
 * Links are always written as `[text](url)`: MDX has no `<https://…>` autolinks. A line
 * starting with `import`/`export` would be JavaScript to MDX, so it is escaped too.
 */
import { unified } from 'unified'
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import { defaultHandlers } from 'mdast-util-to-markdown'
import { yaml } from '../yaml.ts'
import type { Root, RootContent, PhrasingContent, Yaml, Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { PageSlugger } from '../site/heading-ids.ts'
import { serialisePlain } from './plain-markdown.ts'
import { plainYaml } from './plain-yaml.ts'

type Unsafe = NonNullable<StringifyOptions['unsafe']>[number]

/** The same patterns mdast-util-mdx-expression and mdast-util-mdx-jsx add for MDX output. */
const mdxUnsafe: Unsafe[] = [
  { character: '{', inConstruct: ['phrasing'] },
  { character: '}', inConstruct: ['phrasing'] },
  { atBreak: true, character: '{' },
  { atBreak: true, character: '}' },
  { character: '<', inConstruct: ['phrasing'] },
  { atBreak: true, character: '<' },
  // A line starting with `import ` or `export ` is JavaScript in MDX; its first letter
  // is written as a character reference (`&#x69;mport`), which every site shows as `i`.
  { atBreak: true, character: 'i', after: 'mport[ \\t]' },
  { atBreak: true, character: 'e', after: 'xport[ \\t]' },
]

type Handlers = NonNullable<StringifyOptions['handlers']>
type TextHandler = NonNullable<Handlers['text']>

/**
 * Performance (issue 7): escaping text tried every one of ~50 unsafe patterns (a scope
 * check and a regular expression each) on every text node, most of the serialising time.
 * A pattern can only match where its character occurs, so the text handler hands the
 * escaper only the patterns whose character occurs in the text and the characters around
 * it, in their order; the escaper then does exactly what it did (same output).
 */
let knownPatterns: Unsafe[] = []
let patternCharacters: string[] = []
let patternsByPresence = new Map<number | string, Unsafe[]>()

function samePatterns(a: Unsafe[], b: Unsafe[]): boolean {
  return a.length === b.length && a.every((pattern, i) => pattern === b[i])
}

function patternsFor(all: Unsafe[], value: string): Unsafe[] {
  if (all !== knownPatterns && !samePatterns(all, knownPatterns)) {
    knownPatterns = all
    patternCharacters = [...new Set(all.map((pattern) => pattern.character))]
    patternsByPresence = new Map()
  }
  // Which of the characters occur, as a bit set (a string key when there are too many for 31 bits).
  let presence: number | string = 0
  if (patternCharacters.length <= 31) {
    let bits = 0
    for (let bit = 0; bit < patternCharacters.length; bit++) if (value.includes(patternCharacters[bit])) bits |= 1 << bit
    presence = bits
  } else presence = patternCharacters.map((character) => (value.includes(character) ? '1' : '0')).join('')
  let patterns = patternsByPresence.get(presence)
  if (!patterns) {
    patterns = all.filter((pattern) => typeof pattern.character !== 'string' || pattern.character.length !== 1 || value.includes(pattern.character))
    patternsByPresence.set(presence, patterns)
  }
  return patterns
}

/**
 * Escaped short texts of one page, by everything the escaper looks at: the constructs
 * around the text, the characters before and after it, the types of its neighbours,
 * the characters to encode and the text (the glossary page repeats each article's
 * title and the separators between them under every entry that names it).
 */
const escapedTexts = new WeakMap<object, Map<string, string>>()
const MEMO_TEXT_MAX = 200

/** mdast-util-to-markdown's own text handler (`state.safe` with the neighbours), over the patterns that can match. */
const textHandler: TextHandler = (node, parent, state, info) => {
  const siblings = parent ? parent.children : []
  const index = state.indexStack[state.indexStack.length - 1]
  const afterNode = siblings[index + 1]
  const beforeNode = siblings[index - 1]
  let memo: Map<string, string> | undefined
  let key = ''
  if (node.value.length <= MEMO_TEXT_MAX) {
    memo = escapedTexts.get(state)
    if (!memo) escapedTexts.set(state, (memo = new Map()))
    key = [state.stack.join(' '), info.before, info.after, beforeNode?.type ?? '', afterNode?.type ?? '', (info as { encode?: string[] }).encode?.join('') ?? '', node.value].join('\u0000')
    const known = memo.get(key)
    if (known !== undefined) return known
  }
  const all = state.unsafe
  state.unsafe = patternsFor(all, (info.before || '') + node.value + (info.after || ''))
  let escaped: string
  try {
    escaped = state.safe(node.value, { ...info, afterNode, beforeNode })
  } finally {
    state.unsafe = all
  }
  memo?.set(key, escaped)
  return escaped
}

type LinkHandler = NonNullable<Handlers['link']>

/**
 * Serialised links of one page, by everything the link serialiser looks at: the
 * constructs around the link, the last character before it (a link at the start of a
 * line may need an empty title), its url, title and text. Only links whose content is
 * one text node are remembered. The glossary page links each article under every entry
 * that names it: most of its time was serialising the same links again.
 */
const serialisedLinks = new WeakMap<object, Map<string, string>>()

const linkHandler: LinkHandler = (node, parent, state, info) => {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type !== 'text') return defaultHandlers.link(node, parent, state, info)
  let memo = serialisedLinks.get(state)
  if (!memo) serialisedLinks.set(state, (memo = new Map()))
  const key = [state.stack.join(' '), info.before.slice(-1), node.url, node.title ?? '\u0001', only.value].join('\u0000')
  let serialised = memo.get(key)
  if (serialised === undefined) memo.set(key, (serialised = defaultHandlers.link(node, parent, state, info)))
  return serialised
}

const processor = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one', resourceLink: true, unsafe: mdxUnsafe, handlers: { text: textHandler, link: linkHandler } })
  .use(remarkFrontmatter, ['yaml'])

export function frontMatter(data: Record<string, unknown>): Yaml {
  return { type: 'yaml', value: plainYaml(data) ?? yaml().stringify(data, { lineWidth: 0 }).trimEnd() }
}

export function toMarkdown(children: RootContent[]): string {
  const tree: Root = { type: 'root', children }
  return serialisePlain(tree) ?? processor.stringify(tree)
}

/** remark-stringify alone, without the fast path (the reference the fast path is tested against). */
export function toMarkdownWithRemark(children: RootContent[]): string {
  return processor.stringify({ type: 'root', children })
}

/** A text node; runs of white space (line breaks included) become one space, so text never starts a new block. */
export function text(value: string): PhrasingContent {
  return { type: 'text', value: foldSpacing(value) }
}

/** Runs of white space (line breaks included) as one space. */
export function foldSpacing(value: string): string {
  // Most texts have single spaces only: tested, not rebuilt (issue 7: the index page makes 40,000 texts).
  return SPACING_TO_FOLD.test(value) ? value.replace(/\s+/g, ' ') : value
}
/** White space other than a lone space: what foldSpacing folds. */
const SPACING_TO_FOLD = /[^\S ]| {2}/

export function link(url: string, children: PhrasingContent[] | string): PhrasingContent {
  return { type: 'link', url, children: typeof children === 'string' ? [text(children)] : children }
}

export function heading(depth: 1 | 2 | 3 | 4, children: PhrasingContent[] | string): Heading {
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

/** The id the site gives each heading of a page, computed over the page's headings in order, as the site does. */
export function headingIds(children: RootContent[], slugger: PageSlugger): Map<Heading, string> {
  const ids = new Map<Heading, string>()
  for (const node of children) if (node.type === 'heading') ids.set(node, slugger(toString(node)))
  return ids
}

export interface NameTarget {
  /** A spelling of the name as it appears in running text. */
  name: string
  url: string
  /** The glossary entry; one link per id. */
  id: string
}

export interface NameHit {
  start: number
  end: number
  url: string
  id: string
}

/**
 * A name's pattern, compiled once per name (performance, issue 7: compiling one per name
 * per sentence was most of the cost of linking). `matchAll` works on a copy of the
 * expression, so sharing a global one is safe.
 */
const namePatterns = new Map<string, RegExp>()
function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name)
  if (!pattern) {
    // A name inside a longer word or a hyphenated compound (`Kreml-Sprecher`) is not a mention of it.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu')
    namePatterns.set(name, pattern)
  }
  return pattern
}

/**
 * Where to link names in a piece of text: the first mention of each name, in
 * whichever of its spellings comes first (`linked` carries the ids already linked on
 * the page and is updated). Where spellings of different names start at the same
 * place, the longer one wins (`Washington Post` over `Washington`).
 */
export function findNameHits(value: string, names: NameTarget[], linked: Set<string>): NameHit[] {
  const matches: NameHit[] = []
  for (const candidate of names) {
    if (linked.has(candidate.id) || candidate.name.length < 2) continue
    // Cheap pre-check: most names do not occur in most sentences.
    if (!value.includes(candidate.name)) continue
    for (const match of value.matchAll(namePattern(candidate.name))) matches.push({ start: match.index, end: match.index + match[0].length, url: candidate.url, id: candidate.id })
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end)
  const hits: NameHit[] = []
  for (const match of matches) {
    if (linked.has(match.id) || hits.some((hit) => match.start < hit.end && match.end > hit.start)) continue
    hits.push(match)
    linked.add(match.id)
  }
  return hits.sort((a, b) => a.start - b.start)
}

/** Cuts `value` into text and link nodes at the hits, with `makeText` building the text nodes. */
export function splitAtHits(value: string, hits: NameHit[], makeText: (value: string) => PhrasingContent = text): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let at = 0
  for (const hit of hits) {
    if (hit.start > at) out.push(makeText(value.slice(at, hit.start)))
    out.push({ type: 'link', url: hit.url, children: [makeText(value.slice(hit.start, hit.end))] })
    at = hit.end
  }
  if (at < value.length) out.push(makeText(value.slice(at)))
  return out
}

/** A sentence as text and links: the first mention on the page of each name links to its glossary entry. */
export function linkNames(sentence: string, names: NameTarget[], linked: Set<string>): PhrasingContent[] {
  return splitAtHits(sentence, findNameHits(sentence, names, linked))
}
