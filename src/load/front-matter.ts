/**
 * remark plugin: reads the YAML front matter of an article into `file.data.meta`
 * and reports what is missing or malformed, with the line of the front matter.
 */
import { yaml } from '../yaml.ts'
import type { Root } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import type { ArticleMeta } from '../types.ts'
import { parseSimpleFrontMatter } from './simple-yaml.ts'
import '../vfile-data.ts'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]))
  return date.getUTCFullYear() === +match[1] && date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3]
}

function asIsoDate(value: unknown): string | undefined {
  // YAML turns an unquoted 2026-02-05 into a Date; accept both shapes.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value === 'string' && isValidIsoDate(value.trim())) return value.trim()
  return undefined
}

/** The line of a key inside the front matter, so the message points at `date:` itself. */
function keyPlace(yamlNode: { value: string; position?: Position }, key: string): { line: number; column: number } | undefined {
  const yamlText = String(yamlNode.value)
  const at = new RegExp(`^${key}\\s*:`, 'm').exec(yamlText)
  const startLine = yamlNode.position?.start.line ?? 1
  return at ? { line: startLine + 1 + yamlText.slice(0, at.index).split('\n').length - 1, column: 1 } : undefined
}

export default function remarkArticleMeta() {
  return function (tree: Root, file: VFile) {
    const yamlNode = tree.children.find((node) => node.type === 'yaml')
    const place = yamlNode?.position
    if (!yamlNode || !('value' in yamlNode)) {
      file.fail('Missing front matter: start the file with `---`, then `title:`, `date: YYYY-MM-DD` and `lang: de`, then `---`', {
        place: { line: 1, column: 1 },
        ruleId: 'missing-front-matter',
        source: 'bilingual-digest',
      })
    }
    let data: unknown
    try {
      const text = String(yamlNode.value)
      data = parseSimpleFrontMatter(text) ?? yaml().parse(text, { schema: 'core' })
    } catch (error) {
      const line = error instanceof yaml().YAMLParseError && error.linePos ? error.linePos[0].line + 1 : 1
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      file.fail(`Invalid YAML front matter: ${reason}`, { place: { line, column: 1 }, ruleId: 'invalid-front-matter', source: 'bilingual-digest' })
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      file.fail('Front matter must be a YAML mapping with `title`, `date` and `lang`', { place, ruleId: 'invalid-front-matter', source: 'bilingual-digest' })
    }
    const record = data as Record<string, unknown>
    const title = typeof record.title === 'string' ? record.title.trim() : ''
    if (!title) file.fail('Missing `title` in front matter', { place, ruleId: 'missing-title', source: 'bilingual-digest' })
    const date = asIsoDate(record.date)
    if (record.date === undefined) {
      file.fail('Missing `date` in front matter: add `date: YYYY-MM-DD`', { place, ruleId: 'missing-date', source: 'bilingual-digest' })
    }
    if (!date) {
      file.fail(`Unparsable \`date\` in front matter: ${JSON.stringify(String(record.date))}; write it as YYYY-MM-DD`, {
        place: keyPlace(yamlNode, 'date') ?? place,
        ruleId: 'invalid-date',
        source: 'bilingual-digest',
      })
    }
    if (record.lang !== undefined && record.lang !== 'de') {
      file.message(`Front matter says \`lang: ${String(record.lang)}\`; only German (de) articles are analysed`, {
        place,
        ruleId: 'unsupported-lang',
        source: 'bilingual-digest',
      })
    }
    if (tree.children.every((node) => node.type === 'yaml')) {
      file.fail('The article has front matter but no text after it', {
        place: yamlNode.position?.end ?? place,
        ruleId: 'no-article-text',
        source: 'bilingual-digest',
      })
    }
    const meta: ArticleMeta = { title, date: date!, lang: 'de' }
    if (typeof record.source === 'string' && record.source.trim()) meta.source = record.source.trim()
    if (typeof record.author === 'string' && record.author.trim()) meta.author = record.author.trim()
    file.data.meta = meta
  }
}
