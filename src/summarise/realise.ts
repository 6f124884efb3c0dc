/**
 * Turns a language-neutral fact into one German and one English sentence, through
 * the frame's templates in locales/<lang>/summary.json. Names come from the glossary
 * (Selenskyj in German, Zelensky in English); numbers, dates and lists are formatted
 * by Intl through i18next's formatters; words the rules picked (what is demanded,
 * what is counted) are vocabulary keys, rendered per language, with case forms as
 * i18next contexts (`prisoners_dat`) and plurals as `_one`/`_other`.
 */
import type { ArticleEntity, EntityType, Fact, Lang, SlotValue } from '../types.ts'
import { fixedLanguageT, type Translate, type Translator } from '../i18n.ts'
import { formatList, formatLongDate } from '../format.ts'
import { institutionIsPlural } from './rules/shared/institution.ts'
import { resourceMemo, templateVariables, withoutUnused } from './translate.ts'
import { englishNounPhrase, englishRoleOk, germanIsPlural, germanNounPhrase, germanRoleNominative, type Gender, type GermanCase } from './grammar/index.ts'

export interface NameForms {
  de: string
  en: string
  type: EntityType
}
export type NameLookup = (articleEntityKey: string) => NameForms | undefined
/** The article's entity by key (for roles); optional. */
export type EntityLookup = (articleEntityKey: string) => ArticleEntity | undefined

const CASES: GermanCase[] = ['nom', 'gen', 'dat', 'acc']
/** Small numbers are written as words in running text (news style in both languages). */
const SPELLED_MAX = 12

// Performance (issue 7): Intl formatters are built once per language, not per call;
// constructing them was ~15% of a 1,000-article build's summary time.
const NUMBER_FORMATS = { de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }) }
const WEEKDAY_FORMATS = { de: new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'UTC' }), en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }) }
const WEEKDAY = /^(?:am\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)s?$/i
const REGION_NAMES = { de: new Intl.DisplayNames(['de'], { type: 'region' }), en: new Intl.DisplayNames(['en-GB'], { type: 'region' }) }

function listFormat(lang: Lang, items: string[]): string {
  // A list of one is that item (Intl.ListFormat returns it as it is): most slots hold one name.
  return items.length === 1 ? items[0] : formatList(items, lang)
}

function numberFormat(lang: Lang, value: number): string {
  return NUMBER_FORMATS[lang === 'en' ? 'en' : 'de'].format(value)
}

interface RenderContext {
  lang: Lang
  t: Translate
  names: NameLookup
  entityOf?: EntityLookup
  /** The fact's first number: the count plural vocabulary agrees with. */
  count?: number
  /** The frame: its own `vocabulary` (word forms only it needs) comes before the shared one. */
  frame: string
  exists: (key: string) => boolean
  /** The i18next instance, as the key of the word-form cache. */
  store: Translator['i18n']
}

/** `der ukrainische Präsident Wolodymyr Selenskyj` / `Ukrainian President Volodymyr Zelensky`, or null. */
function withRole(key: string, name: string, ctx: RenderContext): string | null {
  const entity = ctx.entityOf?.(key)
  if (!entity || entity.type !== 'person') return null
  const role = entity.roles.find((candidate) => candidate.country) ?? entity.roles[0]
  if (!role) return null
  if (ctx.lang === 'en') return englishRoleOk(role.en) ? `${role.en} ${name}` : null
  const feminine = /in$/.test(role.de.split(' ').pop() ?? '')
  const phrase = germanRoleNominative(role.de, feminine)
  return phrase ? `${phrase} ${name}` : null
}

/**
 * Word forms depend only on language, frame, key, case and count: they are looked up
 * once per translator (the summariser renders thousands of articles with one).
 */
function remembered(ctx: RenderContext, id: string, compute: () => string): string {
  return resourceMemo(ctx.store, `word\0${id}`, compute)
}

/**
 * German articles come from the locale, chosen by i18next context from case and gender
 * (`summary:article` with context `dat_f` → `der`): `der Ukraine`, `den Vereinigten Arabischen Emiraten`.
 */
function articleOf(ctx: RenderContext) {
  return (grammaticalCase: GermanCase, gender: Gender) => remembered(ctx, `art|${grammaticalCase}|${gender}`, () => ctx.t('summary:article', { context: `${grammaticalCase}_${gender}` }))
}

/** A country's adjective (`ukrainisch` / `Ukrainian`), or '' when the locale has none. */
function demonymAdjective(code: string, ctx: RenderContext): string {
  return remembered(ctx, `d|${ctx.lang}|${code}`, () => ctx.t(`demonyms:adjective.${code}`, { defaultValue: '' }))
}

function vocabulary(key: string, ctx: RenderContext, context?: string): string {
  return remembered(ctx, `v|${ctx.lang}|${ctx.frame}|${key}|${context ?? ''}|${ctx.count ?? ''}`, () => {
    const options: Record<string, unknown> = {}
    if (ctx.count !== undefined) options.count = ctx.count
    if (context) options.context = context
    const own = `summary:${ctx.frame}.vocabulary.${key}`
    return ctx.t(ctx.exists(own) ? own : `summary:vocabulary.${key}`, options)
  })
}

function slotVariables(name: string, value: SlotValue, ctx: RenderContext): Record<string, unknown> | null {
  const { lang, t, names } = ctx
  switch (value.kind) {
    case 'entity':
    case 'entities': {
      const keys = value.kind === 'entity' ? [value.key] : value.keys
      const forms = keys.map((key) => names(key))
      if (forms.some((form) => !form)) return null
      const vars: Record<string, unknown> = {}
      const plural = keys.length > 1 || (lang === 'de' && germanIsPlural(forms[0]!.de))
      if (lang === 'de') {
        for (const grammaticalCase of CASES) {
          const phrases = forms.map((form) => germanNounPhrase(form!.de, grammaticalCase, articleOf(ctx)))
          vars[grammaticalCase === 'nom' ? name : `${name}_${grammaticalCase}`] = listFormat('de', phrases)
        }
        vars[`${name}_bare`] = listFormat('de', forms.map((form) => form!.de))
      } else {
        vars[name] = listFormat('en', forms.map((form) => englishNounPhrase(form!.en)))
        vars[`${name}_bare`] = listFormat('en', forms.map((form) => form!.en))
      }
      vars[`${name}_full`] = (keys.length === 1 && withRole(keys[0], lang === 'de' ? forms[0]!.de : forms[0]!.en, ctx)) || vars[name]
      vars[`${name}_plural`] = plural
      // Verb agreement through a nested key's context: `$t(summary:verb.demand, {"context": "{{speaker_number}}"})`.
      vars[`${name}_number`] = plural ? 'plural' : ''
      return vars
    }
    case 'number': {
      const words = Number.isInteger(value.value) && value.value > 0 && value.value <= SPELLED_MAX ? remembered(ctx, `n|${lang}|${value.value}`, () => t(`summary:numbers.${value.value}`, { defaultValue: '' })) : ''
      return {
        [name]: value.value,
        [`${name}_words`]: words || numberFormat(lang, value.value),
        [`${name}_ordinal`]: remembered(ctx, `o|${lang}|${value.value}`, () => t('summary:ordinal', { count: value.value, ordinal: true })),
        [`${name}_approx`]: value.approx ? remembered(ctx, `a|${lang}|${value.approx}`, () => t(`summary:approx.${value.approx}`) + ' ') : '',
        // A count that opens a sentence: words, an approximation, or the language's way to avoid a bare numeral.
        [`${name}_start`]: value.approx
          ? remembered(ctx, `a|${lang}|${value.approx}`, () => t(`summary:approx.${value.approx}`) + ' ') + numberFormat(lang, value.value)
          : words || remembered(ctx, `s|${lang}|${value.value}`, () => t('summary:numberAtStart', { n: numberFormat(lang, value.value) })),
      }
    }
    case 'date': {
      const date = new Date(`${value.iso}T00:00:00Z`)
      // A date the text gives as a weekday (`am Donnerstag`) stays a weekday: the calendar
      // date is an inference, the weekday is what the source says.
      const weekday = WEEKDAY.test(value.text) && value.iso.length === 10
      const text = weekday ? WEEKDAY_FORMATS[lang].format(date) : value.iso.length === 10 ? formatLongDate(date, lang) : value.text
      return { [name]: date, [`${name}_year`]: value.iso.slice(0, 4), [`${name}_text`]: text }
    }
    case 'text': {
      // A proper name the analysis does not know (a club): the same in both languages.
      if (value.en !== undefined) {
        const written = lang === 'de' ? value.de : value.en
        return { [name]: written, [`${name}_gen`]: written, [`${name}_dat`]: written, [`${name}_acc`]: written }
      }
      // A country's adjective: German stem (`ukrainisch` + the template's ending), English adjective.
      const country = /^country:([\w,]+)$/.exec(value.de)
      if (country) return countryVariables(name, country[1].split(','), ctx)
      const inst = /^inst:(\w+)(?::(\w+))?$/.exec(value.de)
      if (inst) {
        const adjective = inst[2] ? demonymAdjective(inst[2], ctx) : ''
        const phrase = remembered(ctx, `i|${lang}|${inst[1]}|${adjective}`, () => t(`summary:institutions.${inst[1]}`, { context: adjective ? 'country' : undefined, country: adjective }))
        const plural = institutionIsPlural(inst[1])
        return { [name]: phrase, [`${name}_full`]: phrase, [`${name}_number`]: plural ? 'plural' : '', [`${name}_plural`]: plural }
      }
      // `_key`: the key itself, for a nested verb's context (`{{past_key}}`).
      const vars: Record<string, unknown> = { [name]: vocabulary(value.de, ctx), [`${name}_key`]: value.de }
      if (lang === 'de') for (const grammaticalCase of ['gen', 'dat', 'acc'] as const) vars[`${name}_${grammaticalCase}`] = vocabulary(value.de, ctx, grammaticalCase)
      return vars
    }
  }
}

/**
 * A country (or several) named by an adjective in the text (`ukrainische und russische Soldaten`):
 * the adjective (`ukrainisch`, German stem for the template's ending; `Ukrainian`), and the
 * countries' names for `aus der Ukraine und Russland` / `from Ukraine and Russia`.
 */
function countryVariables(name: string, codes: string[], ctx: RenderContext): Record<string, unknown> | null {
  const adjectives = codes.map((code) => demonymAdjective(code, ctx))
  if (adjectives.some((adjective) => !adjective)) return null
  const display = REGION_NAMES[ctx.lang === 'de' ? 'de' : 'en']
  const countryNames = codes.map((code) => (code === 'US' ? (ctx.lang === 'de' ? 'USA' : 'United States') : display.of(code) ?? code))
  const vars: Record<string, unknown> = { [name]: adjectives[0], [`${name}_count`]: codes.length }
  // All the adjectives as the source wrote them (`ukrainische und russische Soldaten`):
  // German with the strong endings a template needs, English as they are.
  if (ctx.lang === 'de') for (const ending of GERMAN_ADJECTIVE_ENDINGS) vars[`${name}_adjectives_${ending}`] = listFormat('de', adjectives.map((adjective) => adjective + ending))
  else vars[`${name}_adjectives`] = listFormat('en', adjectives)
  if (ctx.lang === 'de') {
    for (const grammaticalCase of CASES) {
      vars[`${name}_country${grammaticalCase === 'nom' ? '' : '_' + grammaticalCase}`] = listFormat('de', countryNames.map((country) => germanNounPhrase(country, grammaticalCase, articleOf(ctx))))
    }
  } else {
    vars[`${name}_country`] = listFormat('en', countryNames.map(englishNounPhrase))
  }
  return vars
}

/** Endings a German adjective stem takes in the templates (`ukrainisch` + `e`, + `en`). */
const GERMAN_ADJECTIVE_ENDINGS = ['e', 'en'] as const

/** German preposition + article contractions (`in dem` → `im`). */
const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bin dem\b/g, 'im'],
  [/\ban dem\b/g, 'am'],
  [/\bzu dem\b/g, 'zum'],
  [/\bzu der\b/g, 'zur'],
  [/\bvon dem\b/g, 'vom'],
  [/\bbei dem\b/g, 'beim'],
]

function tidy(sentence: string, lang: Lang): string {
  if (lang === 'de') for (const [pattern, contracted] of CONTRACTIONS) sentence = sentence.replace(pattern, contracted)
  // `a attack` → `an attack`, `an Israeli`, but `a Ukrainian`, `a US`.
  if (lang === 'en') sentence = sentence.replace(/\b([Aa]) (?=[aeioAEIO]|[uU](?![kKsSnN]))/g, '$1n ')
  const text = sentence
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/,\s*\./g, '.')
    .replace(/\.\./g, '.')
    .trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function firstNumber(fact: Fact): number | undefined {
  const preferred = fact.slots.count
  if (preferred?.kind === 'number') return preferred.value
  for (const value of Object.values(fact.slots)) if (value.kind === 'number') return value.value
  return undefined
}

/**
 * Performance (issue 7): a sentence depends only on the language, the frame, the slots and
 * what the names and roles of the slots' entities resolve to, so it is rendered once per
 * such signature and translator (i18next lookups were most of the summary time; the same
 * fact recurs across an archive). Entity keys are article-local, so the signature holds
 * what they resolve to, not the keys. Bounded: the table is emptied when it grows large.
 */
const sentenceMemo = new WeakMap<object, Map<string, string | null>>()
const SENTENCE_MEMO_MAX = 20_000

function factSignature(fact: Fact, names: NameLookup, entityOf?: EntityLookup): string {
  const resolved = (key: string) => {
    const entity = entityOf?.(key)
    return [names(key) ?? null, entity ? [entity.type, entity.roles] : null]
  }
  const slots = Object.entries(fact.slots).map(([name, value]) =>
    value.kind === 'entity' ? [name, value.kind, resolved(value.key)] : value.kind === 'entities' ? [name, value.kind, value.keys.map(resolved)] : [name, value],
  )
  return JSON.stringify([fact.frame, slots])
}

/** Renders a fact in one language, its signature already made (one signature serves both languages); null when a template or a name is missing. */
function realiseSigned(lang: Lang, factKey: string, fact: Fact, translator: Translator, names: NameLookup, entityOf?: EntityLookup): string | null {
  let cache = sentenceMemo.get(translator.i18n)
  if (!cache) sentenceMemo.set(translator.i18n, (cache = new Map()))
  const signature = `${lang}\0${factKey}`
  const known = cache.get(signature)
  if (known !== undefined) return known
  const sentence = renderFactIn(lang, fact, translator, names, entityOf)
  if (cache.size >= SENTENCE_MEMO_MAX) cache.clear()
  cache.set(signature, sentence)
  return sentence
}

/** What a frame's templates need for one set of slots, looked up once (see translate.ts). */
interface FramePlan {
  /** Per slot, in slot order: the key of its optional phrase, or null when there is none. */
  phrases: Array<[string, string | null]>
  /** Phrase variables the templates may name, empty unless a slot's phrase filled them. */
  blanks: string[]
  /** The template variant (`with_each_without_how`), or ''. */
  context: string
}

function framePlan(i18n: Translator['i18n'], lang: Lang, fact: Fact): FramePlan {
  const slotNames = Object.keys(fact.slots)
  return resourceMemo(i18n, `plan\0${lang}\0${fact.frame}\0${slotNames.join('\0')}`, () => {
    const exists = (key: string) => i18n.exists(key, { lng: lang })
    const frame = (i18n.getResource(lang, 'summary', fact.frame) ?? {}) as Record<string, unknown>
    // Optional pieces: `summary:<frame>.<slot>` renders a phrase for a slot that is present;
    // a frame's own phrase for the slot, else the phrase all frames share (attribution).
    const phrases = slotNames.map((name): [string, string | null] => {
      const own = `summary:${fact.frame}.${name}`
      const key = exists(own) ? own : `summary:shared.${name}`
      return [name, exists(key) ? key : null]
    })
    const blanks: string[] = []
    for (const key of Object.keys(frame)) if (!key.startsWith('text') && key !== 'vocabulary') blanks.push(`${key.replace(/_(one|other)$/, '')}Phrase`)
    for (const key of Object.keys((i18n.getResource(lang, 'summary', 'shared') ?? {}) as Record<string, unknown>)) blanks.push(`${key}Phrase`)
    return { phrases, blanks, context: contextFor(fact, frame) }
  })
}

function renderFactIn(lang: Lang, fact: Fact, translator: Translator, names: NameLookup, entityOf?: EntityLookup): string | null {
  const i18n = translator.i18n
  // Every call goes straight to the instance (translate.ts says why); word forms are remembered.
  const t = fixedLanguageT(i18n, lang)
  const exists = (key: string) => resourceMemo(i18n, `exists\0${lang}\0${key}`, () => i18n.exists(key, { lng: lang }))
  const ctx: RenderContext = { lang, t, names, entityOf, count: firstNumber(fact), frame: fact.frame, exists, store: i18n }
  const vars: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fact.slots)) {
    const slotVars = slotVariables(name, value, ctx)
    if (!slotVars) return null
    Object.assign(vars, slotVars)
  }
  const plan = framePlan(i18n, lang, fact)
  const used = templateVariables(i18n)
  for (const [name, key] of plan.phrases) vars[`${name}Phrase`] = key ? ' ' + t(key, withoutUnused({ ...vars, count: ctx.count }, used)) : ''
  for (const name of plan.blanks) vars[name] ??= ''
  const textKey = `summary:${fact.frame}.text`
  const options: Record<string, unknown> = { ...vars, context: plan.context || undefined }
  if (ctx.count !== undefined) options.count = ctx.count
  const rendered = t(textKey, withoutUnused(options, used))
  // A template that found no value for a variable leaves `{{…}}`: such a sentence is never shown.
  if (!rendered || rendered === textKey || rendered.includes('summary:') || rendered.includes('{{')) return null
  return tidy(rendered, lang)
}

/**
 * The template variant for the slots that are present and absent: `text_without_parties`,
 * `text_with_each`, `text_with_each_without_how`. The variant with the most conditions that
 * all hold wins (it was written for exactly that case); plural suffixes are i18next's.
 */
function contextFor(fact: Fact, frame: Record<string, unknown>): string {
  let best = ''
  let bestSize = 0
  for (const key of Object.keys(frame).sort()) {
    const match = /^text_((?:with_.+?)?(?:_?without_.+?)?)(?:_(?:one|other|zero|two|few|many))?$/.exec(key)
    if (!match || !match[1]) continue
    const parts = /^(?:with_(.+?))?(?:_?without_(.+))?$/.exec(match[1])
    if (!parts) continue
    const present = parts[1] ? parts[1].split('_and_') : []
    const absent = parts[2] ? parts[2].split('_and_') : []
    const holds = present.every((slot) => slot in fact.slots) && absent.every((slot) => !(slot in fact.slots))
    if (holds && present.length + absent.length > bestSize) {
      best = match[1]
      bestSize = present.length + absent.length
    }
  }
  return best
}

export function realiseFact(fact: Fact, translator: Translator, names: NameLookup, entityOf?: EntityLookup): { de: string; en: string } | null {
  const signature = factSignature(fact, names, entityOf)
  const de = realiseSigned('de', signature, fact, translator, names, entityOf)
  const en = realiseSigned('en', signature, fact, translator, names, entityOf)
  return de && en ? { de, en } : null
}
