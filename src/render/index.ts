/**
 * The render stage: the site model → every output file, as a map of relative path → content.
 * The pages of each language sit at the same relative paths inside that language's
 * folder; the site adapter decides where those folders are and what else the site needs.
 */
import type { Translator } from '../i18n.ts'
import { LANGS } from '../i18n.ts'
import type { ArticleRecord, SiteModel } from './model.ts'
import type { WrittenPage } from '../write.ts'
import { siteAdapter, type SiteAdapter, type SiteName } from '../site/index.ts'
import { renderVitepressConfig, VITEPRESS_CONFIG_FILE } from '../site/vitepress.ts'
import { renderMkdocsConfig, MKDOCS_CONFIG_FILE } from '../site/mkdocs.ts'
import { renderDocusaurusCategories } from '../site/docusaurus.ts'
import { renderArticlePage } from './article-page.ts'
import { glossaryAnchorsFor, hasEntryPage, renderGlossaryPage, sortedEntries } from './glossary-page.ts'
import { renderGlossaryEntryPage } from './glossary-entry-page.ts'
import type { GlossaryEntry } from '../types.ts'
import { renderIndexPage, sidebarOrder, sortedArticles } from './index-page.ts'
import { renderGlossaryJson, renderSummariesJson } from './json.ts'
import { renderRootPage } from './root-page.ts'
import { renderTbx } from './tbx.ts'
import { renderDeeplTsv } from './tsv.ts'
import { GLOSSARY_PAGE, INDEX_PAGE, articlePage, entryPage, type PageContext } from './page.ts'

export type { SiteModel, ArticleRecord } from './model.ts'
export type { PageContext } from './page.ts'

export const GLOSSARY_TBX_FILE = 'glossary.tbx'
export const GLOSSARY_TSV_FILE = 'glossary.de-en.tsv'

export interface RenderOptions {
  /** The documentation site the pages are laid out for (default `vitepress`). */
  site?: SiteName | SiteAdapter
  /**
   * Renders one article page (default renderArticlePage). The build passes a cached
   * renderer here (issue 7: a rebuild re-renders only pages whose inputs changed).
   */
  renderArticle?: typeof renderArticlePage
  /** Renders the index page (default renderIndexPage; the build passes a cached one). */
  renderIndex?: typeof renderIndexPage
  /** Renders the glossary page (default renderGlossaryPage; the build passes a cached one). */
  renderGlossary?: typeof renderGlossaryPage
  /** Leaves out pages the output folder already holds as they would be rendered (a rebuild). */
  reuse?: PageReuse
}

/**
 * Pages a rebuild need not render (issue 7: a warm build renders only what changed).
 * renderSite keys every page by its inputs; a page whose key `has` accepts is not
 * rendered and put in the file map, but in `reused` with the means to render it.
 */
export interface PageReuse {
  articleKey: (article: ArticleRecord, model: SiteModel, context: PageContext, anchors: Map<string, string>, order: number) => string
  indexKey: (model: SiteModel, context: PageContext) => string
  glossaryKey: (model: SiteModel, context: PageContext) => string
  entryKey: (entry: GlossaryEntry, model: SiteModel, context: PageContext, anchor: string, order: number) => string
  /** A site file that shows every record (summaries.json, the site's configuration). */
  modelFileKey: (file: string, model: SiteModel, site: SiteName) => string
  /** A site file made from the glossary alone (glossary.json, TBX, TSV). */
  glossaryFileKey: (file: string, model: SiteModel, site: SiteName) => string
  /** Does the output folder hold the page at `path` as rendered from inputs with this key? */
  has: (path: string, key: string) => boolean
  /** Filled by renderSite: the key of every page. */
  keys: Map<string, string>
  /** Filled by renderSite: pages left out of the file map, and how to render them should they be needed after all. */
  reused: Map<string, () => string>
  /** The file a page with this key was written to while the build ran, if it was. */
  written?: (key: string) => string | undefined
  /** Filled by renderSite: pages left out of the file map because they are written already (path → file, and how to render them). */
  prewritten?: Map<string, WrittenPage>
}

export function renderSite(model: SiteModel, translator: Translator, options: RenderOptions = {}): Map<string, string> {
  const site = typeof options.site === 'object' ? options.site : siteAdapter(options.site)
  const files = new Map<string, string>()
  const articles = sortedArticles(model)
  const reuse = options.reuse
  /** Renders the page at `path` into `files`, unless the output folder holds it already. */
  const page = (path: string, key: (() => string) | undefined, render: () => string) => {
    const known = reuse && key ? key() : undefined
    if (known !== undefined) {
      reuse!.keys.set(path, known)
      if (reuse!.has(path, known)) {
        reuse!.reused.set(path, render)
        return
      }
      const file = reuse!.written?.(known)
      if (file !== undefined && reuse!.prewritten) {
        reuse!.prewritten.set(path, { file, render })
        return
      }
    }
    files.set(path, render())
  }
  for (const lang of LANGS) {
    const t = translator.t(lang)
    const context = (page: string): PageContext => ({ lang, t, site, page })
    page(site.pagePath(lang, INDEX_PAGE), reuse && (() => reuse.indexKey(model, context(INDEX_PAGE))), () => (options.renderIndex ?? renderIndexPage)(model, context(INDEX_PAGE)))
    const renderGlossary = () => (options.renderGlossary ?? renderGlossaryPage)(model, context(GLOSSARY_PAGE))
    const glossaryPath = site.pagePath(lang, GLOSSARY_PAGE)
    page(glossaryPath, reuse && (() => reuse.glossaryKey(model, context(GLOSSARY_PAGE))), () => renderGlossary().markdown)
    // The anchors the article pages link to, from the glossary's headings (the same for a
    // glossary page left as it was, and the same map the build rendered pages ahead with).
    const anchors = glossaryAnchorsFor(model.glossary, lang, site, translator)
    // Entries named in more articles than the glossary page lists get a page of their own,
    // in the glossary's order.
    sortedEntries(model.glossary.filter(hasEntryPage), lang).forEach((entry, position) => {
      const anchor = anchors.get(entry.id) ?? entry.id
      const id = entryPage(entry.id)
      const render = () => renderGlossaryEntryPage(entry, model, context(id), anchor, 1 + position)
      page(site.pagePath(lang, id), reuse && (() => reuse.entryKey(entry, model, context(id), anchor, 1 + position)), render)
    })
    for (const article of articles) {
      const id = articlePage(article.slug)
      const order = sidebarOrder(model, article)
      const render = () => (options.renderArticle ?? renderArticlePage)(article, context(id), anchors, order)
      page(site.pagePath(lang, id), reuse && (() => reuse.articleKey(article, model, context(id), anchors, order)), render)
    }
  }
  if (site.rootIndex) files.set(site.rootIndex, renderRootPage(site, site.rootIndex, translator))
  // The site-wide files, keyed as pages are: a rebuild that leaves what they show as it was keeps them.
  const modelFile = (file: string, render: () => string) => page(file, reuse && (() => reuse.modelFileKey(file, model, site.name)), render)
  const glossaryFile = (file: string, render: () => string) => page(file, reuse && (() => reuse.glossaryFileKey(file, model, site.name)), render)
  if (site.name === 'vitepress') modelFile(VITEPRESS_CONFIG_FILE, () => renderVitepressConfig(model, translator, site))
  if (site.name === 'mkdocs') modelFile(MKDOCS_CONFIG_FILE, () => renderMkdocsConfig(model, translator, site))
  if (site.name === 'docusaurus') for (const [file, content] of renderDocusaurusCategories(translator, site, model.glossary.some(hasEntryPage))) files.set(file, content)
  glossaryFile('glossary.json', () => renderGlossaryJson(model))
  modelFile('summaries.json', () => renderSummariesJson(model))
  glossaryFile(GLOSSARY_TBX_FILE, () => renderTbx(model.glossary))
  glossaryFile(GLOSSARY_TSV_FILE, () => renderDeeplTsv(model.glossary))
  return files
}
