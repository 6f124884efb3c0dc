/**
 * German number words, composed the way German writes them:
 * zwei, zwölf, dreiundzwanzig, zweihundertfünfzig, dreitausend.
 */
import { NUMBER_HUNDRED, NUMBER_TENS, NUMBER_TEENS, NUMBER_THOUSAND, NUMBER_UNITS } from './lexicon.ts'

const AND = 'und'

function belowHundred(word: string): number | null {
  if (word === '') return null
  const direct = NUMBER_TEENS.get(word) ?? NUMBER_TENS.get(word) ?? (word === 'ein' ? undefined : NUMBER_UNITS.get(word))
  if (direct !== undefined) return direct
  const and = word.indexOf(AND)
  if (and <= 0) return null
  const unit = NUMBER_UNITS.get(word.slice(0, and))
  const tens = NUMBER_TENS.get(word.slice(and + AND.length))
  return unit === undefined || tens === undefined || unit === 1 && word.startsWith('eins') ? null : unit + tens
}

function belowThousand(word: string): number | null {
  const h = word.indexOf(NUMBER_HUNDRED)
  if (h < 0) return belowHundred(word)
  const prefix = word.slice(0, h)
  const hundreds = prefix === '' ? 1 : NUMBER_UNITS.get(prefix)
  if (hundreds === undefined || prefix === 'eins') return null
  let rest = word.slice(h + NUMBER_HUNDRED.length)
  if (rest.startsWith(AND)) rest = rest.slice(AND.length)
  if (rest === '') return hundreds * 100
  const tail = rest === 'eins' ? 1 : belowHundred(rest)
  return tail === null ? null : hundreds * 100 + tail
}

/** Value of a lower-case German number word below a million, or null. `ein` alone is the article, not a number. */
export function parseNumberWord(word: string): number | null {
  if (word === '' || word === 'ein') return null
  const t = word.indexOf(NUMBER_THOUSAND)
  if (t < 0) return belowThousand(word)
  const left = word.slice(0, t)
  const thousands = left === '' || left === 'ein' ? 1 : belowThousand(left)
  if (thousands === null) return null
  const right = word.slice(t + NUMBER_THOUSAND.length)
  if (right === '') return thousands * 1000
  const rest = belowThousand(right.startsWith(AND) ? right.slice(AND.length) : right) ?? (right === 'eins' ? 1 : null)
  return rest === null ? null : thousands * 1000 + rest
}
