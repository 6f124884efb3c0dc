import monthData from './german-months.json' with {type: 'json'}

const monthBySpelling = new Map<string, number>()
for (const [month, spellings] of Object.entries(monthData.months)) {
  for (const spelling of spellings) monthBySpelling.set(spelling, Number(month))
}

/** Month number 1–12 for a German month name or abbreviation (`Feb`, `Feb.`, `März`), or undefined. */
export function germanMonth(word: string): number | undefined {
  return monthBySpelling.get(word.toLowerCase().replace(/\.$/, ''))
}

/**
 * Every spelling in lower case, capitalised and upper case, longest first, for
 * building patterns that must not stop at a prefix (`Mär` in `März`). The case
 * variants are listed because a pattern cannot be made case-insensitive for the
 * month alone (the `i` flag would also make `\p{Lu}` match lower case).
 */
export function germanMonthSpellings(): string[] {
  const spellings = new Set<string>()
  for (const spelling of monthBySpelling.keys()) {
    spellings.add(spelling)
    spellings.add(spelling.charAt(0).toUpperCase() + spelling.slice(1))
    spellings.add(spelling.toUpperCase())
  }
  return [...spellings].sort((a, b) => b.length - a.length || a.localeCompare(b))
}

/** `YYYY-MM-DD` when the parts form a real calendar date, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The ISO date written as `YYYY-MM-DD`, validated against the calendar. */
export function parseIsoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  if (!match) return undefined
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
}
