import { expect } from 'chai'
import { tokenize } from '../../../src/analyse/text/index.ts'

const shape = (text: string, start?: number, end?: number) => tokenize(text, start, end).map((t) => `${t.text}:${t.kind}`)

describe('tokenize', () => {
  it('keeps internal hyphens and apostrophes in words', () => {
    expect(shape("Kreml-Sprecher US-Denkfabrik Selenskyjs Cavosoglu D'Artagnan")).to.deep.equal([
      'Kreml-Sprecher:word',
      'US-Denkfabrik:word',
      'Selenskyjs:word',
      'Cavosoglu:word',
      "D'Artagnan:word",
    ])
  })

  it('reads German numbers, times and scores as one number token', () => {
    expect(shape('55.000 1,2 2:0 16:30 2.828 16.30')).to.deep.equal(['55.000:number', '1,2:number', '2:0:number', '16:30:number', '2.828:number', '16.30:number'])
  })

  it('reads a compound that begins with digits as a word', () => {
    expect(shape('ein 15-Punkte-Plan')).to.deep.equal(['ein:word', '15-Punkte-Plan:word'])
  })

  it('separates punctuation, quotes and symbols', () => {
    expect(shape('„gute Nachricht“, 8,7 % und 5 € oder $.')).to.deep.equal([
      '„:quote',
      'gute:word',
      'Nachricht:word',
      '“:quote',
      ',:punct',
      '8,7:number',
      '%:symbol',
      'und:word',
      '5:number',
      '€:symbol',
      'oder:word',
      '$:symbol',
      '.:punct',
    ])
    expect(shape("«taz» »so« 'unsere' ‚dort‘")).to.deep.equal([
      '«:quote', 'taz:word', '»:quote', '»:quote', 'so:word', '«:quote', "':quote", 'unsere:word', "':quote", '‚:quote', 'dort:word', '‘:quote',
    ])
  })

  it('keeps domains, URLs and a minute mark apart from the sentence period', () => {
    expect(shape('meldet swissinfo.ch (82.).')).to.deep.equal(['meldet:word', 'swissinfo.ch:word', '(:punct', '82:number', '.:punct', '):punct', '.:punct'])
    expect(shape('Siehe https://taz.de/a/!598/.')).to.deep.equal(['Siehe:word', 'https://taz.de/a/!598/:word', '.:punct'])
  })

  it('keeps ellipses together and a suspended hyphen on its word', () => {
    expect(shape('Heiz- und Stromanlagen ... dann …')).to.deep.equal(['Heiz-:word', 'und:word', 'Stromanlagen:word', '...:punct', 'dann:word', '…:punct'])
  })

  it('gives offsets into the whole text when tokenising a range', () => {
    const text = 'Kiew, 05. Feb (Reuters) - Die Ukraine'
    const tokens = tokenize(text, 26)
    expect(tokens.map((t) => [t.text, t.start, t.end])).to.deep.equal([
      ['Die', 26, 29],
      ['Ukraine', 30, 37],
    ])
    expect(tokenize(text, 0, 4).map((t) => t.text)).to.deep.equal(['Kiew'])
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).to.equal(t.text)
  })
})
