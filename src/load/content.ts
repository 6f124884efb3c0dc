/** Finds and reads the articles of a content folder as vfiles (sorted, so builds are deterministic). */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'

export async function listArticleFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.join(contentDir, entry.name))
    .sort()
}

/** Reads one article; decoding problems are reported on the vfile, not thrown. */
export async function readArticle(filePath: string): Promise<VFile> {
  const bytes = await readFile(filePath)
  const file = new VFile({ path: filePath })
  let text = bytes.toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  file.value = text.replace(/\r\n?/g, '\n')
  return file
}

/** The slug of an article is its file name without extension. */
export function slugOfPath(filePath: string): string {
  return path.basename(filePath).replace(/\.(md|markdown)$/i, '')
}
