import {randomBytes} from 'node:crypto'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {importArticle} from './import-article.ts'
import {importMessage} from './messages.ts'

export interface ImportFilesOptions {
  /** Replace an existing file in contentDir whose content differs. */
  force?: boolean
  /** Passed to importArticle: today as YYYY-MM-DD. */
  today?: string
}

/**
 * Imports each file into contentDir/<slug>.md. An existing different file is
 * left alone and reported unless `force`; an identical one is not rewritten.
 * Writes go to a temporary file in contentDir, then a rename, so a reader never
 * sees half an article.
 */
export async function importFiles(
  paths: string[],
  contentDir: string,
  options: ImportFilesOptions = {}
): Promise<{written: string[]; messages: VFileMessage[]}> {
  const written: string[] = []
  const messages: VFileMessage[] = []
  await mkdir(contentDir, {recursive: true})
  for (const inputPath of paths) {
    let raw: string
    try {
      raw = await readFile(inputPath, 'utf8')
    } catch (error) {
      messages.push(importMessage(`Cannot read input: ${(error as Error).message}`, {fileName: inputPath, ruleId: 'unreadable-input', severity: 'error'}))
      continue
    }
    const result = importArticle(raw, {fileName: inputPath, today: options.today})
    messages.push(...result.messages)
    const target = path.join(contentDir, `${result.slug}.md`)
    const existing = await readFile(target, 'utf8').catch(() => undefined)
    if (existing === result.markdown) continue
    if (existing !== undefined && !options.force) {
      messages.push(
        importMessage(`${target} already exists with different content: not overwritten (use --force to replace it)`, {
          fileName: inputPath,
          ruleId: 'target-exists',
          severity: 'error'
        })
      )
      continue
    }
    await writeAtomically(target, result.markdown)
    written.push(target)
  }
  return {written, messages}
}

async function writeAtomically(target: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, content, 'utf8')
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
