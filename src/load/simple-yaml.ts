/**
 * Front matter in the shape nearly every article has (`key: value` lines: a quoted
 * string or a plain word-like scalar) read without the YAML parser, which costs about
 * a tenth of a millisecond per article (performance, issue 7). Anything else (comments,
 * blank or indented lines, escapes, numbers, booleans, nulls, duplicate keys) is left to
 * the parser: `undefined` means "ask YAML", never "invalid". The result is what
 * `yaml.parse(text, { schema: 'core' })` gives for the same text.
 */
const LINE = /^([A-Za-z][A-Za-z0-9_-]*): +(.*)$/
/** A double- or single-quoted string without escapes, quotes of its kind inside, or control characters. */
const DOUBLE_QUOTED = /^"([^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]*)"$/
const SINGLE_QUOTED = /^'([^'\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]*)'$/
/** A plain scalar made of letters, digits, spaces and prose punctuation (no `:`, `#`, quotes or flow indicators at its start), ending in a non-space. */
const PLAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N} .,;!?()\/&+’„“”–—-]*[\p{L}\p{N}.!?)’“”])?$/u
/** Plain scalars the core schema reads as something other than a string start with a digit or are these words. */
const NOT_A_STRING_WORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function parseSimpleFrontMatter(text: string): Record<string, string> | undefined {
  const record: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = LINE.exec(line)
    if (match === null) return undefined
    const [, key, raw] = match
    if (Object.hasOwn(record, key)) return undefined
    const quoted = DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw)
    if (quoted !== null) {
      record[key] = quoted[1]
      continue
    }
    if (!PLAIN.test(raw) || NOT_A_STRING_WORD.test(raw)) return undefined
    // Digits first: a number in the core schema, except an ISO date (a string there).
    const first = raw.charCodeAt(0)
    if (first >= 0x30 && first <= 0x39 && !ISO_DATE.test(raw)) return undefined
    record[key] = raw
  }
  return record
}
