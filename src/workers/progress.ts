/**
 * Progress of a long build: a bar on a terminal (cli-progress), plain log lines when
 * stderr is a file or a CI log (a bar's carriage returns would garble those). Short
 * builds show nothing: a bar that flashes for a moment is noise.
 */
import { createRequire } from 'node:module'
import type { SingleBar } from 'cli-progress'

// Loaded for a terminal only (a bar is all it is for): builds in CI or scripts never load it.
const require = createRequire(import.meta.url)

export interface Progress {
  update(done: number, total: number): void
  stop(): void
}

const MIN_TOTAL_FOR_PROGRESS = 200
const LOG_EVERY_MS = 2000

export function createProgress(stream: NodeJS.WriteStream = process.stderr, label = 'analysing'): Progress {
  let bar: SingleBar | undefined
  let lastLog = 0
  let lastDone = -1
  return {
    update(done, total) {
      if (total < MIN_TOTAL_FOR_PROGRESS) return
      if (stream.isTTY) {
        if (!bar) {
          const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress')
          bar = new SingleBar({ stream, format: `${label} [{bar}] {value}/{total} articles · {eta_formatted} left`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic)
          bar.start(total, done)
        }
        bar.setTotal(total)
        bar.update(done)
        return
      }
      const now = Date.now()
      if ((now - lastLog >= LOG_EVERY_MS || done === total) && done !== lastDone) {
        lastLog = now
        lastDone = done
        stream.write(`bilingual-digest: ${label} ${done}/${total} articles\n`)
      }
    },
    stop() {
      bar?.stop()
      bar = undefined
    },
  }
}
