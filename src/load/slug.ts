import {translate, WIKIPEDIA} from 'iuliia'
import foldings from './import/slug-foldings.json' with {type: 'json'}

const maxSlugLength = 60
const fallbackSlug = 'article'
// Windows refuses these as file names whatever the extension (`con.md` included).
const windowsReservedNames = /^(con|prn|aux|nul|com\d|lpt\d)$/

const germanFolding = new Map(Object.entries(foldings.german))
const ukrainianFolding = new Map(Object.entries(foldings.ukrainianBeforeRussianScheme))

/**
 * A stable ASCII file name for a title: German letters spelled out (ä → ae,
 * ß → ss), other accents dropped, Cyrillic transliterated (Wikipedia scheme,
 * via iuliia), lower case, `-` between words, at most 60 characters cut at a
 * word boundary. Never empty and never a name Windows reserves.
 */
export function slugify(text: string): string {
  let ascii = [...text.normalize('NFC')].map((char) => germanFolding.get(char) ?? ukrainianFolding.get(char) ?? char).join('')
  ascii = translate(ascii, WIKIPEDIA)
  ascii = ascii.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length > maxSlugLength) {
    const cut = slug.lastIndexOf('-', maxSlugLength)
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, maxSlugLength).replace(/-+$/, '')
  }
  if (slug === '') return fallbackSlug
  if (windowsReservedNames.test(slug)) return `${slug}-${fallbackSlug}`
  return slug
}
