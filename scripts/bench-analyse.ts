/**
 * Micro-benchmark of loading and analysis alone (issue 7): reads every article of a
 * folder (default /tmp/c2k) with readArticle, then times analyseFile over them, after a
 * warm-up pass (gazetteer, noun lists and JIT are built on first use). Prints ms/article.
 *
 *   npx tsx scripts/bench-analyse.ts [content-dir] [rounds]
 */
import { VFile } from 'vfile'
import { analyseFile, createAnalyser } from '../src/analyse/index.ts'
import { readFileSync } from 'node:fs'
import { hasFatal, listArticleFiles, loadArticleText, readArticle, slugOfPath } from '../src/load/content.ts'

const dir = process.argv[2] ?? '/tmp/c2k'
const rounds = Number(process.argv[3] ?? 3)
const paths = await listArticleFiles(dir)

async function loadAll(): Promise<VFile[]> {
  const files: VFile[] = []
  for (const path of paths) files.push(readArticle(path))
  return files
}

const loadTimes: number[] = []
let loaded: VFile[] = []
for (let round = 0; round <= rounds; round++) {
  const t0 = performance.now()
  loaded = await loadAll()
  if (round > 0) loadTimes.push((performance.now() - t0) / paths.length)
}
// The loading checks alone (hash, decode, invisible characters, shape, raw HTML), without file I/O.
const bytes = paths.map((path) => readFileSync(path))
const checkTimes: number[] = []
for (let round = 0; round <= rounds; round++) {
  const t0 = performance.now()
  for (let i = 0; i < paths.length; i++) loadArticleText(new VFile({ path: paths[i] }), bytes[i])
  if (round > 0) checkTimes.push((performance.now() - t0) / paths.length)
}
const sources = loaded.filter((file) => !hasFatal(file)).map((file) => ({ path: file.path, value: String(file.value) }))

const processor = createAnalyser()
const analyseTimes: number[] = []
const analyseCpu: number[] = []
for (let round = 0; round <= rounds; round++) {
  const files = sources.map((source) => new VFile(source))
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  for (const file of files) {
    try {
      analyseFile(file, slugOfPath(file.path), processor)
    } catch {
      // A fatal message: the build leaves such an article out; timed all the same.
    }
  }
  const cpu = process.cpuUsage(cpu0)
  if (round > 0) analyseTimes.push((performance.now() - t0) / files.length)
  // CPU time of the process (all its threads): steadier than wall time on a shared machine.
  if (round > 0) analyseCpu.push((cpu.user + cpu.system) / 1000 / files.length)
}
const best = (times: number[]) => Math.min(...times).toFixed(3)
const mean = (times: number[]) => (times.reduce((a, b) => a + b, 0) / times.length).toFixed(3)
console.log(`${paths.length} articles in ${dir}, ${rounds} rounds after a warm-up`)
console.log(`load (readArticle)  ms/article: best ${best(loadTimes)}, mean ${mean(loadTimes)}`)
console.log(`  of which checks    ms/article: best ${best(checkTimes)}, mean ${mean(checkTimes)} (loadArticleText on bytes in memory)`)
console.log(`analyseFile         ms/article: best ${best(analyseTimes)}, mean ${mean(analyseTimes)}; CPU best ${best(analyseCpu)}, mean ${mean(analyseCpu)}`)
