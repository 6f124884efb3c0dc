/**
 * Cache of rendered article pages. A page is a function of its article record, the
 * glossary entries it names (their names, roles and anchors, not the other articles
 * that name them), its language, site layout and sidebar position; the tool, rules and
 * locales version is the cache folder's. Rendering (mdast → Markdown) is the costliest
 * step of a warm build, and renderSite calls the renderer synchronously, so the pages of
 * the last build are loaded into memory up front from one file and saved after the build
 * (only the pages that build used, so the file does not grow without bound).
 */
import { createHash } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { renderArticlePage } from '../render/article-page.ts'
import type { ArticleRecord } from '../render/model.ts'
import type { PageContext } from '../render/page.ts'

export class PageCache {
  private readonly used = new Map<string, string>()
  hits = 0
  misses = 0

  private constructor(
    private readonly file: string,
    private readonly previous: Map<string, string>,
  ) {}

  static async load(cacheVersionDir: string): Promise<PageCache> {
    const file = path.join(cacheVersionDir, 'pages.bin')
    let previous = new Map<string, string>()
    try {
      previous = deserialize(await readFile(file)) as Map<string, string>
    } catch {
      // No pages yet, or an unreadable file: every page is rendered.
    }
    return new PageCache(file, previous)
  }

  /** A renderArticlePage that reuses the page when nothing it depends on changed. */
  renderer(): typeof renderArticlePage {
    return (article: ArticleRecord, context: PageContext, anchors: Map<string, string>, order: number) => {
      const key = pageKey(article, context, anchors, order)
      let page = this.previous.get(key) ?? this.used.get(key)
      if (page === undefined) {
        this.misses++
        page = renderArticlePage(article, context, anchors, order)
      } else {
        this.hits++
      }
      this.used.set(key, page)
      return page
    }
  }

  async save(): Promise<void> {
    const temporary = `${this.file}.${process.pid}.tmp`
    await writeFile(temporary, serialize(this.used))
    await rename(temporary, this.file)
  }
}

function pageKey(article: ArticleRecord, context: PageContext, anchors: Map<string, string>, order: number): string {
  const entries = article.entries.map(({ articles: _articles, ...entry }) => [entry, anchors.get(entry.id) ?? null])
  const { entries: _entries, ...rest } = article
  return createHash('sha256')
    .update(JSON.stringify([rest, entries, context.lang, context.site.name, context.page, order]))
    .digest('hex')
}
