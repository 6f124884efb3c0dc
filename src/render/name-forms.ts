/** The spellings under which running text in one language names a glossary entry. */
import type { GlossaryEntry, Lang } from '../types.ts'

/**
 * The entry's form in `lang`; on German pages also every spelling the articles used
 * (`Selenskyjs`, `Peskov`); for a person also the family name alone, as running text
 * names people after the first mention (`Zelensky`).
 */
export function nameForms(entry: GlossaryEntry, lang: Lang): string[] {
  const forms = new Set([entry[lang], ...(lang === 'de' ? entry.variants : [])])
  const familyName = entry.type === 'person' ? entry[lang].split(' ').at(-1)! : ''
  if (familyName.length >= 4 && familyName !== entry[lang]) forms.add(familyName)
  return [...forms]
}
