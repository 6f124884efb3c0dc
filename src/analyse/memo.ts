/**
 * Bounded memos for pure functions of one string (performance, issue 7): the same words
 * recur in every sentence and article, and each look-up folds, tests and slices them
 * again. A memo is emptied when full, so memory stays flat on any corpus.
 */
const DEFAULT_LIMIT = 100_000

/** `compute` memoised by its argument; `compute` must be pure (same answer for the same string, always). */
export function memoByString<T>(compute: (key: string) => T, limit = DEFAULT_LIMIT): (key: string) => T {
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
