import rule from './heading-rule.json' with {type: 'json'}

const abbreviations = new Set(rule.abbreviations)
const weakEndings = new Set(rule.titleMustNotEndWith)
const sentenceEnd = /[.!?…]["'“”«»‘’]?(?=\s+["„“»«‘]?[\p{Lu}\d])/gu

/** The first sentence of a paragraph; a stop after a number (`05.`) or an abbreviation (`Dr.`) does not end it. */
export function firstSentence(paragraph: string): string {
  for (const match of paragraph.matchAll(sentenceEnd)) {
    const before = paragraph.slice(0, match.index)
    const lastWord = /([\p{L}\d.]+)$/u.exec(before)?.[1] ?? ''
    if (match[0].startsWith('.') && (/^\d+$/.test(lastWord) || /^\p{L}$/u.test(lastWord) || abbreviations.has(lastWord.toLowerCase()))) {
      continue
    }
    return paragraph.slice(0, match.index + match[0].length).trim()
  }
  return paragraph.trim()
}

/**
 * A title made from a sentence when the text has no headline: the sentence
 * without its final stop, cut at a word boundary (marked with `…`) when long.
 */
export function titleFromSentence(sentence: string): string {
  let title = sentence.trim().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').trim()
  if (title.length > rule.derivedTitleMaxChars) {
    const cut = title.lastIndexOf(' ', rule.derivedTitleMaxChars)
    const words = (cut > 0 ? title.slice(0, cut) : title.slice(0, rule.derivedTitleMaxChars)).split(' ')
    while (words.length > 1 && weakEndings.has(words[words.length - 1].toLowerCase().replace(/[,;:–—-]+$/, ''))) words.pop()
    title = words.join(' ').replace(/[\s,;:–—-]+$/, '') + '…'
  }
  return title
}
