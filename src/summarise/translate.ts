/**
 * i18next lookups of the realiser, made cheap (issue 7).
 *
 * - calls go through `fixedLanguageT` of src/i18n.ts, not i18next's fixed-language t(): that
 *   spreads its whole configuration with the call's options on every call (~300 µs a call with
 *   the 40–60 variables of a summary template).
 * - `resourceMemo`: what depends only on the locale resources (does a key exist, which template
 *   variant a set of slots takes) is looked up once per i18next instance, and forgotten when
 *   resources are added or removed.
 * - `withoutUnused`: i18next copies the options once per placeholder and nesting, and the
 *   realiser offers every form of every slot (`x_gen`, `x_bare`, `x_plural` …) though a
 *   template names few; forms no template of the instance names are left out of the call.
 */
import type { i18n } from 'i18next'

const memos = new WeakMap<i18n, Map<string, unknown>>()

/** A memo of values that depend only on the instance's resources (bounded: emptied when it grows large). */
export function resourceMemo<T>(instance: i18n, id: string, compute: () => T): T {
  let memo = memos.get(instance)
  if (!memo) {
    const fresh = new Map<string, unknown>()
    memos.set(instance, (memo = fresh))
    const forget = () => fresh.clear()
    instance.store?.on('added', forget)
    instance.store?.on('removed', forget)
  }
  if (memo.has(id)) return memo.get(id) as T
  const value = compute()
  if (memo.size >= RESOURCE_MEMO_MAX) memo.clear()
  memo.set(id, value)
  return value
}

const RESOURCE_MEMO_MAX = 10_000

const VARIABLE = /\{\{(.+?)\}\}/g

/**
 * Every variable a template of the instance names (`{{x}}`, `{{- x}}`, `{{x, number}}`), in any
 * language and namespace (nested `$t(…)` templates included); null when the interpolation
 * syntax is not i18next's default or a name is a path (`{{a.b}}`): then nothing is left out.
 */
export function templateVariables(instance: i18n): Set<string> | null {
  return resourceMemo(instance, 'template-variables', () => {
    const syntax = (instance.options.interpolation ?? {}) as Record<string, unknown>
    const standard =
      (syntax.prefix ?? '{{') === '{{' &&
      (syntax.suffix ?? '}}') === '}}' &&
      !syntax.prefixEscaped &&
      !syntax.suffixEscaped &&
      (syntax.formatSeparator ?? ',') === ',' &&
      (syntax.unescapePrefix ?? '-') === '-' &&
      !syntax.unescapeSuffix
    if (!standard) return null
    const names = new Set<string>()
    const visit = (value: unknown): void => {
      if (typeof value === 'string') for (const match of value.matchAll(VARIABLE)) names.add(match[1].replace(/^-/, '').split(',')[0].trim())
      else if (value && typeof value === 'object') for (const inner of Object.values(value)) visit(inner)
    }
    visit(instance.store?.data)
    return [...names].some((name) => name.includes('.')) ? null : names
  })
}

/**
 * The options without the variables no template names. Only a slot's derived forms
 * (`x_gen`, `xPhrase`) are left out: a plain name may be an option i18next or Intl reads
 * (`count`, `context`, `year`, `unit`), and stays.
 */
export function withoutUnused(options: Record<string, unknown>, used: Set<string> | null): Record<string, unknown> {
  if (!used) return options
  const kept: Record<string, unknown> = {}
  for (const name in options) {
    if (used.has(name) || !(name.includes('_') || name.endsWith('Phrase')) || name.startsWith('defaultValue')) kept[name] = options[name]
  }
  return kept
}
