/**
 * npm run eval:summaries [-- --raw DIR --gold DIR --json]
 *
 * Runs the summariser over the evaluation corpus (raw text → import → analyse →
 * glossary merged across all articles → summary) and prints, per article and in
 * total: the German and English summary, the rules that fired, key-fact coverage in
 * both languages, faithfulness violations, length checks, German words in English,
 * and ROUGE-1/ROUGE-L of the German summary against the publisher's teaser next to
 * the lead-sentence baseline.
 */
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { evaluateCorpus, type RougePair } from '../src/summarise/evaluate/evaluate.ts'
import { readCorpusDates } from '../src/summarise/evaluate/dates.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name)
  return at >= 0 && args[at + 1] ? path.resolve(args[at + 1]) : fallback
}
const rawDir = option('--raw', path.join(root, 'test/corpus/raw'))
const goldDir = option('--gold', path.join(root, 'test/corpus/gold'))
const dates = readCorpusDates(path.join(root, 'test/summarise/corpus-dates.json'))

const { reports, totals } = await evaluateCorpus({ rawDir, goldDir, dates })
if (args.includes('--json')) {
  console.log(JSON.stringify({ reports, totals }, null, 2))
  process.exit(0)
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`
const f = (value: number) => value.toFixed(3)
const rougeLine = (label: string, pair: RougePair) =>
  `${label}: summary R1 ${f(pair.system.rouge1)} RL ${f(pair.system.rougeL)} | lead (same length, ${pair.leadSentences.toFixed(1).replace(/\.0$/, '')} sent.) R1 ${f(pair.lead.rouge1)} RL ${f(pair.lead.rougeL)} | lead-1 R1 ${f(pair.lead1.rouge1)} RL ${f(pair.lead1.rougeL)}`

for (const report of reports) {
  console.log(`\n## ${report.stem}`)
  for (const sentence of report.sentences) console.log(`  [${sentence.rule}]\n    de: ${sentence.de}\n    en: ${sentence.en}`)
  console.log(`  rules fired: ${report.rulesFired.join(', ') || '(none)'}${report.fallback ? '  → FALLBACK' : ''}`)
  if (report.coverage) {
    for (const lang of ['de', 'en'] as const) {
      const coverage = report.coverage[lang]
      const total = coverage.covered.length + coverage.missing.length
      console.log(`  key facts ${lang}: ${coverage.covered.length}/${total}${coverage.missing.length ? `  missing: ${coverage.missing.join('; ')}` : ''}`)
    }
  }
  console.log(`  faithfulness violations: ${report.violations.length}${report.violations.length ? '  ' + report.violations.join('; ') : ''}`)
  if (!report.lengthOk) console.log('  LENGTH: not 1–3 sentences / ≤ 60 words')
  if (report.germanInEnglish.length) console.log(`  German words in English: ${report.germanInEnglish.join(', ')}`)
  if (report.rougeAsGiven) console.log(`  ${rougeLine('ROUGE vs teaser (text as given)', report.rougeAsGiven)}`)
  if (report.rougeWithoutTeaser) console.log(`  ${rougeLine('ROUGE vs teaser (teaser lines removed from the text)', report.rougeWithoutTeaser)}`)
  console.log(`  summary stage: ${report.ms.toFixed(1)} ms`)
}

console.log(`\n# Totals over ${totals.articles} articles`)
console.log(`  key-fact coverage: de ${pct(totals.coverage.de)}, en ${pct(totals.coverage.en)} (${totals.coverage.items} items per language)`)
console.log(`  faithfulness violations: ${totals.violations}`)
console.log(`  a rule (not the fallback) made the summary: ${pct(totals.ruleRate)}`)
console.log(`  length failures: ${totals.lengthFailures}; German words in English: ${totals.germanInEnglish}`)
console.log(`  ROUGE (F1, lowercased, no stemming) of the German summary against the publisher's teaser, mean over ${totals.rouge.articles} articles that have one:`)
console.log(`    ${rougeLine('text as given', totals.rouge.asGiven)}`)
console.log(`    ${rougeLine('teaser lines removed', totals.rouge.withoutTeaser)}`)
console.log('    (teaser lines removed: where the article text repeats the teaser verbatim as its standfirst, those lines are dropped')
console.log('     before import, and summary and lead are both made from the rest, so the lead cannot copy the reference;')
console.log('     lead = first body sentences, no headline, dateline or byline; "same length" = as many sentences as the summary)')
console.log(`  summary stage: ${totals.msPerArticle.toFixed(1)} ms per article (articles 2–${totals.articles}; the first loads the lexicon)`)
