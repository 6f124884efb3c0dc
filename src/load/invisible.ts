/**
 * Characters that are invisible on the page but change what a name is: control
 * characters, zero-width characters and bidirectional marks. `Selen\u200Bskyj` must be
 * the same glossary entry as `Selenskyj`, and a right-to-left override in a name could
 * make a published page read differently from what it says. They are removed at load
 * time (the article is still built) and reported once per file with the first place.
 */

// C0/C1 controls except tab and newline; zero-width space/non-joiner/joiner, word
// joiner, soft hyphen, BOM as ZWNBSP; LRM/RLM/ALM and the embedding, override and
// isolate controls.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]/gu

export interface InvisibleReport {
  text: string
  removed: number
  /** 1-based line and column of the first removed character. */
  first?: { line: number; column: number; codePoint: string }
}

export function removeInvisible(text: string): InvisibleReport {
  INVISIBLE.lastIndex = 0
  const match = INVISIBLE.exec(text)
  if (!match) return { text, removed: 0 }
  const before = text.slice(0, match.index)
  const line = before.split('\n').length
  const column = match.index - before.lastIndexOf('\n')
  const codePoint = 'U+' + match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
  let removed = 0
  const cleaned = text.replace(INVISIBLE, () => {
    removed++
    return ''
  })
  return { text: cleaned, removed, first: { line, column, codePoint } }
}
