import type {RootContent} from 'mdast'
import type {Dateline} from './dateline.ts'
import type {InputPoint} from './messages.ts'

/** A value found in the input and where it was found, so messages can point at it. */
export interface Located<T> {
  value: T
  place: InputPoint
}

/**
 * What one importer (plain text or Markdown) found in its input, before the
 * front matter is settled: which source wins for each field is decided once,
 * in resolve-meta.ts, for both kinds of input.
 */
export interface Extraction {
  /** Fields of an existing front matter block, in their written order. */
  frontMatter: Record<string, unknown>
  frontMatterPlace?: InputPoint
  /** From a `date YYYY-MM-DD` line: undefined value when the written date is not a real date. */
  dateLine?: Located<string | undefined> & {written: string}
  sourceLine?: Located<string>
  author?: Located<string>
  headline?: Located<string>
  /** The text a title is derived from when there is no headline. */
  firstParagraph?: Located<string>
  dateline?: Located<Dateline>
  body: RootContent[]
}
