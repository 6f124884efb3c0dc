/**
 * The render stage: the site model → every output file, as a map of relative path → content.
 * The pages of each language sit at the same relative paths inside that language's
 * folder; the site adapter decides where those folders are and what else the site needs.
 */
import type { Translator } from '../i18n.ts'
import { LANGS } from '../i18n.ts'
import type { SiteModel } from './model.ts'
import { siteAdapter, type SiteAdapter, type SiteName } from '../site/index.ts'
import { renderVitepressConfig, VITEPRESS_CONFIG_FILE } from '../site/vitepress.ts'
import { renderMkdocsConfig, MKDOCS_CONFIG_FILE } from '../site/mkdocs.ts'
import { renderDocusaurusCategories } from '../site/docusaurus.ts'
import { renderArticlePage } from './article-page.ts'
import { renderGlossaryPage } from './glossary-page.ts'
import { renderIndexPage, sortedArticles } from './index-page.ts'
import { renderGlossaryJson, renderSummariesJson } from './json.ts'
import { renderRootPage } from './root-page.ts'
import { renderTbx } from './tbx.ts'
import { renderDeeplTsv } from './tsv.ts'
import { GLOSSARY_PAGE, INDEX_PAGE, articlePage, type PageContext } from './page.ts'

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
}

export function renderSite(model: SiteModel, translator: Translator, options: RenderOptions = {}): Map<string, string> {
  const site = typeof options.site === 'object' ? options.site : siteAdapter(options.site)
  const files = new Map<string, string>()
  const articles = sortedArticles(model)
  for (const lang of LANGS) {
    const t = translator.t(lang)
    const context = (page: string): PageContext => ({ lang, t, site, page })
    files.set(site.pagePath(lang, INDEX_PAGE), (options.renderIndex ?? renderIndexPage)(model, context(INDEX_PAGE)))
    const glossary = (options.renderGlossary ?? renderGlossaryPage)(model, context(GLOSSARY_PAGE))
    files.set(site.pagePath(lang, GLOSSARY_PAGE), glossary.markdown)
    articles.forEach((article, position) => {
      const page = articlePage(article.slug)
      files.set(site.pagePath(lang, page), (options.renderArticle ?? renderArticlePage)(article, context(page), glossary.anchors, 3 + position))
    })
  }
  if (site.rootIndex) files.set(site.rootIndex, renderRootPage(site, site.rootIndex, translator))
  if (site.name === 'vitepress') files.set(VITEPRESS_CONFIG_FILE, renderVitepressConfig(model, translator, site))
  if (site.name === 'mkdocs') files.set(MKDOCS_CONFIG_FILE, renderMkdocsConfig(model, translator, site))
  if (site.name === 'docusaurus') for (const [file, content] of renderDocusaurusCategories(translator, site)) files.set(file, content)
  files.set('glossary.json', renderGlossaryJson(model))
  files.set('summaries.json', renderSummariesJson(model))
  files.set(GLOSSARY_TBX_FILE, renderTbx(model.glossary))
  files.set(GLOSSARY_TSV_FILE, renderDeeplTsv(model.glossary))
  return files
}
