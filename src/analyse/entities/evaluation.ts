/**
 * Scores the entity recogniser against hand-made gold annotations
 * (test/corpus/gold/<stem>.json, rules in test/corpus/GUIDELINES.md).
 *
 * Matching, per article: a predicted entity matches a gold entity when the types
 * agree and any of the predicted entity's strings (its name, every surface form and
 * every mention's base form) equals any of the gold entity's strings (its name and
 * forms) after folding (case, apostrophes, dashes, spaces; quotes and Markdown
 * emphasis stripped). Matching is one-to-one: a predicted entity that covers two
 * gold entities (a merge) earns one of them; a second predicted entity for one
 * gold entity (a split) is a false entry. A type error is both a miss and a false
 * entry. Scores are micro-averaged over entities (not mentions): the glossary is
 * made of entities, and one missed entity is one hole in it.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { importArticle } from '../../load/import/index.ts'
import type { ArticleEntity, EntityType } from '../../types.ts'
import { analyseFile, createAnalyser } from '../index.ts'
import { surfaceKey } from './fold.ts'
import { configureGazetteer } from './gazetteer.ts'

const PLACEHOLDER_DATE = '2000-01-01'

export const ENTITY_TYPES: EntityType[] = ['person', 'place', 'organization']

export interface GoldEntity {
  name: string
  type: EntityType
  en: string
  forms: string[]
  note?: string
}

export interface GoldArticle {
  /** Raw file name, e.g. `02-nau-314-gefangene-abu-dhabi.txt`. */
  file: string
  /** Seeds are the product's specification articles; the rest is held out. */
  group: 'seed' | 'corpus'
  raw: string
  entities: GoldEntity[]
}

export interface PredictedEntity {
  name: string
  type: EntityType
  strings: string[]
}

export interface Miss {
  file: string
  gold: GoldEntity
  /** A predicted entity with a matching string but another type, if any. */
  predictedAs?: EntityType
}

export interface FalseEntry {
  file: string
  predicted: PredictedEntity
  reason: 'not-in-gold' | 'wrong-type' | 'duplicate'
  /** The gold entity it duplicates or mistypes. */
  gold?: GoldEntity
}

export interface Counts {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

export interface Scores extends Counts {
  precision: number
  recall: number
  f1: number
}

export interface ArticleEvaluation {
  file: string
  group: GoldArticle['group']
  counts: Record<EntityType, Counts>
  misses: Miss[]
  falseEntries: FalseEntry[]
}

export interface Evaluation {
  articles: ArticleEvaluation[]
  /** Per group (`seed`, `corpus`, `all`), per type and overall. */
  scores: Record<'seed' | 'corpus' | 'all', Record<EntityType | 'overall', Scores>>
  misses: Miss[]
  falseEntries: FalseEntry[]
}

/** Folding used for matching: surface folding, without quotes or emphasis marks around the string. */
export function foldForMatch(text: string): string {
  return surfaceKey(text.replace(/^[\s"'„“”«»‚‘’*_]+|[\s"'„“”«»‚‘’*_]+$/g, ''))
}

/** Corpus excerpts start with a `source: URL` line; the two seed articles have none. */
function groupOf(raw: string): GoldArticle['group'] {
  return /^source: \S+/.test(raw) ? 'corpus' : 'seed'
}

/** Reads every raw article (not the publisher teasers) with its gold file. */
export function loadGoldCorpus(corpusDir: string): GoldArticle[] {
  const rawDir = path.join(corpusDir, 'raw')
  const goldDir = path.join(corpusDir, 'gold')
  return readdirSync(rawDir)
    .filter((name) => name.endsWith('.txt') && !name.endsWith('.summary.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(rawDir, file), 'utf8')
      const gold = JSON.parse(readFileSync(path.join(goldDir, file.replace(/\.txt$/, '.json')), 'utf8')) as { entities: GoldEntity[] }
      return { file, group: groupOf(raw), raw, entities: gold.entities }
    })
}

/** Imports a raw article in memory and returns the entities the analyser finds. */
export function predictEntities(raw: string, fileName: string, processor = createAnalyser()): ArticleEntity[] {
  const imported = importArticle(raw, { fileName })
  // An undated text (seed 003) would be rejected by the front-matter check; the date
  // plays no part in entity recognition, so a placeholder lets it be analysed.
  const markdown = imported.meta.date ? imported.markdown : imported.markdown.replace(/^---\n/, `---\ndate: ${PLACEHOLDER_DATE}\n`)
  const file = new VFile({ path: fileName, value: markdown })
  return analyseFile(file, imported.slug, processor).entities
}

export function toPredicted(entity: ArticleEntity): PredictedEntity {
  const strings = new Set([entity.name, ...entity.surfaces, ...entity.mentions.map((mention) => mention.base)])
  return { name: entity.name, type: entity.type, strings: [...strings] }
}

function emptyCounts(): Record<EntityType, Counts> {
  return {
    person: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    place: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    organization: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  }
}

/** Compares one article's predicted entities with its gold entities. */
export function compareArticle(file: string, group: GoldArticle['group'], gold: GoldEntity[], predicted: PredictedEntity[]): ArticleEvaluation {
  const goldKeys = gold.map((entity) => new Set([entity.name, ...entity.forms].map(foldForMatch)))
  const predictedKeys = predicted.map((entity) => entity.strings.map(foldForMatch))
  const overlaps = (p: number, g: number) => predictedKeys[p].some((key) => goldKeys[g].has(key))

  // One-to-one assignment; candidates with fewer options are served first, so that a
  // merge of two gold entities does not take the only match of a third.
  const goldTaken = new Array<number | undefined>(gold.length)
  const predictedTaken = new Array<number | undefined>(predicted.length)
  const options = predicted.map((entity, p) => gold.map((g, i) => (g.type === entity.type && overlaps(p, i) ? i : -1)).filter((i) => i >= 0))
  const order = predicted.map((_, p) => p).sort((a, b) => options[a].length - options[b].length)
  for (const p of order) {
    const free = options[p].find((g) => goldTaken[g] === undefined)
    if (free === undefined) continue
    goldTaken[free] = p
    predictedTaken[p] = free
  }

  const counts = emptyCounts()
  const misses: Miss[] = []
  const falseEntries: FalseEntry[] = []
  gold.forEach((entity, g) => {
    if (goldTaken[g] !== undefined) {
      counts[entity.type].truePositives++
      return
    }
    counts[entity.type].falseNegatives++
    const other = predicted.find((candidate, p) => candidate.type !== entity.type && overlaps(p, g))
    misses.push({ file, gold: entity, predictedAs: other?.type })
  })
  predicted.forEach((entity, p) => {
    if (predictedTaken[p] !== undefined) return
    counts[entity.type].falsePositives++
    const sameType = gold.findIndex((g, i) => g.type === entity.type && overlaps(p, i))
    const otherType = gold.findIndex((g, i) => g.type !== entity.type && overlaps(p, i))
    if (sameType >= 0) falseEntries.push({ file, predicted: entity, reason: 'duplicate', gold: gold[sameType] })
    else if (otherType >= 0) falseEntries.push({ file, predicted: entity, reason: 'wrong-type', gold: gold[otherType] })
    else falseEntries.push({ file, predicted: entity, reason: 'not-in-gold' })
  })
  return { file, group, counts, misses, falseEntries }
}

export function score(counts: Counts): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...counts, precision, recall, f1 }
}

function sum(articles: ArticleEvaluation[], types: EntityType[]): Counts {
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }
  for (const article of articles) {
    for (const type of types) {
      total.truePositives += article.counts[type].truePositives
      total.falsePositives += article.counts[type].falsePositives
      total.falseNegatives += article.counts[type].falseNegatives
    }
  }
  return total
}

/**
 * Runs the analyser over every gold article and scores it. With `lexicon: false` the
 * project lexicon is left out, to measure the rules and CLDR alone.
 */
export function evaluateCorpus(articles: GoldArticle[], options: { lexicon?: boolean } = {}): Evaluation {
  configureGazetteer({ lexicon: options.lexicon ?? true })
  try {
    return evaluateWithCurrentSources(articles)
  } finally {
    configureGazetteer({ lexicon: true })
  }
}

function evaluateWithCurrentSources(articles: GoldArticle[]): Evaluation {
  const processor = createAnalyser()
  const results = articles.map((article) =>
    compareArticle(article.file, article.group, article.entities, predictEntities(article.raw, article.file, processor).map(toPredicted)),
  )
  const scoresOf = (subset: ArticleEvaluation[]) => ({
    person: score(sum(subset, ['person'])),
    place: score(sum(subset, ['place'])),
    organization: score(sum(subset, ['organization'])),
    overall: score(sum(subset, ENTITY_TYPES)),
  })
  return {
    articles: results,
    scores: {
      seed: scoresOf(results.filter((result) => result.group === 'seed')),
      corpus: scoresOf(results.filter((result) => result.group === 'corpus')),
      all: scoresOf(results),
    },
    misses: results.flatMap((result) => result.misses),
    falseEntries: results.flatMap((result) => result.falseEntries),
  }
}
