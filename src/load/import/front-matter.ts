import YAML from 'yaml'
import type {ArticleMeta} from '../../types.ts'

/** The order fields are written in; fields an editor added keep their order after these. */
const metaFieldOrder = ['title', 'date', 'source', 'author', 'lang'] as const

export interface ParsedFrontMatter {
  fields: Record<string, unknown>
  error?: string
}

/** The fields of a YAML front matter block; an error instead when it is not a YAML mapping. */
export function parseFrontMatter(yaml: string): ParsedFrontMatter {
  try {
    const value: unknown = YAML.parse(yaml)
    if (value === null || value === undefined) return {fields: {}}
    if (typeof value !== 'object' || Array.isArray(value)) return {fields: {}, error: 'front matter is not a mapping of fields'}
    return {fields: value as Record<string, unknown>}
  } catch (error) {
    return {fields: {}, error: (error as Error).message.split('\n')[0]}
  }
}

/** The YAML for the front matter: the article's fields first, in a fixed order, then any others. */
export function stringifyFrontMatter(meta: Omit<ArticleMeta, 'date'> & {date?: string}, extraFields: Record<string, unknown>): string {
  const document: Record<string, unknown> = {}
  for (const field of metaFieldOrder) {
    if (meta[field] !== undefined) document[field] = meta[field]
  }
  for (const [field, value] of Object.entries(extraFields)) {
    if (!(field in document) && !(metaFieldOrder as readonly string[]).includes(field)) document[field] = value
  }
  // lineWidth 0: a long title stays on one line, so diffs of content/ stay readable.
  return YAML.stringify(document, {lineWidth: 0}).trimEnd()
}
