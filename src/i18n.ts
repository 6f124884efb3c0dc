/**
 * i18next instance factory. Every German and English word the output uses
 * comes from `locales/<lang>/<namespace>.json`. No global i18next state
 * (the Starlight way: createInstance + in-memory resources), so two builds
 * can run side by side in one process.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import i18next, { type i18n, type TFunction } from 'i18next'
import type { Lang } from './types.ts'
import { formatLongDate } from './format.ts'
import { PACKAGE_ROOT } from './package-root.ts'

export const LANGS: readonly Lang[] = ['de', 'en']
export const LOCALES_DIR = path.join(PACKAGE_ROOT, 'locales')

type Resources = Record<string, Record<string, Record<string, unknown>>>

let cachedResources: Resources | undefined

/** Reads every namespace file of every language once per process. */
export function loadLocaleResources(dir: string = LOCALES_DIR): Resources {
  if (dir === LOCALES_DIR && cachedResources) return cachedResources
  const resources: Resources = {}
  for (const lang of LANGS) {
    resources[lang] = {}
    for (const name of readdirSync(path.join(dir, lang)).sort()) {
      if (!name.endsWith('.json')) continue
      resources[lang][name.slice(0, -5)] = JSON.parse(readFileSync(path.join(dir, lang, name), 'utf8'))
    }
  }
  if (dir === LOCALES_DIR) cachedResources = resources
  return resources
}

export interface Translator {
  i18n: i18n
  t(lang: Lang): TFunction
}

/** A fresh, synchronously initialised i18next instance with both languages loaded. */
export function createTranslator(resources: Resources = loadLocaleResources()): Translator {
  const instance = i18next.createInstance()
  void instance.init({
    resources,
    lng: 'de',
    fallbackLng: false,
    supportedLngs: [...LANGS],
    ns: Object.keys(resources.de ?? {}),
    defaultNS: 'ui',
    initAsync: false,
    returnNull: false,
    // remark-stringify escapes Markdown; HTML escaping here would double it.
    interpolation: { escapeValue: false },
  } as Parameters<typeof instance.init>[0])
  // Dates in running text: `5. Februar 2026` / `5 February 2026` (British day-month order,
  // which English news style uses), through Intl like i18next's own formatters.
  instance.services.formatter?.add('longdate', (value, lng) => formatLongDate(value instanceof Date ? value : String(value), lng ?? 'de'))
  const memos = LANGS.map(() => new Map<string, string>())
  // Resources added or removed later (a plugin, a test) make remembered results stale.
  const forget = () => memos.forEach((memo) => memo.clear())
  instance.store.on('added', forget)
  instance.store.on('removed', forget)
  const fixed = new Map(LANGS.map((lang, i) => [lang, memoised(instance.getFixedT(lang), fixedLanguageT(instance, lang), memos[i])]))
  return { i18n: instance, t: (lang) => fixed.get(lang) ?? instance.getFixedT(lang) }
}

/** Results remembered per language: beyond this many, the memo starts afresh (it serves repeats, which come close together). */
const MEMO_MAX = 20_000

/** A string-key t() of one language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * The same result as `instance.getFixedT(lang)(key, options)` for a string key, made cheap
 * (issue 7): i18next's fixed-language t() spreads its whole configuration together with
 * the call's options on every call (to serve key selectors this project never uses); with
 * the 40–60 variables of a summary template that copy took ~300 µs a call. This calls the
 * instance's t() with exactly the options fixedT would pass it.
 */
export function fixedLanguageT(instance: i18n, lang: Lang): Translate {
  return (key, options = {}) => {
    // The option object fixedT builds: the call's options, then language, namespace and key prefix.
    const o: Record<string, unknown> = { ...options }
    o.lng = o.lng || lang
    o.lngs = o.lngs || undefined
    o.ns = o.ns || undefined
    if (o.keyPrefix !== '') o.keyPrefix = o.keyPrefix || undefined
    return (instance.t as unknown as (key: string, options: Record<string, unknown>) => string)(key, o)
  }
}

/**
 * i18next's t() with its string results remembered by key and options (issue 7: every
 * page and summary sentence calls it, a visible share of a build). The resources never
 * change after init, so a result is a function of its arguments. A string key with plain
 * options (strings, numbers, booleans and lists of them) goes through `fast` and the memo;
 * any other call (an array of keys, a default value, a function in the options) through
 * i18next's own fixed-language t().
 */
function memoised(t: TFunction, fast: Translate, memo: Map<string, string>): TFunction {
  const plain = (value: unknown): boolean =>
    value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || (Array.isArray(value) && value.every(plain))
  const call = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
    const slow = () => (t as unknown as (...args: unknown[]) => unknown)(key, options, ...rest)
    if (rest.length || typeof key !== 'string') return slow()
    if (options !== undefined && (typeof options !== 'object' || options === null || !Object.values(options).every(plain))) return slow()
    const memoKey = JSON.stringify([key, options ?? null])
    const known = memo.get(memoKey)
    if (known !== undefined) return known
    const result = fast(key, options as Record<string, unknown> | undefined)
    if (typeof result === 'string') {
      if (memo.size >= MEMO_MAX) memo.clear()
      memo.set(memoKey, result)
    }
    return result
  }
  return Object.assign(call, t) as unknown as TFunction
}
