/**
 * Entity recognition against the hand-made gold (test/corpus/):
 *   npm run eval:entities [CORPUS_DIR] [--no-lexicon]
 * Prints precision, recall and F1 per type and overall, for the seed articles, the
 * held-out corpus articles and in total, then every miss and every false entry.
 * `--no-lexicon` leaves the project lexicon out: the lexicon may already know the
 * held-out articles' names, so this shows what the rules and CLDR find on their own.
 * Matching rules: src/analyse/entities/evaluation.ts. Always exits 0 (it is a
 * report); the thresholds are asserted by test/analyse/entities/evaluation.test.ts.
 */
import { ENTITY_TYPES, evaluateCorpus, loadGoldCorpus, type Scores } from '../src/analyse/entities/evaluation.ts'

const args = process.argv.slice(2)
const withoutLexicon = args.includes('--no-lexicon')
const corpusDir = args.find((arg) => !arg.startsWith('--')) ?? 'test/corpus'
const articles = loadGoldCorpus(corpusDir)
const started = performance.now()
const evaluation = evaluateCorpus(articles, { lexicon: !withoutLexicon })
const elapsed = performance.now() - started

const fixed = (x: number) => x.toFixed(3)
const line = (label: string, s: Scores) =>
  `  ${label.padEnd(13)} P ${fixed(s.precision)}  R ${fixed(s.recall)}  F1 ${fixed(s.f1)}   (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`

const groups = [
  ['seed', 'seeds'],
  ['corpus', 'corpus (held out)'],
  ['all', 'all'],
] as const
const counts = { seed: 0, corpus: 0, all: articles.length }
for (const article of articles) counts[article.group]++
const sources = withoutLexicon ? 'rules + CLDR only (no project lexicon)' : 'rules + CLDR + project lexicon'
console.log(`Entity evaluation on ${corpusDir}: ${articles.length} articles, ${sources}, ${elapsed.toFixed(0)} ms`)
for (const [group, label] of groups) {
  console.log(`${label} (${counts[group]} articles)`)
  for (const type of ENTITY_TYPES) console.log(line(type, evaluation.scores[group][type]))
  console.log(line('overall', evaluation.scores[group].overall))
}

console.log(`\nMisses (${evaluation.misses.length}):`)
for (const miss of evaluation.misses) {
  const as = miss.predictedAs ? ` — found as ${miss.predictedAs}` : ''
  console.log(`  ${miss.file}: ${miss.gold.type} ${miss.gold.name} [${miss.gold.forms.join(', ')}]${as}`)
}
console.log(`\nFalse entries (${evaluation.falseEntries.length}):`)
for (const entry of evaluation.falseEntries) {
  const why = entry.reason === 'not-in-gold' ? 'not in gold' : entry.reason === 'duplicate' ? `duplicate of ${entry.gold!.name}` : `wrong type, gold: ${entry.gold!.type} ${entry.gold!.name}`
  console.log(`  ${entry.file}: ${entry.predicted.type} ${entry.predicted.name} [${entry.predicted.strings.join(', ')}] — ${why}`)
}
