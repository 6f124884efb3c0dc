/**
 * Raw HTML in an article (`<script>`, `<iframe>`, event-handler attributes, any tag) is
 * never copied into the docs: pages are rendered from the analysis, and their text is
 * escaped by remark-stringify. The editor is told, with the line, so nobody expects it
 * on the page.
 */

const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/
const FENCE = /^\s{0,3}(```|~~~)/

export interface RawHtmlReport {
  line: number
  column: number
  tag: string
  executable: boolean
}

/** The first HTML tag outside code (fenced blocks and inline code spans), if any. */
export function findRawHtml(text: string): RawHtmlReport | undefined {
  // No `<`, no tag: most articles are not split into lines at all (performance, issue 7).
  if (!text.includes('<')) return undefined
  let inFence = false
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (FENCE.test(line)) {
      inFence = !inFence
      continue
    }
    if (inFence) continue
    const withoutCode = line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length))
    const match = TAG.exec(withoutCode)
    if (!match) continue
    const tag = match[0].length > 40 ? match[0].slice(0, 40) + '…' : match[0]
    const executable = /^<\/?(script|iframe|object|embed|style|link|meta)\b|\son[a-z]+\s*=|javascript:/i.test(match[0])
    return { line: i + 1, column: match.index + 1, tag, executable }
  }
  return undefined
}
