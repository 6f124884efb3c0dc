import { expect } from 'chai'
import { findNumbers, parseGermanNumber } from '../../../src/analyse/text/index.ts'

/** [value, text, approx] of every number found. */
const found = (text: string) => findNumbers(text).map((n) => (n.approx === undefined ? [n.value, n.text] : [n.value, n.text, n.approx]))

describe('parseGermanNumber', () => {
  it('reads German digit grouping and decimal commas', () => {
    expect(parseGermanNumber('55.000')).to.equal(55000)
    expect(parseGermanNumber('2.828')).to.equal(2828)
    expect(parseGermanNumber('1.200')).to.equal(1200)
    expect(parseGermanNumber('8,7')).to.equal(8.7)
    expect(parseGermanNumber('1.234.567,89')).to.equal(1234567.89)
    expect(parseGermanNumber("1'000")).to.equal(1000)
    expect(parseGermanNumber('2022')).to.equal(2022)
  })

  it('applies multipliers and signs', () => {
    expect(parseGermanNumber('1,2 Millionen')).to.equal(1200000)
    expect(parseGermanNumber('5 Mio.')).to.equal(5000000)
    expect(parseGermanNumber('3 Mrd.')).to.equal(3000000000)
    expect(parseGermanNumber('minus 20')).to.equal(-20)
  })

  it('reads number words', () => {
    expect(parseGermanNumber('zwei')).to.equal(2)
    expect(parseGermanNumber('zwölf')).to.equal(12)
    expect(parseGermanNumber('zwanzig')).to.equal(20)
    expect(parseGermanNumber('hundert')).to.equal(100)
    expect(parseGermanNumber('tausend')).to.equal(1000)
    expect(parseGermanNumber('dreiundzwanzig')).to.equal(23)
    expect(parseGermanNumber('zweihundertfünfzig')).to.equal(250)
    expect(parseGermanNumber('dreitausendeins')).to.equal(3001)
  })

  it('refuses what is not a German number', () => {
    expect(parseGermanNumber('16.30')).to.equal(null)
    expect(parseGermanNumber('2:0')).to.equal(null)
    expect(parseGermanNumber('ein')).to.equal(null)
    expect(parseGermanNumber('Tausende')).to.equal(null)
    expect(parseGermanNumber('1,2 Äpfel')).to.equal(null)
    expect(parseGermanNumber('')).to.equal(null)
  })
})

describe('findNumbers', () => {
  it('finds the seed article numbers with their approximations', () => {
    expect(found('Selenskyj bezifferte die Zahl auf rund 55.000.')).to.deep.equal([[55000, 'rund 55.000', 'about']])
    expect(found('Auf russischer Seite gab es fast 1,2 Millionen Opfer.')).to.deep.equal([[1200000, 'fast 1,2 Millionen', 'almost']])
    expect(found('entlang der rund 1200 Kilometer langen Frontlinie')).to.deep.equal([[1200, 'rund 1200', 'about']])
    expect(found('die Freilassung von insgesamt 314 Kriegsgefangenen')).to.deep.equal([[314, '314']])
  })

  it('finds percentages, grouped numbers and years', () => {
    expect(found('noch um 8,7 Prozent gestiegen')).to.deep.equal([[8.7, '8,7']])
    expect(found('bereits 2.828 ihrer Bürger')).to.deep.equal([[2828, '2.828']])
    expect(found('im Schlussquartal 2022')).to.deep.equal([[2022, '2022']])
  })

  it('marks every kind of approximation', () => {
    expect(found('Mehr als 400 Soldaten')).to.deep.equal([[400, 'Mehr als 400', 'more-than']])
    expect(found('mindestens 15 Verletzte')).to.deep.equal([[15, 'mindestens 15', 'at-least']])
    expect(found('über 4.000 Ukrainer')).to.deep.equal([[4000, 'über 4.000', 'more-than']])
    expect(found('ca. 10 Leute')).to.deep.equal([[10, 'ca. 10', 'about']])
    expect(found('etwa 30 Menschen')).to.deep.equal([[30, 'etwa 30', 'about']])
    expect(found('seit knapp fünf Monaten')).to.deep.equal([[5, 'knapp fünf', 'almost']])
    expect(found('bis zu minus 20 Grad')).to.deep.equal([[-20, 'bis zu minus 20', 'up-to']])
  })

  it('applies Mio. and Mrd. and keeps their period in the match', () => {
    expect(found('Es kostet 5 Mio. Euro und 3 Mrd. Dollar.')).to.deep.equal([
      [5000000, '5 Mio.'],
      [3000000000, '3 Mrd.'],
    ])
    expect(found('zwei Millionen Menschen')).to.deep.equal([[2000000, 'zwei Millionen']])
    expect(found('mehr als eine Million Flüchtlinge')).to.deep.equal([[1000000, 'mehr als eine Million', 'more-than']])
  })

  it('finds number words, also inside adjectives and digit compounds', () => {
    expect(found('Zwei Tote und drei Verletzte, zwölf Häuser, zwanzig Autos, hundert Bäume, tausend Fenster')).to.deep.equal([
      [2, 'Zwei'],
      [3, 'drei'],
      [12, 'zwölf'],
      [20, 'zwanzig'],
      [100, 'hundert'],
      [1000, 'tausend'],
    ])
    expect(findNumbers('ihre zweitägigen Gespräche')).to.deep.equal([{ value: 2, text: 'zwei', start: 5, end: 9 }])
    expect(found('an einem 15-Punkte-Plan')).to.deep.equal([[15, '15']])
  })

  it('skips vague plurals, articles, ordinals, minute marks, times and scores', () => {
    expect(found('Tausende flohen, hunderttausende Haushalte, Hunderte Soldaten')).to.deep.equal([])
    expect(found('ein Mann und eine Frau')).to.deep.equal([])
    expect(found('am 24. Februar, der 2. Weltkrieg, traf (82.)')).to.deep.equal([])
    expect(found('um 16:30 Uhr, um 16.30 Uhr, zum 2:0')).to.deep.equal([])
  })

  it('gives offsets into the text', () => {
    const text = 'Es waren fast 1,2 Millionen.'
    for (const n of findNumbers(text)) expect(text.slice(n.start, n.end)).to.equal(n.text)
    expect(findNumbers(text)[0]).to.include({ start: 9, end: 27 })
  })
})
