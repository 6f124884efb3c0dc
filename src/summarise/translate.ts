/**
 * i18next lookups of the realiser, made cheap (issue 7).
 *
 * - `translateIn`: i18next's fixed-language t() spreads its whole configuration together with
 *   the call's options on every call (to serve key selectors the summariser never uses); with
 *   the 40–60 variables of a summary template that copy took ~300 µs a call, most of the summary
 *   time. This calls the instance's t() with exactly the options fixedT would pass it.
 * - `resourceMemo`: what depends only on the locale resources (does a key exist, which template
 *   variant a set of slots takes) is looked up once per i18next instance, and forgotten when
 *   resources are added or removed.
 */
import type { i18n } from 'i18next'
import type { Lang } from '../types.ts'

export type Translate = (key: string, options?: Record<string, unknown>) => string

/** Same result as `i18n.getFixedT(lang)(key, options)` for a string key. */
export function translateIn(instance: i18n, lang: Lang): Translate {
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
