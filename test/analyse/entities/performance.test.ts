/**
 * The recogniser runs on 10,000 articles in the project's benchmark: every pass must
 * stay linear in the article's length (no per-call regex compilation, no scan of all
 * sentences per candidate). CPU time of this process is measured, not wall time.
 */
import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import { VFile } from 'vfile'
import remarkSentences, { type BlockSentence } from '../../../src/analyse/sentences.ts'
import { analyseEntities } from '../../../src/analyse/entities/index.ts'
import { loadGoldCorpus } from '../../../src/analyse/entities/evaluation.ts'
import { importArticle } from '../../../src/load/import/index.ts'

const corpusDir = path.resolve(import.meta.dirname, '../../corpus')
const splitter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkSentences)

function sentencesOf(markdown: string): BlockSentence[] {
  const file = new VFile({ value: markdown })
  splitter.runSync(splitter.parse(file), file)
  return file.data.sentences as BlockSentence[]
}

function cpuMilliseconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

describe('entity recognition performance', function () {
  this.timeout(180_000)
  const articles = loadGoldCorpus(corpusDir).map((article) => sentencesOf(importArticle(article.raw, { fileName: article.file }).markdown))

  before(() => {
    for (const sentences of articles) analyseEntities(sentences) // loads the vocabularies once
  })

  it('analyses 3,000 real articles within seconds', () => {
    const t0 = process.cpuUsage()
    let entities = 0
    for (let n = 0; n < 3000; n++) entities += analyseEntities(articles[n % articles.length]).entities.length
    expect(entities).to.be.above(10_000)
    expect(cpuMilliseconds(t0)).to.be.below(30_000)
  })

  it('grows linearly with the length of one article', () => {
    const paragraph = readFileSync(path.join(corpusDir, 'raw', '08-politiklive-lawrow-skeptisch.txt'), 'utf8').split('\n').slice(1).join('\n')
    const article = (copies: number) => sentencesOf(`---\ntitle: T\ndate: 2024-01-01\nlang: de\n---\n\n${`${paragraph}\n\n`.repeat(copies)}`)
    const small = article(50)
    const large = article(400)
    const time = (sentences: BlockSentence[]) => {
      const t0 = process.cpuUsage()
      analyseEntities(sentences)
      return cpuMilliseconds(t0)
    }
    // Best of three, and a bound halfway between linear (8×) and quadratic (64×) growth, so a
    // busy machine or a garbage collection cannot fail it but a quadratic scan still does.
    const best = (sentences: BlockSentence[]) => Math.min(time(sentences), time(sentences), time(sentences))
    const smallTime = Math.max(best(small), 1)
    const largeTime = best(large)
    expect(largeTime / smallTime, `${smallTime.toFixed(0)} ms for 50 copies, ${largeTime.toFixed(0)} ms for 400`).to.be.below(32)
  })
})
