/** The render stage: the site model → every output file, as a map of relative path → content. */
import type { Translator } from '../i18n.ts'
import { LANGS } from '../i18n.ts'
import type { SiteModel } from './model.ts'
import { renderArticlePage } from './article-page.ts'
import { GLOSSARY_FILE, glossaryAnchors, renderGlossaryPage } from './glossary-page.ts'
import { renderIndexPage } from './index-page.ts'
import { renderGlossaryJson, renderSummariesJson } from './json.ts'

export type { SiteModel, ArticleRecord } from './model.ts'

export function renderSite(model: SiteModel, translator: Translator): Map<string, string> {
  const files = new Map<string, string>()
  for (const lang of LANGS) {
    const t = translator.t(lang)
    const anchors = glossaryAnchors(model, lang, t)
    files.set(`${lang}/index.md`, renderIndexPage(model, lang, t))
    files.set(`${lang}/${GLOSSARY_FILE}`, renderGlossaryPage(model, lang, t))
    for (const article of model.articles) files.set(`${lang}/articles/${article.slug}.md`, renderArticlePage(article, lang, t, anchors))
  }
  files.set('glossary.json', renderGlossaryJson(model))
  files.set('summaries.json', renderSummariesJson(model))
  return files
}
