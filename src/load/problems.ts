/** Problems found while loading an article, recorded on its vfile (never thrown) so the other articles still build. */
import type { VFile } from 'vfile'

export const SOURCE = 'bilingual-digest'

/** Records a fatal problem: the article is left out of the build and the exit status is 1. */
export function failFile(file: VFile, reason: string, ruleId: string, line = 1, column = 1): void {
  const message = file.message(reason, { place: { line, column }, ruleId, source: SOURCE })
  message.fatal = true
}

export function warnFile(file: VFile, reason: string, ruleId: string, line = 1, column = 1): void {
  file.message(reason, { place: { line, column }, ruleId, source: SOURCE })
}

export function hasFatal(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}
