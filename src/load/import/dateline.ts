import agencyData from './agencies.json' with {type: 'json'}
import {germanMonth, germanMonthSpellings, isoDate} from './german-date.ts'

/** What the opening dateline of an agency report says (`Kiew, 05. Feb (Reuters) -`). */
export interface Dateline {
  /** The dateline as written, separator included (it stays in the body). */
  text: string
  place: string
  agency?: string
  day?: number
  month?: number
  year?: number
  /** Only when the dateline gives day, month and year. */
  date?: string
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const monthPattern = germanMonthSpellings().map(escapeRegExp).join('|')
const bareAgencyPattern = [...agencyData.agencies]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')

// A place is one to four words, the first capitalised (`Kiew`, `KYJIW`, `Frankfurt am Main`, `Kiew/Moskau`).
const place = String.raw`(?<place>\p{Lu}[\p{L}'’.\-]*(?:[ /]+[\p{L}][\p{L}'’.\-]*){0,3}?)`
// `05. Feb`, `3. März 2025`, `05.02.2026`, `5. Februar`
const date = String.raw`(?<day>\d{1,2})\.\s*(?:(?<monthName>${monthPattern})\.?|(?<monthNumber>\d{1,2})\.)(?:\s*(?<year>\d{4}))?`
const parenAgency = String.raw`\((?<agency>[^()\n]{2,30})\)`
const bareAgency = String.raw`(?<bareAgency>${bareAgencyPattern})`
const separator = String.raw`\s*(?<separator>[-–—|])(?=\s|$)`

const datelinePatterns = [
  // Kiew, 05. Feb (Reuters) -   |   MOSKAU (dpa-AFX) -   |   Berlin, 3. März 2025 (AFP) –
  new RegExp(String.raw`^${place}(?:,\s*${date})?\s*${parenAgency}${separator}`, 'u'),
  // KYJIW AFP |   (taz style: no parentheses, so only known agency names count)
  new RegExp(String.raw`^${place}(?:,\s*${date})?\s+${bareAgency}${separator}`, 'u'),
  // Berlin, 3. März 2025 –   (no agency: the full date is what makes it a dateline)
  new RegExp(String.raw`^${place},\s*${date}${separator}`, 'u')
]

// An agency name in parentheses is letters with hyphens, slashes or dots (`dpa-AFX`, `dpa/AFP`), not `(19.)`.
const agencyShape = /^\p{L}[\p{L}\d\-/. ]{0,29}$/u
const knownAgencies = new Set(agencyData.agencies.map((name) => name.toLowerCase()))

/** `dpa/AFP` is known when each of its parts is; case is ignored because some write `(awp)`. */
function isKnownAgency(name: string): boolean {
  return name.split('/').every((part) => knownAgencies.has(part.trim().toLowerCase()))
}

/** The dateline at the start of a paragraph, or undefined when the paragraph does not open with one. */
export function parseDateline(paragraph: string): Dateline | undefined {
  for (const pattern of datelinePatterns) {
    const match = pattern.exec(paragraph)
    if (!match?.groups) continue
    const groups = match.groups
    const agency = (groups.agency ?? groups.bareAgency)?.trim()
    if (groups.agency !== undefined && !agencyShape.test(agency ?? '')) continue
    // `Der Kanzler (SPD) – …` has the same shape as `MOSKAU (dpa-AFX) -`: without a date in
    // the dateline, only a known agency name tells them apart.
    if (groups.agency !== undefined && !groups.day && !isKnownAgency(agency ?? '')) continue
    const month = groups.monthName ? germanMonth(groups.monthName) : groups.monthNumber ? Number(groups.monthNumber) : undefined
    const day = groups.day ? Number(groups.day) : undefined
    const year = groups.year ? Number(groups.year) : undefined
    if (groups.day && (month === undefined || isoDate(year ?? 2000, month, day!) === undefined)) continue
    const dateline: Dateline = {text: match[0], place: groups.place}
    if (agency) dateline.agency = agency
    if (day !== undefined && month !== undefined) {
      dateline.day = day
      dateline.month = month
      if (year !== undefined) {
        dateline.year = year
        dateline.date = isoDate(year, month, day)
      }
    }
    return dateline
  }
  return undefined
}
