/** A language-choice page at the site root (VitePress, MkDocs), so `/` is not a 404. */
import path from 'node:path'
import type { RootContent } from 'mdast'
import type { Translator } from '../i18n.ts'
import { LANGS } from '../i18n.ts'
import type { SiteAdapter } from '../site/index.ts'
import { frontMatter, heading, link, list, paragraph, toMarkdown } from './markdown.ts'
import { INDEX_PAGE } from './page.ts'

export function renderRootPage(site: SiteAdapter, rootPath: string, translator: Translator): string {
  const title = LANGS.map((lang) => translator.t(lang)('ui:siteTitle')).join(' · ')
  const description = LANGS.map((lang) => translator.t(lang)('ui:index.description')).join(' · ')
  const children: RootContent[] = [frontMatter({ title, description, sidebar_position: 0, sidebar: { order: 0 } }), heading(1, title)]
  children.push(paragraph(LANGS.map((lang) => translator.t(lang)('ui:language.choose')).join(' · ')))
  children.push(
    list(
      LANGS.map((lang) => {
        const t = translator.t(lang)
        const target = path.posix.relative(path.posix.dirname(rootPath), site.pagePath(lang, INDEX_PAGE))
        return [link(target, `${t('ui:language.name')}: ${t('ui:siteTitle')}`)]
      }),
    ),
  )
  return toMarkdown(children)
}
