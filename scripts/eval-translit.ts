/**
 * Accuracy of transliterate() on a TSV of real name pairs
 * (type, german, accepted_english, cyrillic, kind):
 *   npm run eval:translit [FILE]
 * Default FILE: ../shared/names/dev-pairs.tsv if present, else
 * test/fixtures/translit/heldout-pairs.tsv. Prints English exact-match
 * accuracy with and without the lexicon (all rows and kind=translit rows),
 * Cyrillic accuracy, and the failures.
 */
import { existsSync } from 'node:fs'
import { accuracy, evaluatePairs, readNamePairs, type PairOutcome } from '../src/glossary/translit/pairs.ts'

const file =
  process.argv[2] ??
  (existsSync('../shared/names/dev-pairs.tsv') ? '../shared/names/dev-pairs.tsv' : 'test/fixtures/translit/heldout-pairs.tsv')
const pairs = readNamePairs(file)
const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + '%'

console.log(`${file}: ${pairs.length} rows, ${pairs.filter((p) => p.kind === 'translit').length} kind=translit`)
for (const rulesOnly of [false, true]) {
  const outcomes = evaluatePairs(pairs, rulesOnly)
  const translit = outcomes.filter((o) => o.pair.kind === 'translit')
  const mode = rulesOnly ? 'rules only  ' : 'with lexicon'
  console.log(
    `${mode}  English: all ${pct(accuracy(outcomes, 'englishOk'))}  translit ${pct(accuracy(translit, 'englishOk'))}` +
      `   Cyrillic: all ${pct(accuracy(outcomes, 'cyrillicOk'))}  translit ${pct(accuracy(translit, 'cyrillicOk'))}`,
  )
  printFailures(outcomes)
}

function printFailures(outcomes: PairOutcome[]): void {
  for (const o of outcomes) {
    if (o.englishOk && o.cyrillicOk) continue
    const what = [!o.englishOk ? 'en' : '', !o.cyrillicOk ? 'cyr' : ''].filter(Boolean).join('+')
    console.log(
      `    ✗ ${what.padEnd(6)} ${o.pair.kind.padEnd(8)} ${o.pair.german} → ${o.en} | ${o.cyrillic ?? '—'}   (want ${o.pair.acceptedEnglish.join('|')} | ${o.pair.cyrillic})`,
    )
  }
}
