/**
 * Transliteration schemes as data, after iuliia (github.com/nalgeon/iuliia):
 * a JSON file holds a letter `mapping`, context mappings and the scheme's own
 * `samples`. This module loads such a file and applies it; it knows nothing of
 * any single scheme.
 *
 * Context keys (all lowercase Cyrillic):
 * - `prev_mapping`   "XY": letter Y after X ("^Y": Y at word start)
 * - `next_mapping`   "YX": letter Y before X ("Y$": Y at word end)
 * - `between_mapping` "XYZ": letter Y between X and Z
 * - `ending_mapping` any length: replaces that word ending (longest wins)
 * - `word_mapping`   whole words with a conventional form (given names)
 * An uppercase Latin letter in a context key stands for a class from `classes`
 * (e.g. "V" = the vowels), so the files stay short and readable.
 * Precedence per letter: between, prev, next, mapping (iuliia: prev, next, mapping).
 */
import wikipediaModule from 'iuliia/dist/cjs/generated/wikipedia.js'

export type SchemeLanguage = 'ru' | 'uk'
export type SchemeTarget = 'de' | 'en'

export interface SchemeDefinition {
  name: string
  description: string
  source: string
  language: SchemeLanguage
  target: SchemeTarget
  /** Another scheme this one extends; only "iuliia:wikipedia" is known. */
  base?: 'iuliia:wikipedia'
  classes?: Record<string, string>
  mapping: Record<string, string>
  prev_mapping?: Record<string, string>
  next_mapping?: Record<string, string>
  between_mapping?: Record<string, string>
  ending_mapping?: Record<string, string>
  word_mapping?: Record<string, string>
  samples: [string, string][]
}

export interface Scheme {
  definition: SchemeDefinition
  letters: Map<string, string>
  prev: Map<string, string>
  next: Map<string, string>
  between: Map<string, string>
  endings: Map<string, string>
  endingLengths: number[]
  words: Map<string, string>
}

/** Every apostrophe form that stands for the Ukrainian apostrophe (or a soft/hard sign in Latin text). */
export const APOSTROPHES = /['\u2019\u02BC\u2018\u0060\u00B4]/g

interface IuliiaDefinition {
  mapping: Record<string, string>
  prev_mapping?: Record<string, string>
  next_mapping?: Record<string, string>
  ending_mapping?: Record<string, string>
}

function iuliiaWikipedia(): IuliiaDefinition {
  // The CommonJS build exports the definition as `default`; depending on the
  // loader's interop we get either the module object or the definition.
  const moduleValue = wikipediaModule as unknown as { default?: IuliiaDefinition } & IuliiaDefinition
  return moduleValue.default ?? moduleValue
}

/** iuliia writes "word start"/"word end" as a one-letter key; we write it with ^ and $. */
function fromIuliiaContext(mapping: Record<string, string> | undefined, edge: '^' | '$'): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(mapping ?? {})) {
    const letters = [...key]
    out[letters.length === 1 ? (edge === '^' ? '^' + key : key + '$') : key] = value
  }
  return out
}

function expandClasses(mapping: Record<string, string> | undefined, classes: Record<string, string>): Map<string, string> {
  const expanded = new Map<string, string>()
  const literal = new Map<string, string>()
  for (const [key, value] of Object.entries(mapping ?? {})) {
    let keys = ['']
    let usesClass = false
    for (const symbol of key) {
      const members = classes[symbol]
      if (members !== undefined) usesClass = true
      const options = members !== undefined ? [...members] : [symbol]
      keys = keys.flatMap((prefix) => options.map((option) => prefix + option))
    }
    for (const k of keys) (usesClass ? expanded : literal).set(k, value)
  }
  // A literal key is more specific than a class and wins over it.
  for (const [k, v] of literal) expanded.set(k, v)
  return expanded
}

/** Checks the shape of a scheme file, so a typo in the JSON fails loudly at load time. */
export function parseSchemeDefinition(json: unknown): SchemeDefinition {
  const d = json as Record<string, unknown>
  const fail = (why: string): never => {
    throw new Error(`invalid transliteration scheme ${String(d?.name)}: ${why}`)
  }
  if (typeof d !== 'object' || d === null) fail('not an object')
  for (const field of ['name', 'description', 'source']) if (typeof d[field] !== 'string') fail(`${field} missing`)
  if (d.language !== 'ru' && d.language !== 'uk') fail('language must be ru or uk')
  if (d.target !== 'de' && d.target !== 'en') fail('target must be de or en')
  const isStringMap = (v: unknown) =>
    typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string')
  if (!isStringMap(d.mapping)) fail('mapping must map letters to strings')
  for (const field of ['classes', 'prev_mapping', 'next_mapping', 'between_mapping', 'ending_mapping', 'word_mapping'])
    if (d[field] !== undefined && !isStringMap(d[field])) fail(`${field} must map strings to strings`)
  const samples = d.samples
  if (!Array.isArray(samples) || samples.length === 0) fail('samples missing')
  for (const sample of samples as unknown[])
    if (!Array.isArray(sample) || sample.length !== 2 || sample.some((x) => typeof x !== 'string')) fail('a sample is not [cyrillic, latin]')
  return d as unknown as SchemeDefinition
}

export function loadScheme(definition: SchemeDefinition): Scheme {
  const classes = definition.classes ?? {}
  let layers: Pick<SchemeDefinition, 'mapping' | 'prev_mapping' | 'next_mapping' | 'ending_mapping'>[] = []
  if (definition.base === 'iuliia:wikipedia') {
    const base = iuliiaWikipedia()
    layers.push({
      mapping: base.mapping,
      prev_mapping: fromIuliiaContext(base.prev_mapping, '^'),
      next_mapping: fromIuliiaContext(base.next_mapping, '$'),
      ending_mapping: base.ending_mapping,
    })
  }
  layers.push(definition)
  const merge = (field: 'mapping' | 'prev_mapping' | 'next_mapping' | 'ending_mapping') =>
    new Map(layers.flatMap((layer) => [...expandClasses(layer[field], classes)]))
  const endings = merge('ending_mapping')
  return {
    definition,
    letters: merge('mapping'),
    prev: merge('prev_mapping'),
    next: merge('next_mapping'),
    between: expandClasses(definition.between_mapping, classes),
    endings,
    endingLengths: [...new Set([...endings.keys()].map((k) => [...k].length))].sort((a, b) => b - a),
    words: new Map(Object.entries(definition.word_mapping ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  }
}

const CYRILLIC_WORD = /[\p{Script=Cyrillic}'\u2019\u02BC]+/gu

/** Transliterate a Cyrillic text; anything that is not a Cyrillic word passes through. */
export function romanise(text: string, scheme: Scheme): string {
  return text.replace(CYRILLIC_WORD, (word) => romaniseWord(word, scheme))
}

function matchCase(source: string, latin: string): string {
  if (latin === '') return latin
  const isUpper = source !== source.toLowerCase()
  return isUpper ? latin[0].toUpperCase() + latin.slice(1) : latin
}

/**
 * One lowercase Cyrillic word (apostrophes already as '), without the case
 * handling: the fast path for scoring many candidates.
 */
export function romaniseLowercaseWord(word: string, scheme: Scheme): string {
  const whole = scheme.words.get(word)
  if (whole !== undefined) return whole.toLowerCase()
  return lettersToLatin([...word], [...word], scheme, false)
}

function romaniseWord(word: string, scheme: Scheme): string {
  const letters = [...word.replace(APOSTROPHES, "'")]
  const lower = letters.map((l) => l.toLowerCase())
  const whole = scheme.words.get(lower.join(''))
  if (whole !== undefined) return caseLike(word, whole)
  const out = lettersToLatin(letters, lower, scheme, true)
  return isAllCaps(word) ? out.toUpperCase() : out
}

function lettersToLatin(letters: string[], lower: string[], scheme: Scheme, keepCase: boolean): string {
  let stemLength = lower.length
  let ending = ''
  for (const length of scheme.endingLengths) {
    if (lower.length <= length) continue
    const tail = lower.slice(-length).join('')
    const replacement = scheme.endings.get(tail)
    if (replacement !== undefined) {
      stemLength = lower.length - length
      ending = keepCase ? matchCase(letters[stemLength], replacement) : replacement
      break
    }
  }
  let out = ''
  for (let i = 0; i < stemLength; i++) {
    const prev = i === 0 ? '^' : lower[i - 1]
    const next = i === lower.length - 1 ? '$' : lower[i + 1]
    const curr = lower[i]
    const latin =
      scheme.between.get(prev + curr + next) ??
      scheme.prev.get(prev + curr) ??
      scheme.next.get(curr + next) ??
      scheme.letters.get(curr) ??
      curr
    out += keepCase ? matchCase(letters[i], latin) : latin
  }
  return out + ending
}

function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

function caseLike(source: string, conventional: string): string {
  if (isAllCaps(source)) return conventional.toUpperCase()
  return source[0] === source[0].toLowerCase() ? conventional.toLowerCase() : conventional
}
