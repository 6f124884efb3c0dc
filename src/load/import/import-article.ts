import type {VFileMessage} from 'vfile-message'
import type {ArticleMeta} from '../../types.ts'
import {slugify} from '../slug.ts'
import {buildMarkdown} from './build-markdown.ts'
import {stringifyFrontMatter} from './front-matter.ts'
import {extractMarkdown, isMarkdownInput} from './markdown-input.ts'
import {importMessage} from './messages.ts'
import {normaliseText} from './normalise-text.ts'
import {extractPlainText} from './plain-text.ts'
import {resolveMeta} from './resolve-meta.ts'

export interface ImportResult {
  /** File name without `.md`: `slugify(date + '-' + title)`, or `slugify(title)` when there is no date. */
  slug: string
  /** `date` is '' when none was found (a `missing-date` warning says what to add); the Markdown then has no `date` field. */
  meta: ArticleMeta
  markdown: string
  messages: VFileMessage[]
}

export interface ImportOptions {
  /** Name of the input, used in messages. */
  fileName: string
  /** Today as YYYY-MM-DD: only used to suggest a date when a dateline lacks the year, never to set one. */
  today?: string
}

/** Turns one raw pasted article (plain text or Markdown) into a content/ Markdown file. */
export function importArticle(raw: string, options: ImportOptions): ImportResult {
  const text = normaliseText(raw)
  const markdownInput = isMarkdownInput(text)
  const extraction = markdownInput ? extractMarkdown(text) : extractPlainText(text)
  const messages: VFileMessage[] = []
  if ('frontMatterError' in extraction && extraction.frontMatterError) {
    messages.push(
      importMessage(`Front matter could not be read (${extraction.frontMatterError}); its fields were dropped`, {
        fileName: options.fileName,
        ruleId: 'invalid-front-matter',
        severity: 'warning',
        place: extraction.frontMatterPlace
      })
    )
  }
  const resolved = resolveMeta(extraction, options)
  messages.push(...resolved.messages)

  const meta: ArticleMeta = {...resolved.meta, date: resolved.meta.date ?? ''}
  const yaml = stringifyFrontMatter(resolved.meta, extraction.frontMatter)
  // Dated slugs keep same-titled reports of different days apart and sort content/ by date.
  const slug = slugify(resolved.meta.date ? `${resolved.meta.date}-${meta.title}` : meta.title)
  return {slug, meta, markdown: buildMarkdown(yaml, extraction.body), messages}
}
