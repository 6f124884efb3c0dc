import markers from './line-markers.json' with {type: 'json'}
import {parseIsoDate} from './german-date.ts'

const alternation = (words: string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

// ` date 2026-02-05 Kiew, …`: the date may share its line with the article's first words.
const dateLinePattern = new RegExp(String.raw`^(\s*(?:${alternation(markers.date)})\s*:?\s+)(\S+)(?:\s+|$)`, 'i')
const sourceLinePattern = new RegExp(String.raw`^\s*(?:${alternation(markers.source)})\s*:\s*(\S.*?)\s*$`, 'i')
const authorLinePattern = new RegExp(String.raw`^\s*(?:${alternation(markers.author)})\s*:\s*(\S.*?)\s*$`, 'i')
const creditLinePattern = new RegExp(String.raw`^\s*(?:(?:${alternation(markers.credit.filter((word) => word !== '©'))})\s*:|©)`, 'i')

export interface DateLine {
  /** The ISO date, or undefined when the value is not a real `YYYY-MM-DD` date. */
  date?: string
  written: string
  /** Article text that follows the date on the same line (may be empty). */
  rest: string
  /** 0-based offset of `rest` within the line. */
  restOffset: number
  /** 0-based offset of the written date within the line. */
  dateOffset: number
}

/** A `date YYYY-MM-DD` line (colon optional), possibly followed by article text. */
export function parseDateLine(line: string): DateLine | undefined {
  const match = dateLinePattern.exec(line)
  if (!match) return undefined
  const written = match[2]
  // `Datum der Entscheidung …` is prose, not a date line: the value must look like a date.
  if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(written)) return undefined
  const restOffset = match[0].length
  return {date: parseIsoDate(written), written, rest: line.slice(restOffset), restOffset, dateOffset: match[1].length}
}

/** The value of a `source: …` line. */
export function parseSourceLine(line: string): string | undefined {
  return sourceLinePattern.exec(line)?.[1]
}

/** The author named on an `Autor: …` line; long lines are prose that happens to start with the word. */
export function parseAuthorLine(line: string): string | undefined {
  const name = authorLinePattern.exec(line)?.[1]
  if (!name || name.split(/\s+/).length > markers.authorMaxWords || /[.!?]$/.test(name) && !/\b\p{Lu}\.$/u.test(name)) {
    return undefined
  }
  return name
}

/** A photo or graphics credit (`Foto: dpa`): body text, but never a heading. */
export function isCreditLine(line: string): boolean {
  return creditLinePattern.test(line)
}
