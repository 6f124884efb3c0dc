/**
 * Per-site adapters: what differs between documentation sites (where each
 * language's tree goes, whether the page body carries the H1, how pages link to
 * each other, how headings get their ids). The table is data (`sites.json`);
 * this module only answers questions from it.
 */
import path from 'node:path'
import type { Lang } from '../types.ts'
import sites from './sites.json' with { type: 'json' }
import { createPageSlugger, type HeadingIdScheme, type PageSlugger } from './heading-ids.ts'
import { memoByString } from '../analyse/memo.ts'

export type SiteName = 'vitepress' | 'docusaurus' | 'starlight' | 'mkdocs'
export const SITE_NAMES = Object.keys(sites) as SiteName[]
export const DEFAULT_SITE: SiteName = 'vitepress'

/**
 * A page inside one language's tree, without extension: `index`, `glossary`,
 * `articles/<slug>`. The same id names the same page in every language.
 */
export type PageId = string

export interface SiteAdapter {
  name: SiteName
  /** Folder (relative to out/) that holds the pages of one language. */
  langDir(lang: Lang): string
  /** Output path (relative to out/) of a page. */
  pagePath(lang: Lang, page: PageId): string
  /** Whether the page body starts with the title as H1 (Starlight renders the front matter title itself). */
  bodyTitle: boolean
  /** A relative link from one page to another page of the same language. */
  href(from: PageId, to: PageId, anchor?: string): string
  /** A fresh per-page slugger that gives headings the ids this site gives them. */
  createSlugger(): PageSlugger
  /** A language-choice page at this path (relative to out/), or null. */
  rootIndex: string | null
}

interface SiteSettings {
  langDirs: Record<Lang, string>
  bodyTitle: boolean
  links: 'file' | 'directory'
  headingIds: HeadingIdScheme
  rootIndex: string | null
}

export function isSiteName(name: string): name is SiteName {
  return Object.hasOwn(sites, name)
}

/** Links by file path (`../glossary.md#x`): VitePress, Docusaurus and MkDocs resolve them. */
function fileHref(from: PageId, to: PageId): string {
  if (from === to) return ''
  // The way between the two folders, worked out once per pair (a site has a handful of
  // folders and thousands of pages); the same as path.posix.relative(dirname(from), to)
  // unless `to` is the folder of `from` or one above it.
  const fromDir = path.posix.dirname(from)
  if (fromDir === to || fromDir.startsWith(`${to}/`)) return path.posix.relative(fromDir, to) + '.md'
  const toDir = path.posix.dirname(to)
  const name = path.posix.basename(to)
  const key = `${fromDir}\0${toDir}`
  let way = folderWays.get(key)
  if (way === undefined) folderWays.set(key, (way = path.posix.relative(fromDir, toDir)))
  return (way === '' ? name : `${way}/${name}`) + '.md'
}
const folderWays = new Map<string, string>()

/** Links by directory URL (`../../glossary/#x`): Starlight serves `a/b.md` at `a/b/` and does not rewrite `.md` links. */
function directoryHref(from: PageId, to: PageId): string {
  if (from === to) return ''
  const urlDir = (page: PageId) => '/' + (page === 'index' ? '' : page.replace(/\/index$/, ''))
  const relative = path.posix.relative(urlDir(from), urlDir(to))
  return relative === '' ? './' : `${relative}/`
}

/**
 * Links between pages, remembered (issue 7: the glossary page links every article under
 * every entry that names it, and path.relative each time was a visible share of a build).
 */
function memoisedHref(href: (from: PageId, to: PageId) => string): (from: PageId, to: PageId) => string {
  // Page ids hold no NUL (they are slugs and folder names), so the pair splits back as it was joined.
  const memo = memoByString((pair) => {
    const [from, to] = pair.split('\0')
    return href(from, to)
  })
  return (from, to) => memo(`${from}\0${to}`)
}

export function siteAdapter(name: SiteName = DEFAULT_SITE): SiteAdapter {
  if (!isSiteName(name)) throw new Error(`Unknown site "${name}"; expected one of ${SITE_NAMES.join(', ')}`)
  const settings = (sites as Record<SiteName, SiteSettings>)[name]
  // File links are worked out per pair of folders already; directory URLs per pair of pages.
  const pageHref = settings.links === 'file' ? fileHref : memoisedHref(directoryHref)
  return {
    name,
    langDir: (lang) => settings.langDirs[lang],
    pagePath: (lang, page) => `${settings.langDirs[lang]}/${page}.md`,
    bodyTitle: settings.bodyTitle,
    href: (from, to, anchor) => pageHref(from, to) + (anchor ? `#${anchor}` : ''),
    createSlugger: () => createPageSlugger(settings.headingIds),
    rootIndex: settings.rootIndex,
  }
}

export { createPageSlugger, vitepressSlug, pythonMarkdownSlug, type HeadingIdScheme, type PageSlugger } from './heading-ids.ts'
