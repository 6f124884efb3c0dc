/**
 * A character trigram model of Cyrillic name words, one per language, used to
 * rank back-transliteration candidates (Зарубин is a likelier Russian word
 * than Сарубин, Олександр than Олександер). Interpolated with bigram, unigram
 * and a uniform floor so unseen strings keep a finite score.
 */
export interface TrigramCounts {
  trigrams: Array<[string, number]>
  bigrams: Array<[string, number]>
  unigrams: Array<[string, number]>
  contexts2: Array<[string, number]>
  contexts1: Array<[string, number]>
  total: number
}

export class CharTrigramModel {
  private trigrams = new Map<string, number>()
  private bigrams = new Map<string, number>()
  private unigrams = new Map<string, number>()
  private contexts2 = new Map<string, number>()
  private contexts1 = new Map<string, number>()
  private total = 0
  private cache = new Map<string, number>()

  constructor(words: Iterable<string>) {
    for (const word of words) this.add(word.toLowerCase())
  }

  /** The model's counts, to store a trained model (training takes ~0.5 s per process). */
  toCounts(): TrigramCounts {
    return {
      trigrams: [...this.trigrams],
      bigrams: [...this.bigrams],
      unigrams: [...this.unigrams],
      contexts2: [...this.contexts2],
      contexts1: [...this.contexts1],
      total: this.total,
    }
  }

  /** A model with stored counts: the same model as the one trained on the words they were counted from. */
  static fromCounts(counts: TrigramCounts): CharTrigramModel {
    const model = new CharTrigramModel([])
    model.trigrams = new Map(counts.trigrams)
    model.bigrams = new Map(counts.bigrams)
    model.unigrams = new Map(counts.unigrams)
    model.contexts2 = new Map(counts.contexts2)
    model.contexts1 = new Map(counts.contexts1)
    model.total = counts.total
    return model
  }

  private add(word: string): void {
    const chars = ['^', '^', ...word, '$']
    for (let i = 2; i < chars.length; i++) {
      const [a, b, c] = [chars[i - 2], chars[i - 1], chars[i]]
      bump(this.trigrams, a + b + c)
      bump(this.contexts2, a + b)
      bump(this.bigrams, b + c)
      bump(this.contexts1, b)
      bump(this.unigrams, c)
      this.total++
    }
  }

  /** log P(next | two previous characters); '^' pads the start, '$' is the word end. */
  logProb(previous2: string, previous1: string, next: string): number {
    const key = previous2 + previous1 + next
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    const c2 = this.contexts2.get(previous2 + previous1) ?? 0
    const c1 = this.contexts1.get(previous1) ?? 0
    const p3 = c2 > 0 ? (this.trigrams.get(key) ?? 0) / c2 : 0
    const p2 = c1 > 0 ? (this.bigrams.get(previous1 + next) ?? 0) / c1 : 0
    const p1 = this.total > 0 ? (this.unigrams.get(next) ?? 0) / this.total : 0
    const probability = 0.55 * p3 + 0.3 * p2 + 0.12 * p1 + 0.03 / 40
    const value = Math.log(probability)
    this.cache.set(key, value)
    return value
  }

  /** log P of a whole word including its end. */
  wordLogProb(word: string): number {
    const chars = ['^', '^', ...word.toLowerCase(), '$']
    let sum = 0
    for (let i = 2; i < chars.length; i++) sum += this.logProb(chars[i - 2], chars[i - 1], chars[i])
    return sum
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}
