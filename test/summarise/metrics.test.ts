import { expect } from 'chai'
import { germanWordsInEnglish, keyFactCoverage, rouge1, rougeL, tokens } from '../../src/summarise/evaluate/metrics.ts'
import { withoutTeaser } from '../../src/summarise/evaluate/evaluate.ts'

describe('summary metrics', () => {
  it('tokenizes German words whole, with ä, ö, ü and ß', () => {
    expect(tokens('Größter Gefangenenaustausch: 314 Männer, Straße!')).to.deep.equal(['größter', 'gefangenenaustausch', '314', 'männer', 'straße'])
  })

  it('ROUGE-1 counts clipped unigram overlap', () => {
    const score = rouge1('die Ukraine die Ukraine', 'die Ukraine und Russland')
    expect(score.precision).to.equal(0.5)
    expect(score.recall).to.equal(0.5)
  })

  it('ROUGE-L is summary-level: the union of LCS hits per reference sentence', () => {
    const reference = 'Ukraine und Russland tauschen Gefangene aus. Die Einigung erfolgt in Abu Dhabi.'
    expect(rougeL(reference, reference).f1).to.equal(1)
    // Sentence order does not matter at summary level.
    expect(rougeL('Die Einigung erfolgt in Abu Dhabi. Ukraine und Russland tauschen Gefangene aus.', reference).f1).to.equal(1)
    const partial = rougeL('Russland und Ukraine tauschen aus.', reference)
    // Longest common subsequence with the first sentence: 3 of `und/ukraine/russland` + `tauschen aus`.
    expect(partial.precision).to.equal(3 / 5)
    expect(partial.recall).to.equal(3 / 12)
  })

  it('ROUGE-L counts a candidate word shared by several reference sentences only once (ROUGE-1.5.5 clipping)', () => {
    // `russland` is in the LCS of both reference sentences but occurs once in the candidate.
    const score = rougeL('Russland tauscht und zahlt.', 'Russland tauscht. Russland zahlt.')
    expect(score.precision).to.equal(3 / 4)
    expect(score.recall).to.equal(3 / 4)
  })

  it('counts a key fact covered when any alternative occurs, ignoring case', () => {
    expect(keyFactCoverage('Two people were killed in Kharkiv.', ['Kharkiv', 'two|2', 'injured|wounded'])).to.deep.equal({ covered: ['Kharkiv', 'two|2'], missing: ['injured|wounded'] })
  })

  it('finds German words in English, but not in names', () => {
    expect(germanWordsInEnglish('Thomas Müller scored für Bayern und won.', ['Thomas Müller'])).to.deep.equal(['für', 'und'])
  })

  it('drops the lines that repeat the teaser', () => {
    expect(withoutTeaser('Titel\nDer Teaser.\nDer Text.', 'Der Teaser.')).to.equal('Titel\nDer Text.')
  })
})
