/**
 * A fast path for the front matter of our pages (issue 7): the `yaml` library took about
 * 0.3 ms per page, a tenth of rendering an article page, for a handful of keys whose
 * values are almost always plain scalars. `plainYaml` writes such a mapping exactly as
 * `stringify(data, { lineWidth: 0 })` would and returns undefined for anything it cannot
 * vouch for (the caller then uses the library). test/render/plain-yaml.test.ts compares
 * both on generated data full of YAML's special characters.
 */

/** Characters a plain scalar may hold here; `#`, `&`, `*`, `!`, `|`, `>`, `[`, `]`, `{`, `}`, `` ` ``, `@`, `%`, tabs and breaks send it to the library. */
const PLAIN_CHARACTERS = /^[\p{L}\p{M}\p{N} ,.;:'"?()/€$£§°–—„“”‚‘’«»‹›…·-]*$/u
/** Scalars that would read as another type (numbers, booleans, null) or a document marker. */
const OTHER_TYPE = /^(?:\d\S*|true|false|null|yes|no|on|off|y|n|nan|inf)$/i
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const KEY = /^[a-z_]+$/

function plainScalar(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined
  if (typeof value !== 'string') return undefined
  // A date stays a string in YAML 1.2's core schema, written plain.
  if (ISO_DATE.test(value)) return value
  if (!/^[\p{L}\p{N}]/u.test(value) || !PLAIN_CHARACTERS.test(value)) return undefined
  if (/ $|:$|: /.test(value) || OTHER_TYPE.test(value)) return undefined
  return value
}

/** The YAML of a flat mapping (one level of nesting at most), or undefined when the library must write it. */
export function plainYaml(data: Record<string, unknown>): string | undefined {
  const lines: string[] = []
  for (const [key, value] of Object.entries(data)) {
    if (!KEY.test(key)) return undefined
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value as Record<string, unknown>)
      if (!entries.length) return undefined
      lines.push(`${key}:`)
      for (const [subKey, subValue] of entries) {
        const scalar = plainScalar(subValue)
        if (!KEY.test(subKey) || scalar === undefined) return undefined
        lines.push(`  ${subKey}: ${scalar}`)
      }
      continue
    }
    const scalar = plainScalar(value)
    if (scalar === undefined) return undefined
    lines.push(`${key}: ${scalar}`)
  }
  return lines.join('\n')
}
