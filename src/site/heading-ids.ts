/**
 * Heading ids the way each documentation site computes them, so that links to an
 * anchor on a generated page land where the site put the heading. Each factory
 * returns a per-page slugger: call it on every heading of the page in order
 * (duplicates get the site's own suffix).
 */
import GithubSlugger from 'github-slugger'

export type HeadingIdScheme = 'vitepress' | 'github' | 'python-markdown'
export type PageSlugger = (headingText: string) => string

// VitePress 1.x (its bundled `slugify`, used through markdown-it-anchor).
const vitepressControl = /[\u0000-\u001f]/g
const vitepressSpecial = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g
const combiningMarks = /[\u0300-\u036F]/g

export function vitepressSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .replace(vitepressControl, '')
    .replace(vitepressSpecial, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase()
}

// Python-Markdown's `toc` extension (MkDocs): ASCII only, `\w` kept, runs of
// space and `-` become one `-`.
export function pythonMarkdownSlug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '')
  return ascii
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-')
}

export function createPageSlugger(scheme: HeadingIdScheme): PageSlugger {
  if (scheme === 'github') {
    // Docusaurus and Astro/Starlight both use github-slugger.
    const slugger = new GithubSlugger()
    return (text) => slugger.slug(text)
  }
  const seen = new Set<string>()
  if (scheme === 'vitepress') {
    // markdown-it-anchor: `slug`, then `slug-1`, `slug-2`, …
    return (text) => {
      const base = vitepressSlug(text)
      let slug = base
      for (let i = 1; seen.has(slug); i++) slug = `${base}-${i}`
      seen.add(slug)
      return slug
    }
  }
  // Python-Markdown's `unique`: an empty id or a taken one gets `_1`, `_2`, …
  return (text) => {
    let slug = pythonMarkdownSlug(text)
    while (seen.has(slug) || !slug) {
      const numbered = /^(.*)_([0-9]+)$/.exec(slug)
      slug = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${slug}_1`
    }
    seen.add(slug)
    return slug
  }
}
