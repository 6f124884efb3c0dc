/**
 * `build --watch`: rebuild when an article is added, changed or removed (chokidar:
 * maintained, handles editors' atomic saves and platform differences). Changes that
 * arrive while a build runs are collected into one follow-up build, never a second
 * concurrent one.
 */
import { watch } from 'chokidar'

export interface WatchHandle {
  close(): Promise<void>
}

/** Resolves once the watcher is ready: a change made after that is never missed. */
export async function watchContent(contentDir: string, rebuild: () => Promise<void>, options: { debounceMs?: number } = {}): Promise<WatchHandle> {
  const watcher = watch(contentDir, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 } })
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let pending = false
  const run = async () => {
    if (running) {
      pending = true
      return
    }
    running = rebuild().catch(() => undefined)
    await running
    running = undefined
    if (pending) {
      pending = false
      await run()
    }
  }
  watcher.on('all', (_event, changed) => {
    if (!/\.(md|markdown)$/i.test(changed)) return
    clearTimeout(timer)
    timer = setTimeout(run, options.debounceMs ?? 150)
  })
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  return {
    async close() {
      clearTimeout(timer)
      await watcher.close()
      await running
    },
  }
}
