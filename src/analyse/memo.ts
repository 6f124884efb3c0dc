/**
 * Memos for pure functions of one argument (performance, issue 7). By string: bounded, for
 * the words that recur in every sentence and article (each look-up folds, tests and
 * slices them again); a memo is emptied when full, so memory stays flat on any corpus.
 * By object: for what is derived once from a build's model or glossary and asked for by
 * several stages; it lives as long as the object.
 */
/** How many answers a per-thread memo keeps before it starts afresh (also the bound of the glossary's own per-thread memos). */
export const MEMO_LIMIT = 100_000

/** `compute` memoised by its argument; `compute` must be pure (same answer for the same string, always). */
export function memoByString<T>(compute: (key: string) => T, limit = MEMO_LIMIT): (key: string) => T {
  const memo = new Map<string, T>()
  return (key: string): T => {
    const known = memo.get(key)
    if (known !== undefined || memo.has(key)) return known as T
    const value = compute(key)
    if (memo.size >= limit) memo.clear()
    memo.set(ownCopy(key), value)
    return value
  }
}

/**
 * The string in storage of its own. Token texts are slices of their paragraph, and V8 keeps a
 * longer slice as a view of the whole paragraph: kept as a memo key it would keep the
 * paragraph alive. Concatenating and slicing again copies it into a string of its length.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}

/** `compute` memoised by its argument's identity; `compute` must be pure and the object not changed after. */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>()
  return (key: K): V => {
    if (memo.has(key)) return memo.get(key) as V
    const value = compute(key)
    memo.set(key, value)
    return value
  }
}
