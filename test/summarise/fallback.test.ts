/** When no rule fires: an informative German lead, a template sentence in English, boilerplate never used. */
import { expect } from 'chai'
import { createTranslator } from '../../src/i18n.ts'
import { loadRules, summariseArticle } from '../../src/summarise/index.ts'
import { cleanLeadSentence } from '../../src/summarise/fallback.ts'
import { analyseSnippet } from '../../src/summarise/evaluate/example.ts'
import { germanWordsInEnglish } from '../../src/summarise/evaluate/metrics.ts'

const rules = await loadRules()
const translator = createTranslator()

const FEATURE = [
  'Berlin, 05. Feb (dpa) - Der Frühling lässt in Berlin auf sich warten.',
  'Im Tiergarten blühen erst wenige Krokusse, sagte der Botaniker Hans Meier.',
  'Die Gärtner rechnen mit den ersten Blüten in zwei Wochen.',
  '',
  'Foto: Max Mustermann/dpa',
  '',
  '© dpa-infocom, dpa:260205-99-123456/3',
].join('\n')

function summarise(text: string) {
  const { article, names } = analyseSnippet(text)
  return { article, names, summary: summariseArticle(article, rules, translator, names) }
}

describe('fallback summary', () => {
  const { article, summary } = summarise(FEATURE)
  const [sentence] = summary.sentences

  it('is used when no rule fires, and is never empty', () => {
    expect(summary.extracted).to.deep.equal([])
    expect(summary.sentences).to.have.length(1)
    expect(sentence.rule).to.equal('fallback')
    expect(sentence.de.trim()).to.not.equal('')
    expect(sentence.en.trim()).to.not.equal('')
  })

  it('German: the informative lead sentences as written, without the dateline', () => {
    expect(sentence.de).to.equal('Der Frühling lässt in Berlin auf sich warten. Im Tiergarten blühen erst wenige Krokusse, sagte der Botaniker Hans Meier.')
  })

  it('English: a template sentence from the date and the salient names, with no German word', () => {
    expect(sentence.en).to.equal('Report of 5 February 2026 on Berlin and Hans Meier.')
    expect(germanWordsInEnglish(sentence.en, ['Berlin', 'Hans Meier'])).to.deep.equal([])
  })

  it('never draws on the dateline, the photo credit or the agency trailer', () => {
    const text = sentence.de + ' ' + sentence.en
    for (const boilerplate of ['dpa', 'Foto', 'Mustermann', '©', 'infocom']) expect(text).to.not.contain(boilerplate)
    const boiler = article.sentences.filter((segment) => segment.kind !== 'sentence')
    expect(boiler.map((segment) => segment.kind).sort()).to.deep.equal(['credit', 'dateline', 'trailer'])
    for (const span of sentence.evidence) for (const segment of boiler) expect(span.end <= segment.start || span.start >= segment.end, segment.text).to.equal(true)
  })

  it('still says something for an article with a title only', () => {
    const { summary: empty } = summarise('Ohne Worte')
    expect(empty.sentences).to.have.length(1)
    expect(empty.sentences[0].de).to.not.equal('')
    expect(empty.sentences[0].en).to.match(/^Report of 5 February 2026/)
  })

  it('cleans a lead sentence: Markdown marks and a leading connective go', () => {
    expect(cleanLeadSentence('Doch die **Bayern** führten die Entscheidung herbei.')).to.equal('Die Bayern führten die Entscheidung herbei.')
    // An adverb in first position keeps its place: without it the verb would come first.
    expect(cleanLeadSentence('Zudem seien [drei Zivilisten](https://example.org) zurückgekehrt')).to.equal('Zudem seien drei Zivilisten zurückgekehrt.')
  })
})
