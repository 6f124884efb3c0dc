/**
 * The foundation's acceptance: the glossary and summaries built from the two seed
 * articles in content/ (issue 2, "Done when"), determinism, and out/ being exactly
 * what a fresh build produces.
 */
import { expect } from 'chai'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildFromContent, type BuildResult } from '../../src/build.ts'
import { writeOutput } from '../../src/write.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries) {
    const relative = path.join(prefix, entry.name)
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), relative)))
    else files.push(relative)
  }
  return files.sort()
}

describe('building the seed articles', function () {
  let result: BuildResult

  before(async () => {
    result = await buildFromContent(path.join(ROOT, 'content'))
  })

  it('builds every article without errors', () => {
    expect(result.failed).to.equal(0)
    expect(result.model.articles).to.have.length(2)
  })

  it('holds exactly the expected glossary, one entry each', () => {
    const expected: Array<[string, string, string | null]> = [
      ['Wolodymyr Selenskyj', 'Volodymyr Zelensky', 'Володимир Зеленський'],
      ['Steve Witkoff', 'Steve Witkoff', null],
      ['Rustem Umjerow', 'Rustem Umerov', 'Рустем Умєров'],
      ['Kirill Dmitrijew', 'Kirill Dmitriev', 'Кирилл Дмитриев'],
      ['Dmitri Peskow', 'Dmitry Peskov', 'Дмитрий Песков'],
      ['Abu Dhabi', 'Abu Dhabi', null],
      ['Kiew', 'Kyiv', 'Київ'],
      ['Moskau', 'Moscow', 'Москва'],
      ['Donezk', 'Donetsk', null],
      ['Saporischschja', 'Zaporizhzhia', null],
      ['Kursk', 'Kursk', null],
      ['Druschkiwka', 'Druzhkivka', 'Дружківка'],
      ['Donbass', 'Donbas', null],
      ['Ukraine', 'Ukraine', null],
      ['Russland', 'Russia', null],
      ['USA', 'United States', null],
      ['Europa', 'Europe', null],
      ['Europäische Union', 'European Union', null],
      ['Kreml', 'Kremlin', null],
      ['Washington', 'Washington', null],
      ['Rosatom', 'Rosatom', null],
      ['CSIS', 'CSIS', null],
      ['Reuters', 'Reuters', null],
    ]
    const entries = result.model.glossary
    for (const [de, en, cyrillic] of expected) {
      const matching = entries.filter((entry) => entry.de === de)
      expect(matching, `entries for ${de}`).to.have.length(1)
      expect(matching[0].en, `English form of ${de}`).to.equal(en)
      if (cyrillic) expect(matching[0].cyrillic, `Cyrillic of ${de}`).to.equal(cyrillic)
    }
    // No entry that is not one of these names.
    expect(entries.map((entry) => entry.de).sort()).to.deep.equal(expected.map(([de]) => de).sort())
  })

  it('reconciles spellings: Peskov lands in the Peskow entry, Droujkivka in Druschkiwka', () => {
    const peskow = result.model.glossary.find((entry) => entry.de === 'Dmitri Peskow')!
    expect(peskow.variants.join(' ')).to.contain('Peskov')
    const druschkiwka = result.model.glossary.find((entry) => entry.de === 'Druschkiwka')!
    expect(druschkiwka.variants).to.include('Droujkivka')
    const eu = result.model.glossary.find((entry) => entry.de === 'Europäische Union')!
    expect(eu.variants).to.include('Europäischen Union')
  })

  it('keeps roles in German and English', () => {
    const selenskyj = result.model.glossary.find((entry) => entry.de === 'Wolodymyr Selenskyj')!
    expect(selenskyj.roles.de).to.include('ukrainischer Präsident')
    expect(selenskyj.roles.en).to.include('Ukrainian President')
  })

  it('summarises the Reuters seed: agreement in Abu Dhabi, US mediation, 314 prisoners of war', () => {
    const reuters = result.model.articles.find((article) => article.meta.source === 'Reuters')!
    const en = reuters.summary.map((sentence) => sentence.en).join(' ')
    const de = reuters.summary.map((sentence) => sentence.de).join(' ')
    expect(en).to.match(/Russia/).and.match(/Ukraine/).and.match(/agreed/).and.match(/Abu Dhabi/).and.match(/mediation by the United States|US mediation/).and.match(/314 prisoners of war/)
    expect(de).to.match(/Russland/).and.match(/Ukraine/).and.match(/geeinigt/).and.match(/Abu Dhabi/).and.match(/Vermittlung der USA/).and.match(/314 Kriegsgefangenen/)
  })

  it('writes 1–3 sentences of at most 60 words per language, and every number is in the article', async () => {
    for (const article of result.model.articles) {
      expect(article.summary.length).to.be.within(1, 3)
      const source = await readFile(path.join(ROOT, 'content', `${article.slug}.md`), 'utf8')
      const digits = (n: string) => n.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '')
      const sourceNumbers = new Set((source.match(/\d[\d.,]*\d|\d/g) ?? []).map(digits))
      for (const lang of ['de', 'en'] as const) {
        const text = article.summary.map((sentence) => sentence[lang]).join(' ')
        expect(text.split(/\s+/).length, `${article.slug} ${lang}`).to.be.at.most(60)
        for (const number of text.match(/\d[\d.,]*\d|\d/g) ?? []) {
          expect(sourceNumbers.has(digits(number)), `${number} in ${article.slug}`).to.equal(true)
        }
      }
    }
  })

  it('evidence offsets point into the Markdown source', async () => {
    for (const article of result.model.articles) {
      const source = await readFile(path.join(ROOT, 'content', `${article.slug}.md`), 'utf8')
      for (const sentence of article.summary) {
        for (const span of sentence.evidence) {
          expect(span.start).to.be.at.least(0)
          expect(span.end).to.be.at.most(source.length)
          expect(source.slice(span.start, span.end).trim()).to.not.equal('')
        }
      }
    }
  })

  it('gives byte-identical output on a second build', async () => {
    const again = await buildFromContent(path.join(ROOT, 'content'))
    expect([...again.files.entries()]).to.deep.equal([...result.files.entries()])
  })

  it('out/ in the repository is exactly what a fresh build writes (regenerate with `npm start`)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bd-out-'))
    try {
      const target = path.join(dir, 'out')
      await writeOutput(target, result.files)
      const fresh = await listFiles(target)
      const committed = await listFiles(path.join(ROOT, 'out'))
      expect(committed).to.deep.equal(fresh)
      for (const file of fresh) {
        const [a, b] = await Promise.all([readFile(path.join(target, file), 'utf8'), readFile(path.join(ROOT, 'out', file), 'utf8')])
        expect(b, `out/${file} is stale: run npm start`).to.equal(a)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
