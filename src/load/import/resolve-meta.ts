import type {VFileMessage} from 'vfile-message'
import type {ArticleMeta} from '../../types.ts'
import type {Extraction} from './extraction.ts'
import {parseIsoDate} from './german-date.ts'
import {importMessage} from './messages.ts'
import {firstSentence, titleFromSentence} from './title.ts'

export interface ResolvedMeta {
  /** Undefined date when none was found: the caller writes the front matter without it. */
  meta: Omit<ArticleMeta, 'date'> & {date?: string}
  messages: VFileMessage[]
}

/**
 * Settles each front matter field from what the importer found. Precedence
 * (first wins): date — `date` line, front matter, dateline with a full date;
 * source — `source:` line, front matter, dateline agency; title — front matter,
 * headline, first sentence; author — front matter, `Autor:` line.
 */
export function resolveMeta(extraction: Extraction, options: {fileName: string; today?: string}): ResolvedMeta {
  const messages: VFileMessage[] = []
  const report = (reason: string, ruleId: string, severity: 'warning' | 'info', place = extraction.frontMatterPlace) =>
    messages.push(importMessage(reason, {fileName: options.fileName, ruleId, severity, place}))
  const fields = extraction.frontMatter
  const written = (field: string) => {
    const value = fields[field]
    return value === undefined || value === null || String(value).trim() === '' ? undefined : String(value).trim()
  }

  const title = resolveTitle(extraction, written('title'), report)
  const date = resolveDate(extraction, written('date'), options.today, report)

  const source = extraction.sourceLine?.value ?? written('source') ?? extraction.dateline?.value.agency
  const author = written('author') ?? extraction.author?.value

  const lang = written('lang')
  if (lang !== undefined && lang !== 'de') {
    report(`Front matter says \`lang: ${lang}\`, but articles must be German: wrote \`lang: de\``, 'unexpected-lang', 'warning')
  }

  const meta: ResolvedMeta['meta'] = {title, lang: 'de'}
  if (date) meta.date = date
  if (source) meta.source = source
  if (author) meta.author = author
  return {meta, messages}
}

type Report = (reason: string, ruleId: string, severity: 'warning' | 'info', place?: {line: number; column: number}) => void

function resolveTitle(extraction: Extraction, fromFrontMatter: string | undefined, report: Report): string {
  if (fromFrontMatter) return fromFrontMatter
  if (extraction.headline) return extraction.headline.value
  const paragraph = extraction.firstParagraph
  if (!paragraph) {
    report('No text to take a title from: add `title:` to the front matter', 'missing-title', 'warning')
    return 'Untitled'
  }
  // The dateline is not part of the report's first sentence.
  const dateline = extraction.dateline?.place.line === paragraph.place.line ? extraction.dateline.value.text : ''
  const title = titleFromSentence(firstSentence(paragraph.value.slice(dateline.length).trim()))
  report(
    `No headline line found: derived the title “${title}” from the first sentence; put the headline on the first line to use it instead`,
    'derived-title',
    'info',
    paragraph.place
  )
  return title
}

function resolveDate(
  extraction: Extraction,
  fromFrontMatter: string | undefined,
  today: string | undefined,
  report: Report
): string | undefined {
  const dateLine = extraction.dateLine
  if (dateLine && dateLine.value === undefined) {
    report(`\`date ${dateLine.written}\` is not a calendar date in the form YYYY-MM-DD`, 'invalid-date', 'warning', dateLine.place)
  }
  let frontMatterDate: string | undefined
  if (fromFrontMatter !== undefined) {
    frontMatterDate = parseIsoDate(fromFrontMatter)
    if (!frontMatterDate) report(`Front matter \`date: ${fromFrontMatter}\` is not a calendar date in the form YYYY-MM-DD`, 'invalid-date', 'warning')
  }
  if (dateLine?.value && frontMatterDate && dateLine.value !== frontMatterDate) {
    report(`The \`date\` line (${dateLine.value}) overrides the front matter date (${frontMatterDate})`, 'date-conflict', 'info', dateLine.place)
  }
  const date = dateLine?.value ?? frontMatterDate ?? extraction.dateline?.value.date
  if (date) return date

  let reason =
    'No date found: add a line `date YYYY-MM-DD` at the top (or `date: YYYY-MM-DD` in the front matter); the build rejects articles without a date'
  const dateline = extraction.dateline?.value
  if (dateline?.day !== undefined && dateline.month !== undefined) {
    // A dateline without a year is not enough to date the article, but it tells the editor which day to write.
    const year = today ? today.slice(0, 4) : 'YYYY'
    const day = `${year}-${String(dateline.month).padStart(2, '0')}-${String(dateline.day).padStart(2, '0')}`
    reason += `. The dateline \`${dateline.text}\` has no year: if it is ${today ? `this year, add \`date ${day}\`` : `add \`date ${day}\` with its year`}`
  }
  report(reason, 'missing-date', 'warning', extraction.dateline?.place ?? {line: 1, column: 1})
  return undefined
}
