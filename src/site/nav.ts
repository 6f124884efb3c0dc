/** The pages of one language in sidebar order, with their titles: what site configs list. */
import type { Lang } from '../types.ts'
import type { Translator } from '../i18n.ts'
import type { SiteModel } from '../render/model.ts'
import { sortedArticles } from '../render/index-page.ts'
import { GLOSSARY_PAGE, INDEX_PAGE, articlePage } from '../render/page.ts'
import type { PageId } from './index.ts'

export interface NavPage {
  page: PageId
  title: string
}

export interface LanguageNav {
  lang: Lang
  siteTitle: string
  index: NavPage
  glossary: NavPage
  articles: NavPage[]
}

export function languageNav(model: SiteModel, translator: Translator, lang: Lang): LanguageNav {
  const t = translator.t(lang)
  return {
    lang,
    siteTitle: t('ui:siteTitle'),
    index: { page: INDEX_PAGE, title: t('ui:index.title') },
    glossary: { page: GLOSSARY_PAGE, title: t('ui:glossary.title') },
    articles: sortedArticles(model).map((article) => ({ page: articlePage(article.slug), title: article.title[lang] })),
  }
}
