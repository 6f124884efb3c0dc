/**
 * An article's body (sentences, source, entities with mentions), made again from its
 * file instead of stored: only an unchanged article that must be summarised again (its
 * entities got other glossary names) needs it, and storing every body cost a cold build
 * of 10,000 articles about a third of its time (issue 7). The analysis is deterministic
 * and the cache's version key covers the code and data, so the body is the one the
 * light part came from, provided the file still has the bytes it had: that is checked.
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { loadArticleText } from '../load/content.ts'
import { analyseInput } from '../workers/analyse-task.ts'
import type { ArticleBody } from './article-data.ts'

export function bodyFromSource(filePath: string, contentHash: string): ArticleBody {
  // loadArticleText records the hash of the bytes it was given.
  const file = loadArticleText(new VFile({ path: filePath, value: '' }), readFileSync(filePath))
  if (file.data.contentHash !== contentHash) throw new Error(`${filePath} changed while the build was running; build again`)
  const { article } = analyseInput({ path: filePath, value: String(file.value) })
  if (!article) throw new Error(`${filePath} could not be analysed again`)
  return { sentences: article.sentences, source: article.source, entities: article.entities }
}
