/**
 * Locale formatting shared by every stage: long dates (`5. Februar 2026` / `5 February 2026`,
 * British day-month order as English news style writes it) and conjunction lists
 * (`A, B und C` / `A, B and C`, no Oxford comma). Intl formatters are slow to construct,
 * so each exists once per language.
 */
import type { Lang } from './types.ts'
import { memoByString } from './analyse/memo.ts'

const LONG_DATE = {
  de: new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
}
const CONJUNCTION = {
  de: new Intl.ListFormat('de', { style: 'long', type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }),
}

function pick(lang: string): Lang {
  return lang === 'en' ? 'en' : 'de'
}

// Formatted dates by language and ISO text: an archive has far fewer days than articles,
// and the index page formats the date of every article (issue 7: a fifth of rendering it).
const formattedDates = {
  de: memoByString((value) => LONG_DATE.de.format(dateOf(value))),
  en: memoByString((value) => LONG_DATE.en.format(dateOf(value))),
}

/** A date-only ISO text is a UTC day (as the formatters' time zone); anything else as Date reads it. */
function dateOf(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
}

/** An ISO date (YYYY-MM-DD) or a Date, as a long date in running text. */
export function formatLongDate(value: Date | string, lang: string): string {
  if (value instanceof Date) return LONG_DATE[pick(lang)].format(value)
  return formattedDates[pick(lang)](value)
}

export function formatList(items: string[], lang: string): string {
  return CONJUNCTION[pick(lang)].format(items)
}
