/**
 * Speed of transliterate(): 10,000 names recombined from the name-pair TSVs
 * and the lexicon (given name of one, family name of another), run once with
 * the lexicon and once rules-only. Target: under 2 s for 10,000 names.
 *   npx tsx scripts/bench-translit.ts
 */
import { existsSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const started = performance.now()
const { transliterate } = await import('../src/glossary/translit/index.ts')
const { readNamePairs } = await import('../src/glossary/translit/pairs.ts')
const { lexiconEntries } = await import('../src/glossary/lexicon/index.ts')
transliterate('Peskow') // loads the lexicon
transliterate('Pjeskow', { rulesOnly: true }) // trains the letter models
const loaded = performance.now()

const files = ['../shared/names/dev-pairs.tsv', 'test/fixtures/translit/dev-pairs.tsv', 'test/fixtures/translit/heldout-pairs.tsv'].filter(existsSync)
const fullNames = [...files.flatMap((f) => readNamePairs(f).map((p) => p.german)), ...lexiconEntries().flatMap((e) => [e.de, e.en])]
const words = [...new Set(fullNames.flatMap((n) => n.split(/\s+/)))]
const firstWords = fullNames.map((n) => n.split(/\s+/)[0])
const lastWords = fullNames.map((n) => n.split(/\s+/).at(-1)!)

const COUNT = 10_000
const names = Array.from({ length: COUNT }, (_, i) => {
  if (i % 3 === 0) return fullNames[i % fullNames.length]
  if (i % 3 === 1) return words[(i * 31) % words.length]
  return `${firstWords[(i * 17) % firstWords.length]} ${lastWords[(i * 29) % lastWords.length]}`
})

for (const rulesOnly of [false, true]) {
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  for (const name of names) transliterate(name, { rulesOnly })
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  const cpuMs = (cpu.user + cpu.system) / 1000
  // CPU time as well as wall time: on a shared, busy machine the wall clock mostly measures the neighbours.
  console.log(
    `${COUNT} names (${new Set(names).size} distinct), ${rulesOnly ? 'rules only ' : 'with lexicon'}: ` +
      `${(ms / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU ${cpuMs < 2000 ? '(target < 2 s: ok)' : '(target < 2 s: MISSED)'}`,
  )
}
console.log(`start-up (load lexicon, schemes, train letter models): ${((loaded - started) / 1000).toFixed(2)} s`)
