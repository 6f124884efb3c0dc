/**
 * Slot extractors: the vocabulary rules are written in. Each looks at one analysed
 * sentence and returns a value with the source span that supports it.
 */
import type { EntityType } from '../types.ts'
import { countryCode } from '../analyse/entities/gazetteer.ts'
import { sentenceText, type AnalysedArticle, type AnalysedSentence } from './article.ts'
import type { SlotExtractor, SlotMatch } from './rule.ts'

const DETERMINERS = String.raw`(?:(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|insgesamt|jeweils|rund|etwa|fast|knapp|mehr als|mindestens|über|bis zu|zusammen|weitere[nmr]?|alle[nr]?|ihre[nr]?|seine[nr]?|[a-zäöüß]+(?:e|en|er|es|em))\s+)*`

function usedKeys(filled: Record<string, SlotMatch>): Set<string> {
  const keys = new Set<string>()
  for (const slot of Object.values(filled)) {
    if (slot.value.kind === 'entity') keys.add(slot.value.key)
    if (slot.value.kind === 'entities') for (const key of slot.value.keys) keys.add(key)
  }
  return keys
}

export function isCountryEntity(name: string): boolean {
  return countryCode(name) !== undefined
}

export interface EntityOptions {
  type?: EntityType | EntityType[]
  /** The mention must follow this German phrase directly (articles and adjectives may stand between). */
  after?: RegExp
  /** The mention must be followed directly by this phrase. */
  before?: RegExp
  countries?: boolean
  /** Only entities whose article-level roles match. */
  role?: RegExp
}

function typeMatches(type: EntityType, wanted?: EntityType | EntityType[]): boolean {
  if (!wanted) return true
  return Array.isArray(wanted) ? wanted.includes(type) : type === wanted
}

// Compiled once per phrase, not per mention tried (issue 7).
const afterPatterns = new WeakMap<RegExp, RegExp>()
const beforePatterns = new WeakMap<RegExp, RegExp>()

function compiled(cache: WeakMap<RegExp, RegExp>, phrase: RegExp, make: (source: string) => RegExp): RegExp {
  let pattern = cache.get(phrase)
  if (!pattern) cache.set(phrase, (pattern = make(phrase.source)))
  return pattern
}

function mentionsMatching(sentence: AnalysedSentence, article: AnalysedArticle, options: EntityOptions, exclude: Set<string>) {
  const text = article.source
  return sentence.mentions.filter((mention) => {
    const entity = article.entityAt(mention.start)
    if (!entity || exclude.has(entity.key) || !typeMatches(entity.type, options.type)) return false
    if (options.countries && !isCountryEntity(entity.name)) return false
    if (options.role && !entity.roles.some((role) => options.role!.test(role.de))) return false
    if (options.after) {
      const before = text.slice(Math.max(sentence.start, mention.start - 80), mention.start)
      const pattern = compiled(afterPatterns, options.after, (source) => new RegExp(`(?:${source})\\s+${DETERMINERS}$`, 'i'))
      if (!pattern.test(before)) return false
    }
    if (options.before) {
      const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 80))
      const pattern = compiled(beforePatterns, options.before, (source) => new RegExp(`^\\s*(?:${source})`, 'i'))
      if (!pattern.test(after)) return false
    }
    return true
  })
}

/** One entity. */
export function entity(options: EntityOptions = {}): SlotExtractor {
  return (sentence, article, filled) => {
    const [mention] = mentionsMatching(sentence, article, options, usedKeys(filled))
    if (!mention) return null
    const found = article.entityAt(mention.start)!
    return { value: { kind: 'entity', key: found.key }, evidence: { start: mention.start, end: mention.end } }
  }
}

/** Two or more distinct entities (the parties of an agreement, the teams of a match). */
export function entities(options: EntityOptions & { min?: number; max?: number } = {}): SlotExtractor {
  return (sentence, article, filled) => {
    const keys: string[] = []
    let start = Infinity
    let end = -Infinity
    for (const mention of mentionsMatching(sentence, article, options, usedKeys(filled))) {
      const found = article.entityAt(mention.start)!
      if (keys.includes(found.key)) continue
      keys.push(found.key)
      start = Math.min(start, mention.start)
      end = Math.max(end, mention.end)
      if (options.max && keys.length >= options.max) break
    }
    if (keys.length < (options.min ?? 2)) return null
    return { value: { kind: 'entities', keys }, evidence: { start, end } }
  }
}

export interface NumberOptions {
  /** What is counted: the German noun right after the number (a few words may stand between). */
  counting?: RegExp
  /** A phrase right before the number. */
  after?: RegExp
  /** Words that may stand between number and noun. */
  gap?: number
  min?: number
}

/** A number with what it counts: `314 Kriegsgefangene`, `jeweils 157 Soldaten`, `um 0,4 Prozent`. */
export function number(options: NumberOptions = {}): SlotExtractor {
  const gap = options.gap ?? 2
  const counting = options.counting ? new RegExp(`^\\s*(?:[\\p{L}.-]+\\s+){0,${gap}}?(?:${options.counting.source})`, 'iu') : null
  const after = options.after ? new RegExp(`(?:${options.after.source})\\s*$`, 'i') : null
  return (sentence, article) => {
    for (const found of sentence.numbers) {
      if (options.min !== undefined && found.value < options.min) continue
      if (/^(19|20)\d\d$/.test(found.text) && !options.counting?.test('Jahr')) {
        // A bare year is a date, not a count.
        if (!counting) continue
      }
      const following = article.source.slice(found.sourceEnd, Math.min(sentence.end, found.sourceEnd + 80))
      let end = found.sourceEnd
      if (counting) {
        const match = counting.exec(following)
        if (!match) continue
        end = found.sourceEnd + match[0].length
      }
      if (after) {
        const preceding = article.source.slice(Math.max(sentence.start, found.sourceStart - 60), found.sourceStart)
        if (!after.test(preceding)) continue
      }
      return { value: { kind: 'number', value: found.value, text: found.text, approx: found.approx }, evidence: { start: found.sourceStart, end } }
    }
    return null
  }
}

/** The first date of the sentence (resolved against the article date). */
export function date(options: { precision?: Array<'day' | 'month' | 'year' | 'weekday'> } = {}): SlotExtractor {
  return (sentence) => {
    const found = sentence.dates.find((candidate) => !options.precision || options.precision.includes(candidate.precision))
    if (!found) return null
    return { value: { kind: 'date', iso: found.iso, text: found.text }, evidence: { start: found.sourceStart, end: found.sourceEnd } }
  }
}

/** A fixed word or phrase of the sentence, mapped to a vocabulary key (rendered from locales). */
export function phrase(pattern: RegExp, toKey: (match: RegExpExecArray) => string): SlotExtractor {
  const global = new RegExp(pattern.source, pattern.flags.includes('i') ? 'i' : '')
  return (sentence, article) => {
    const text = sentenceText(article, sentence)
    const match = global.exec(text)
    if (!match) return null
    const key = toKey(match)
    return { value: { kind: 'text', de: key }, evidence: { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length } }
  }
}

/** The first extractor that finds something. */
export function firstOf(...extractors: SlotExtractor[]): SlotExtractor {
  return (sentence, article, filled) => {
    for (const extract of extractors) {
      const match = extract(sentence, article, filled)
      if (match) return match
    }
    return null
  }
}

/** A vocabulary table: German patterns (as written in a JSON data file) → vocabulary keys. */
export interface VocabularyTable {
  entries: Array<{ pattern: RegExp; key: string }>
  /** One alternation of every pattern, for triggers. */
  any: RegExp
}

export function vocabularyTable(data: Record<string, string>): VocabularyTable {
  const entries = Object.entries(data)
    .filter(([key]) => !key.startsWith('$'))
    .map(([key, pattern]) => ({ key, pattern: new RegExp(`(?<![\\p{L}-])(?:${pattern})(?![\\p{L}])`, 'u') }))
  return { entries, any: new RegExp(entries.map((entry) => `(?:${entry.pattern.source})`).join('|'), 'u') }
}

export interface VocabularyOptions {
  /** Only a word that follows this phrase (within `window` characters). */
  after?: RegExp
  window?: number
}

/** The earliest vocabulary word of the sentence (after an anchor phrase, when given), as its key. */
export function fromVocabulary(table: VocabularyTable, options: VocabularyOptions = {}): SlotExtractor {
  const after = options.after ? new RegExp(options.after.source, options.after.flags.replace('g', '')) : undefined
  return (sentence, article) => {
    const text = sentenceText(article, sentence)
    let from = 0
    let to = text.length
    if (after) {
      const anchor = after.exec(text)
      if (!anchor) return null
      from = anchor.index + anchor[0].length
      if (options.window) to = Math.min(text.length, from + options.window)
    }
    const region = text.slice(from, to)
    let best: { key: string; index: number; length: number } | null = null
    for (const entry of table.entries) {
      const match = entry.pattern.exec(region)
      if (match && (!best || match.index < best.index)) best = { key: entry.key, index: match.index, length: match[0].length }
    }
    if (!best) return null
    const start = sentence.start + from + best.index
    return { value: { kind: 'text', de: best.key }, evidence: { start, end: start + best.length } }
  }
}

/** A country adjective (`ukrainischer`, `russischen`) captured by group 1 of the pattern: `country:UA`. */
export function countryAdjective(pattern: RegExp, demonymCountry: (stem: string) => string | undefined): SlotExtractor {
  return (sentence, article) => {
    const text = sentenceText(article, sentence)
    const match = pattern.exec(text)
    if (!match?.[1]) return null
    const stem = match[1].toLowerCase().replace(/(?:e|en|er|es|em)$/, '')
    const code = demonymCountry(stem)
    if (!code) return null
    const start = sentence.start + match.index
    return { value: { kind: 'text', de: `country:${code}` }, evidence: { start, end: start + match[0].length } }
  }
}

/**
 * A proper name the recogniser may not know (a club such as `die Bayern`), captured by
 * group 1 of a pattern; rendered as written in both languages.
 */
export function literalName(pattern: RegExp, accept: (name: string) => boolean = () => true): SlotExtractor {
  return (sentence, article) => {
    const text = sentenceText(article, sentence)
    const match = pattern.exec(text)
    if (!match?.[1] || !accept(match[1])) return null
    const start = sentence.start + match.index + match[0].indexOf(match[1])
    return { value: { kind: 'text', de: match[1], en: match[1] }, evidence: { start, end: start + match[1].length } }
  }
}

/** A flag the sentence shows by a phrase (`jeweils`, `Ausgleich`): rendered through its vocabulary key. */
export function flag(pattern: RegExp, key: string): SlotExtractor {
  return phrase(pattern, () => key)
}

/**
 * The entity that goes with a verb: the last name before it in the same clause
 * (`Moskau fordert`), else the first name just after it (`setzte Russland … ein`,
 * `dann traf Kimmich`).
 */
export function entityNear(verb: RegExp, options: EntityOptions & { window?: number } = {}): SlotExtractor {
  // An inverted subject follows its verb at once (`setzte Russland`, `forderte der Kreml`);
  // a name further on is an object or a complement.
  const window = options.window ?? 16
  const verbOnce = new RegExp(verb.source, verb.flags.replace('g', ''))
  return (sentence, article, filled) => {
    const text = sentenceText(article, sentence)
    const match = verbOnce.exec(text)
    if (!match) return null
    const verbStart = sentence.start + match.index
    const verbEnd = verbStart + match[0].length
    const clauseBreak = Math.max(text.lastIndexOf(',', match.index), text.lastIndexOf(';', match.index), text.lastIndexOf(':', match.index), text.lastIndexOf(' - ', match.index), text.lastIndexOf(' – ', match.index))
    const clauseStart = sentence.start + (clauseBreak < 0 ? 0 : clauseBreak + 1)
    const candidates = mentionsMatching(sentence, article, { ...options, after: undefined, before: undefined }, usedKeys(filled))
    const before = candidates.filter((mention) => mention.start >= clauseStart && mention.end <= verbStart).pop()
    const after = candidates.find((mention) => mention.start >= verbEnd && mention.start <= verbEnd + window)
    const mention = before ?? after
    if (!mention) return null
    const found = article.entityAt(mention.start)!
    return { value: { kind: 'entity', key: found.key }, evidence: { start: mention.start, end: mention.end } }
  }
}

/**
 * A person the recogniser missed in this sentence but named in full elsewhere in the
 * article: a capitalised word right before the verb (or right after it) that is the
 * family name of one of the article's persons (`Müller traf`, `dann traf Kimmich`).
 */
export function familyNameNear(verb: RegExp): SlotExtractor {
  const verbOnce = new RegExp(verb.source, verb.flags.replace('g', ''))
  return (sentence, article, filled) => {
    const text = sentenceText(article, sentence)
    const match = verbOnce.exec(text)
    if (!match) return null
    const used = usedKeys(filled)
    const byFamilyName = (word: string) =>
      article.entities.find((candidate) => candidate.type === 'person' && !used.has(candidate.key) && candidate.name.includes(' ') && candidate.name.split(' ').pop() === word)
    // Right after the verb (`dann traf Kimmich`), else the nearest name before it in its clause.
    const after = /^\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(match.index + match[0].length))
    const clauseStart = Math.max(text.lastIndexOf(',', match.index), text.lastIndexOf(';', match.index)) + 1
    const candidates: Array<[string, number]> = []
    if (after) candidates.push([after[1], match.index + match[0].length + after[0].indexOf(after[1])])
    const before = [...text.slice(clauseStart, match.index).matchAll(/\p{Lu}[\p{L}-]+/gu)].reverse()
    for (const word of before) candidates.push([word[0], clauseStart + word.index!])
    for (const [word, offset] of candidates) {
      const person = byFamilyName(word)
      if (!person) continue
      const start = sentence.start + offset
      return { value: { kind: 'entity', key: person.key }, evidence: { start, end: start + word.length } }
    }
    return null
  }
}
