/**
 * i18next instance factory. Every German and English word the output uses
 * comes from `locales/<lang>/<namespace>.json`. No global i18next state
 * (the Starlight way: createInstance + in-memory resources), so two builds
 * can run side by side in one process.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import i18next, { type i18n, type TFunction } from 'i18next'
import type { Lang } from './types.ts'
import { formatLongDate } from './format.ts'

export const LANGS: readonly Lang[] = ['de', 'en']
export const LOCALES_DIR = fileURLToPath(new URL('../locales/', import.meta.url))

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
  return { i18n: instance, t: (lang) => instance.getFixedT(lang) }
}
