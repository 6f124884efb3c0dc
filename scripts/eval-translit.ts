/**
 * Accuracy of transliterate() on a TSV of real name pairs
 * (type, german, accepted_english, cyrillic, kind):
 *   npm run eval:translit [FILE]
 *   npm run eval:translit -- --lexicon-split   (rules only, on every second
 *     Russian/Ukrainian person or place of the lexicon, with the letter models
 *     trained without those entries: how the rules do on names they never saw)
 * Default FILE: ../shared/names/dev-pairs.tsv if present, else
 * test/fixtures/translit/heldout-pairs.tsv. Prints English exact-match
 * accuracy with and without the lexicon (all rows and kind=translit rows),
 * Cyrillic accuracy, and the failures.
 */
import { existsSync } from 'node:fs'
import { accuracy, evaluatePairs, readNamePairs, type PairOutcome } from '../src/glossary/translit/pairs.ts'
import { clearTranslitCache, transliterate } from '../src/glossary/translit/index.ts'
import { trainLanguageModels, useLanguageModels } from '../src/glossary/translit/language-models.ts'
import { lexiconEntries } from '../src/glossary/lexicon/index.ts'

if (process.argv.includes('--lexicon-split')) {
  lexiconSplit()
  process.exit(0)
}

function lexiconSplit(): void {
  // Multi-word descriptive names (Oblast X, Kernkraftwerk X) are translations, not transliterations.
  const slavic = lexiconEntries().filter(
    (e) => (e.lang === 'ru' || e.lang === 'uk') && e.type !== 'organization' && e.cyrillic && !/\b(Oblast|Republik|Region|Kernkraftwerk)\b|-Brücke|insel$|see$/i.test(e.de),
  )
  const test = slavic.filter((_, i) => i % 2 === 1)
  useLanguageModels(trainLanguageModels({ excludeIds: new Set(test.map((e) => e.id)) }))
  clearTranslitCache()
  let english = 0
  let cyrillic = 0
  const failures: string[] = []
  for (const entry of test) {
    const result = transliterate(entry.de, { rulesOnly: true, type: entry.type })
    const ok = [entry.en, ...entry.variants.en].includes(result.en)
    if (ok) english++
    else failures.push(`    ✗ ${entry.de} → ${result.en} | ${result.cyrillic ?? '—'}   (lexicon: ${entry.en} | ${entry.cyrillic})`)
    if (result.cyrillic === entry.cyrillic) cyrillic++
  }
  console.log(`lexicon split: ${test.length} Russian/Ukrainian persons and places, rules only, letter models trained without them`)
  console.log(`  English ${(english / test.length).toFixed(3)}   Cyrillic ${(cyrillic / test.length).toFixed(3)}`)
  console.log(failures.join('\n'))
}

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
