/**
 * out/glossary.de-en.tsv: the glossary in the format the DeepL glossary API (and
 * CAT tools) import: one `source<TAB>target` pair per line, UTF-8, no header.
 * DeepL's rules: no empty side, no tab, newline or other control character inside
 * a term, no leading or trailing white space, and each source at most once.
 * Entries whose German and English forms are the same are kept: they tell the
 * translator to leave the name as it is.
 */
import type { GlossaryEntry } from '../types.ts'
import { sortedEntries } from './glossary-page.ts'

/** A term as DeepL accepts it: control and separator characters become spaces, white space collapsed and trimmed. */
export function glossaryTerm(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function renderDeeplTsv(entries: GlossaryEntry[]): string {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const entry of sortedEntries(entries, 'de')) {
    const source = glossaryTerm(entry.de)
    const target = glossaryTerm(entry.en)
    if (!source || !target || seen.has(source)) continue
    seen.add(source)
    lines.push(`${source}\t${target}`)
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}
