/** Bounded concurrency for file work, shared by loading, the cache and the worker stages. */

/** Runs `task` over `items` with at most `limit` at a time (thousands of open files at once exhaust descriptors). */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index], index)
    }
  })
  await Promise.all(runners)
  return results
}
