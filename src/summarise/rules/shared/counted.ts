/** What a count of people counts, as a vocabulary key (rendered from locales/<lang>/summary.json). */
import { flag } from '../../slots.ts'

export const COUNTED_PEOPLE = /\b(Kriegsgefangene[n]?|Gefangene[n]?|Soldat(?:en)?|Zivilist(?:en)?|Personen|Menschen|Häftlinge[n]?|Männer und Frauen|Ukrainer[n]?|Russen)\b/

const KEYS: Array<[RegExp, string]> = [
  [/^Kriegsgefangene/, 'prisonersOfWar'],
  [/^Gefangene|^Häftling/, 'prisoners'],
  [/^Soldat/, 'soldiers'],
  [/^Zivilist/, 'civilians'],
  [/^Männer und Frauen/, 'menAndWomen'],
  [/^Ukrainer/, 'ukrainians'],
  [/^Russen/, 'russians'],
  [/^Personen|^Menschen/, 'people'],
]

export function countedKey(match: RegExpExecArray): string {
  const word = match[1] ?? match[0]
  return KEYS.find(([pattern]) => pattern.test(word))?.[1] ?? 'people'
}

/** A count per side (`jeweils 157`, `je 300 Soldaten`), rendered through the vocabulary key `eachSide`. */
export const eachSide = flag(/\b(?:[Jj]eweils|je(?=\s+\d))\b/, 'eachSide')
