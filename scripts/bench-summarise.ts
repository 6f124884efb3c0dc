/**
 * Micro-benchmark of the summary stage alone (issue 7): loads and analyses every article
 * of a folder (default /tmp/c2k) once, makes each article's name table as buildSite does
 * (mergeGlossary + nameTableOf), then times summaryPart over all articles. Each timed round
 * uses a fresh translator, as a cold build does (its memos start empty); a warm-up round
 * comes first (JIT, rules, lexicon). Prints ms/article (wall and CPU).
 *
 *   npx tsx scripts/bench-summarise.ts [content-dir] [--rounds N] [--dump FILE]
 *
 * `--dump FILE` writes every article's summary part as JSON (to compare before/after a change with cmp).
 */
import { writeFileSync } from 'node:fs'
import { listArticleFiles, readArticles } from '../src/load/content.ts'
import { createTranslator } from '../src/i18n.ts'
import { loadRules } from '../src/summarise/index.ts'
import { mergeGlossary } from '../src/glossary/merge.ts'
import { analyseAll, nameTableOf, summaryPart, type SummaryPart } from '../src/build.ts'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  if (at < 0) return undefined
  const [, value] = args.splice(at, 2)
  return value
}
const dump = option('--dump')
const rounds = Number(option('--rounds') ?? 3)
const dir = args[0] ?? '/tmp/c2k'

const { articles } = analyseAll(readArticles(await listArticleFiles(dir)))
// The name tables exactly as buildSite makes them: one merged glossary, then `nameTableOf` per article.
const glossary = mergeGlossary(articles.map((article) => ({ slug: article.slug, entities: article.entities })))
const jobs = articles.map((article) => ({ article, names: nameTableOf(article, glossary) }))
const rules = await loadRules()

const wall: number[] = []
const cpu: number[] = []
let parts: SummaryPart[] = []
for (let round = 0; round <= rounds; round++) {
  const translator = createTranslator()
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  parts = jobs.map((job) => summaryPart(job.article, rules, translator, job.names))
  const used = process.cpuUsage(cpu0)
  if (round === 0) continue
  wall.push((performance.now() - t0) / jobs.length)
  // CPU time of the process: steadier than wall time on a shared machine.
  cpu.push((used.user + used.system) / 1000 / jobs.length)
}
const best = (times: number[]) => Math.min(...times).toFixed(3)
const mean = (times: number[]) => (times.reduce((a, b) => a + b, 0) / times.length).toFixed(3)
console.log(`${jobs.length} articles in ${dir}, ${rounds} rounds after a warm-up (fresh translator each)`)
console.log(`summaryPart ms/article: wall best ${best(wall)}, mean ${mean(wall)}; CPU best ${best(cpu)}, mean ${mean(cpu)}`)
if (dump) {
  writeFileSync(dump, JSON.stringify(parts.map((part, index) => ({ slug: jobs[index].article.slug, ...part })), null, 1) + '\n')
  console.log(`summary parts written to ${dump}`)
}
