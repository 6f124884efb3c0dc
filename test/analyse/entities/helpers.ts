/** Runs the whole analyser on a Markdown snippet and summarises the entities it found. */
import { VFile } from 'vfile'
import { analyseFile } from '../../../src/analyse/index.ts'
import { configureGazetteer } from '../../../src/analyse/entities/gazetteer.ts'
import type { ArticleEntity } from '../../../src/types.ts'

export function analyseSnippet(body: string): ArticleEntity[] {
  const file = new VFile({ path: 'snippet.md', value: `---\ntitle: Test\ndate: 2024-01-03\nlang: de\n---\n\n${body}\n` })
  return analyseFile(file, 'snippet').entities
}

/** `type:name` of every entity, sorted: the exact set of entities an assertion compares. */
export function entitiesOf(body: string): string[] {
  return analyseSnippet(body)
    .map((entity) => `${entity.type}:${entity.name}`)
    .sort()
}

/** The entity named `name`, with its surfaces and roles. */
export function entityNamed(body: string, name: string): ArticleEntity | undefined {
  return analyseSnippet(body).find((entity) => entity.name === name)
}

/**
 * Rule tests run without the project lexicon, so that they show what each evidence
 * source does on names nobody listed (CLDR country names stay: they are data too).
 */
export function withoutLexicon() {
  before(() => configureGazetteer({ lexicon: false }))
  after(() => configureGazetteer({ lexicon: true }))
}
