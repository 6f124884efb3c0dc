/** The index page of one language: every article, newest first, with date, title and one-line summary. */
import type { TFunction } from 'i18next'
import type { PhrasingContent, RootContent } from 'mdast'
import type { Lang } from '../types.ts'
import type { SiteModel } from './model.ts'
import { frontMatter, heading, link, list, paragraph, text, toMarkdown } from './markdown.ts'
import { description, formatDate } from './article-page.ts'
import { GLOSSARY_FILE } from './glossary-page.ts'

export function sortedArticles(model: SiteModel) {
  return [...model.articles].sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug))
}

export function renderIndexPage(model: SiteModel, lang: Lang, t: TFunction): string {
  const children: RootContent[] = [
    frontMatter({ title: t('ui:index.title'), description: t('ui:index.description'), lang }),
    heading(1, t('ui:index.title')),
    paragraph(t('ui:index.intro')),
    paragraph([link(GLOSSARY_FILE, t('ui:index.glossaryLink'))]),
  ]
  const items: PhrasingContent[][] = sortedArticles(model).map((article) => [
    { type: 'strong', children: [text(formatDate(article.meta.date, lang))] },
    text(' · '),
    link(`articles/${article.slug}.md`, article.title[lang]),
    text(`: ${description(article, lang)}`),
  ])
  if (items.length) children.push(list(items))
  return toMarkdown(children)
}
