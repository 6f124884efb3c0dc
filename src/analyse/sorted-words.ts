/**
 * A large fixed list of words asked for membership: kept as one text of sorted lines
 * (stored that way, see cache/derived-data.ts) and searched by halves. Splitting the text
 * takes a few milliseconds where building a Set of its 140,000 German noun forms took
 * 60 ms in every process and thread (issue 7: a warm build analyses one article and
 * asks for a few hundred words); callers memoise their answers per word.
 */
export class SortedWords {
  private readonly words: string[]

  /** `text`: the words, one per line, in code-unit order (as `sortedText` makes it). */
  constructor(text: string) {
    this.words = text === '' ? [] : text.split('\n')
  }

  /** The text a SortedWords is made from: the words, each once, sorted by code units (the empty word is never listed: its text would be no words). */
  static sortedText(words: Iterable<string>): string {
    return [...new Set(words)].filter((word) => word !== '').sort().join('\n')
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0
  }

  /** The word's place in the sorted list, or -1. */
  indexOf(word: string): number {
    const words = this.words
    let low = 0
    let high = words.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const candidate = words[middle]
      if (candidate === word) return middle
      if (candidate < word) low = middle + 1
      else high = middle - 1
    }
    return -1
  }
}
