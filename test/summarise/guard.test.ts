/** The faithfulness guard rejects forged sentences and accepts faithful ones. */
import { expect } from 'chai'
import { guardSentence } from '../../src/summarise/index.ts'
import { analyseSnippet } from '../../src/summarise/evaluate/example.ts'
import type { SummarySentence } from '../../src/types.ts'

const TEXT =
  'Unter Vermittlung der USA verständigten sich die Ukraine und Russland am Donnerstag in Abu Dhabi auf die Freilassung von 314 Kriegsgefangenen. ' +
  'Selenskyj bezifferte die Zahl der getöteten ukrainischen Soldaten auf rund 55.000. ' +
  'Zwei Menschen kamen ums Leben. ' +
  'Der US-Sondergesandte Steve Witkoff sprach von Fortschritten.'

const { article, names } = analyseSnippet(TEXT)
const body = article.sentences.filter((sentence) => sentence.kind === 'sentence')

/** A sentence whose evidence is the given analysed sentences of the snippet. */
function claim(de: string, en: string, ...evidence: number[]): SummarySentence {
  return { de, en, rule: 'test', evidence: evidence.map((i) => ({ start: body[i].start, end: body[i].end })) }
}

const check = (sentence: SummarySentence) => guardSentence(sentence, article, names)

describe('faithfulness guard', () => {
  const faithful = claim(
    'Die Ukraine und Russland haben sich in Abu Dhabi unter Vermittlung der USA auf den Austausch von 314 Kriegsgefangenen geeinigt.',
    'Ukraine and Russia agreed in Abu Dhabi, with mediation by the United States, to exchange 314 prisoners of war.',
    0,
  )

  it('accepts a faithful sentence (names in both languages, the number as written)', () => {
    expect(check(faithful)).to.deep.equal([])
  })

  it('rejects a wrong number, in either language', () => {
    expect(check({ ...faithful, en: faithful.en.replace('314', '341') })).to.deep.equal(['en: number 341 is not in the evidence'])
    expect(check({ ...faithful, de: faithful.de.replace('314', '315') })).to.deep.equal(['de: number 315 is not in the evidence'])
  })

  it('rejects a number word that the evidence does not give', () => {
    const killed = claim('Bei dem Angriff wurden zwei Menschen getötet.', 'Two people were killed.', 2)
    expect(check(killed)).to.deep.equal([])
    expect(check({ ...killed, en: 'Three people were killed.' })).to.deep.equal(['en: number 3 is not in the evidence'])
  })

  it('normalises number formats: 55.000 = 55,000', () => {
    expect(check(claim('Selenskyj nannte rund 55.000 getötete Soldaten.', 'Zelensky put the number of Ukrainian soldiers killed at about 55,000.', 1))).to.deep.equal([])
    expect(check(claim('Selenskyj nannte rund 56.000 getötete Soldaten.', 'Zelensky put the number at about 56,000.', 1))).to.have.length(2)
  })

  it('rejects a name that is not in the evidence: one the article names elsewhere, and one it never names', () => {
    const witkoff = check({ ...faithful, en: faithful.en.replace('agreed', 'agreed, Steve Witkoff said,') })
    expect(witkoff).to.have.length(1)
    expect(witkoff).to.deep.equal(['en: name Steve Witkoff is not in the evidence'])
    const berlin = check({ ...faithful, de: faithful.de.replace('Abu Dhabi', 'Berlin') })
    expect(berlin).to.deep.equal(['de: name Berlin is not in the evidence'])
  })

  it('lets a country adjective support the country (russische Soldaten → Russia), and nothing else', () => {
    expect(check(claim('Selenskyj nannte getötete ukrainische Soldaten.', 'Zelensky named Ukrainian soldiers from Ukraine.', 1))).to.deep.equal([])
    expect(check(claim('Selenskyj nannte getötete Soldaten aus Polen.', 'Zelensky named soldiers from Poland.', 1))).to.have.length(2)
  })

  it('rejects a wrong date; accepts the date the evidence gives (am Donnerstag = 5 February 2026)', () => {
    expect(check({ ...faithful, en: faithful.en.replace('agreed', 'agreed on 5 February 2026') })).to.deep.equal([])
    expect(check({ ...faithful, en: faithful.en.replace('agreed', 'agreed on 6 February 2026') })).to.deep.equal(['en: date 6 February 2026 is not in the evidence'])
    expect(check({ ...faithful, de: faithful.de.replace('geeinigt', 'am 4. März 2026 geeinigt') })).to.deep.equal(['de: date 4. März 2026 is not in the evidence'])
  })

  it('rejects a weekday the evidence does not give', () => {
    expect(check({ ...faithful, en: faithful.en.replace('agreed', 'agreed on Thursday') })).to.deep.equal([])
    expect(check({ ...faithful, en: faithful.en.replace('agreed', 'agreed on Friday') })).to.deep.equal(['en: weekday Friday is not in the evidence'])
    expect(check({ ...faithful, de: faithful.de.replace('haben sich', 'haben sich am Montag') })).to.deep.equal(['de: weekday Montag is not in the evidence'])
  })
})
