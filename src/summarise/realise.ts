/**
 * Turns a language-neutral fact into one German and one English sentence, through
 * the frame's templates in locales/<lang>/summary.json. Names come from the glossary
 * (Selenskyj in German, Zelensky in English); numbers, dates and lists are formatted
 * by Intl through i18next's formatters.
 */
import type { TFunction } from 'i18next'
import type { EntityType, Fact, Lang, SlotValue } from '../types.ts'
import type { Translator } from '../i18n.ts'
import { englishNounPhrase, germanIsPlural, germanNounPhrase, type GermanCase } from './grammar/index.ts'

export interface NameForms {
  de: string
  en: string
  type: EntityType
}
export type NameLookup = (articleEntityKey: string) => NameForms | undefined

const CASES: GermanCase[] = ['nom', 'gen', 'dat', 'acc']

function listFormat(lang: Lang, items: string[]): string {
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'de', { style: 'long', type: 'conjunction' }).format(items)
}

function slotVariables(name: string, value: SlotValue, lang: Lang, names: NameLookup, t: TFunction): Record<string, unknown> | null {
  switch (value.kind) {
    case 'entity':
    case 'entities': {
      const keys = value.kind === 'entity' ? [value.key] : value.keys
      const forms = keys.map((key) => names(key))
      if (forms.some((form) => !form)) return null
      const vars: Record<string, unknown> = {}
      if (lang === 'de') {
        for (const grammaticalCase of CASES) {
          const phrases = forms.map((form) => germanNounPhrase(form!.de, grammaticalCase))
          vars[grammaticalCase === 'nom' ? name : `${name}_${grammaticalCase}`] = listFormat('de', phrases)
        }
        vars[`${name}_bare`] = listFormat('de', forms.map((form) => form!.de))
        vars[`${name}_plural`] = keys.length > 1 || germanIsPlural(forms[0]!.de)
      } else {
        vars[name] = listFormat('en', forms.map((form) => englishNounPhrase(form!.en)))
        vars[`${name}_bare`] = listFormat('en', forms.map((form) => form!.en))
        vars[`${name}_plural`] = keys.length > 1
      }
      return vars
    }
    case 'number':
      return { [name]: value.value, [`${name}_approx`]: value.approx ? t(`summary:approx.${value.approx}`) + ' ' : '' }
    case 'date':
      return { [name]: new Date(`${value.iso}T00:00:00Z`) }
    case 'text':
      return { [name]: t(`summary:vocabulary.${value.de}`) }
  }
}

function tidy(sentence: string): string {
  const text = sentence.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(/,\s*,/g, ',').trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Renders a fact in one language; null when a template or a name is missing. */
export function realiseFactIn(lang: Lang, fact: Fact, translator: Translator, names: NameLookup): string | null {
  const t = translator.t(lang)
  const vars: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fact.slots)) {
    const slotVars = slotVariables(name, value, lang, names, t)
    if (!slotVars) return null
    Object.assign(vars, slotVars)
  }
  // Optional pieces: `summary:<frame>.<slot>` renders a phrase for a slot that is present.
  const i18n = translator.i18n
  for (const name of Object.keys(fact.slots)) {
    const key = `summary:${fact.frame}.${name}`
    vars[`${name}Phrase`] = i18n.exists(key, { lng: lang }) ? ' ' + t(key, vars) : ''
  }
  for (const key of Object.keys(translator.i18n.getResource(lang, 'summary', fact.frame) ?? {})) {
    if (!key.startsWith('text')) vars[`${key}Phrase`] ??= ''
  }
  const textKey = `summary:${fact.frame}.text`
  if (!i18n.exists(textKey, { lng: lang })) return null
  const context = contextFor(fact, lang, translator)
  const options: Record<string, unknown> = { ...vars, context: context || undefined }
  if (typeof vars.count === 'number') options.count = vars.count
  return tidy(t(textKey, options))
}

/** The template variant for the slots that are absent: `text_without_parties`. */
function contextFor(fact: Fact, lang: Lang, translator: Translator): string {
  const resource = (translator.i18n.getResource(lang, 'summary', fact.frame) ?? {}) as Record<string, unknown>
  for (const key of Object.keys(resource).sort()) {
    const match = /^text_without_(.+?)(?:_(?:one|other|zero|two|few|many))?$/.exec(key)
    if (!match) continue
    const absent = match[1].split('_and_')
    if (absent.every((slot) => !(slot in fact.slots))) return `without_${match[1]}`
  }
  return ''
}

export function realiseFact(fact: Fact, translator: Translator, names: NameLookup): { de: string; en: string } | null {
  const de = realiseFactIn('de', fact, translator, names)
  const en = realiseFactIn('en', fact, translator, names)
  return de && en ? { de, en } : null
}
