/**
 * remark plugin: links the names of glossary entries in any Markdown page to their
 * entries on the glossary page that bilingual-digest generated — the first mention of
 * each name per page, in any spelling the glossary knows. Text inside links,
 * headings, code and HTML is left alone. For sites with a remark pipeline
 * (Astro/Starlight, Docusaurus, any unified setup); see the README.
 */
import type { Root, Parent, PhrasingContent, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import type { GlossaryEntry, Lang } from './types.ts'
import { findNameHits, splitAtHits, type NameTarget } from './render/markdown.ts'
import { nameForms } from './render/name-forms.ts'
import { glossaryAnchorsFor } from './render/glossary-page.ts'
import { siteAdapter, type SiteName } from './site/index.ts'
import { createTranslator } from './i18n.ts'

export interface GlossaryLinksOptions {
  /** The glossary: `entries` of out/glossary.json. */
  glossary: GlossaryEntry[]
  /**
   * The language of the page (default `de`), or how to tell it from the file, for a
   * site that runs one Markdown pipeline over both languages.
   */
  lang?: Lang | ((file: VFile) => Lang)
  /** URL of the glossary page as the site serves it, e.g. `/de/glossary/`, or that URL per language. */
  glossaryUrl: string | ((lang: Lang) => string)
  /** The site whose heading ids the glossary page has (default `vitepress`); decides the anchors. */
  site?: SiteName
  /** Link every mention, not only the first per page (default false). */
  everyMention?: boolean
}

/** Nodes whose text is not running text to link in. */
const SKIP = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'definition', 'yaml', 'toml', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'])

export default function remarkGlossaryLinks(options: GlossaryLinksOptions) {
  const site = siteAdapter(options.site)
  const translator = createTranslator()
  const namesByLang = new Map<Lang, NameTarget[]>()
  const namesOf = (lang: Lang): NameTarget[] => {
    if (!namesByLang.has(lang)) {
      const anchors = glossaryAnchorsFor(options.glossary, lang, site, translator)
      const url = typeof options.glossaryUrl === 'function' ? options.glossaryUrl(lang) : options.glossaryUrl
      namesByLang.set(
        lang,
        options.glossary.flatMap((entry) => nameForms(entry, lang).map((name) => ({ name, id: entry.id, url: `${url}#${anchors.get(entry.id) ?? entry.id}` }))),
      )
    }
    return namesByLang.get(lang)!
  }

  return function transform(tree: Root, file: VFile): void {
    const lang = typeof options.lang === 'function' ? options.lang(file) : (options.lang ?? 'de')
    const names = namesOf(lang)
    const linked = new Set<string>()
    const walk = (parent: Parent) => {
      const children: RootContent[] = []
      for (const child of parent.children as RootContent[]) {
        if (SKIP.has(child.type)) {
          children.push(child)
        } else if (child.type === 'text') {
          const hits = findNameHits(child.value, names, linked)
          if (options.everyMention) linked.clear()
          // Text keeps its exact value (line breaks included): only the names become links.
          children.push(...(hits.length ? (splitAtHits(child.value, hits, (value): PhrasingContent => ({ type: 'text', value })) as RootContent[]) : [child]))
        } else {
          if ('children' in child) walk(child as Parent)
          children.push(child)
        }
      }
      parent.children = children as Parent['children']
    }
    walk(tree)
  }
}

export { remarkGlossaryLinks }
