/** Publication dates of the evaluation articles whose raw text has none (test/summarise/corpus-dates.json). */
import { readFileSync } from 'node:fs'

export function readCorpusDates(file: string): Record<string, string> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { dates: Record<string, { date: string }> }
  return Object.fromEntries(Object.entries(data.dates).map(([stem, entry]) => [stem, entry.date]))
}
