/**
 * The "Done when" over the evaluation corpus (test/corpus: the two seeds and
 * seven real news excerpts with hand-made key facts), exactly as `npm run
 * eval:summaries` measures it.
 */
import { expect } from 'chai'
import { fileURLToPath } from 'node:url'
import { evaluateCorpus } from '../../src/summarise/evaluate/evaluate.ts'
import { readCorpusDates } from '../../src/summarise/evaluate/dates.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const { reports, totals } = await evaluateCorpus({
  rawDir: `${root}test/corpus/raw`,
  goldDir: `${root}test/corpus/gold`,
  dates: readCorpusDates(`${root}test/summarise/corpus-dates.json`),
})

describe('summaries of the evaluation corpus', () => {
  it('covers every article of the seeds and the corpus', () => {
    expect(reports).to.have.length(9)
    expect(reports.every((report) => report.coverage)).to.equal(true)
  })

  it('gives every article 1–3 sentences of at most 60 words, in German and in English', () => {
    for (const report of reports) expect(report.lengthOk, report.stem).to.equal(true)
  })

  it('has a rule (not the fallback) make the summary of at least 80% of the articles', () => {
    expect(totals.ruleRate).to.be.at.least(0.8)
  })

  it('covers at least 80% of the key facts, in German and in English', () => {
    expect(totals.coverage.de).to.be.at.least(0.8)
    expect(totals.coverage.en).to.be.at.least(0.8)
  })

  it('has no faithfulness violation and no German word in English', () => {
    expect(reports.flatMap((report) => report.violations)).to.deep.equal([])
    expect(reports.flatMap((report) => report.germanInEnglish)).to.deep.equal([])
  })

  it('says the Reuters seed in both languages: agreement in Abu Dhabi, US mediation, 314 prisoners of war', () => {
    const reuters = reports.find((report) => report.stem === '000_9f126e9d496c15c6')!
    expect(reuters.summary.en).to.contain('Ukraine and Russia agreed in Abu Dhabi, with mediation by the United States, to exchange 314 prisoners of war')
    expect(reuters.summary.de).to.contain('Die Ukraine und Russland haben sich in Abu Dhabi unter Vermittlung der USA auf den Austausch von 314 Kriegsgefangenen geeinigt')
  })

  it('scores the German summaries against the publishers’ teasers at least as well as a lead baseline of the same length (texts without the teaser standfirst)', () => {
    expect(totals.rouge.articles).to.equal(2)
    expect(totals.rouge.withoutTeaser.system.rougeL).to.be.at.least(totals.rouge.withoutTeaser.lead.rougeL)
  })

  it('scores them at least as well as the first body sentence alone (lead-1), the stricter baseline', () => {
    expect(totals.rouge.withoutTeaser.system.rougeL).to.be.at.least(totals.rouge.withoutTeaser.lead1.rougeL)
  })

  it('keeps the source’s wording of the sides and says who mediated (taz)', () => {
    const taz = reports.find((report) => report.stem === '06-taz-groesster-austausch')!
    expect(taz.summary.de).to.contain('Mehr als 400 ukrainische und russische Soldaten')
    expect(taz.summary.en).to.contain('More than 400 Ukrainian and Russian soldiers')
    expect(taz.summary.de).to.contain('Vereinigten Arabischen Emirate')
    expect(taz.summary.en).to.contain('United Arab Emirates')
  })
})
