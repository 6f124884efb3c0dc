import { expect } from 'chai'
import abbreviations from '../../../src/analyse/text/data/abbreviations.json' with { type: 'json' }
import months from '../../../src/analyse/text/data/months.json' with { type: 'json' }
import weekdays from '../../../src/analyse/text/data/weekdays.json' with { type: 'json' }
import numberWords from '../../../src/analyse/text/data/number-words.json' with { type: 'json' }
import approximators from '../../../src/analyse/text/data/approximators.json' with { type: 'json' }
import agencies from '../../../src/analyse/text/data/agencies.json' with { type: 'json' }
import openers from '../../../src/analyse/text/data/sentence-openers.json' with { type: 'json' }

const words = (list: unknown) => {
  expect(list).to.be.an('array').that.is.not.empty
  for (const w of list as unknown[]) expect(w).to.be.a('string').that.matches(/^\S(.*\S)?$/)
  return list as string[]
}
const lowerCase = (list: string[]) => {
  for (const w of list) expect(w, w).to.equal(w.toLowerCase())
}

describe('analyse/text data files', () => {
  it('abbreviations are written without their period and do not overlap between classes', () => {
    const prefix = words(abbreviations.prefix)
    const any = words(abbreviations.any)
    for (const w of [...prefix, ...any]) expect(w.endsWith('.'), w).to.equal(false)
    for (const w of prefix) expect(any, w).not.to.include(w)
    words(abbreviations.finalCapableSuffixes)
  })

  it('month names cover all twelve months; abbreviations map into them', () => {
    expect(new Set(Object.values(months.names))).to.have.lengthOf(12)
    for (const [name, month] of Object.entries({ ...months.names, ...months.abbreviations })) {
      expect(name, name).to.equal(name.toLowerCase())
      expect(month).to.be.within(1, 12)
    }
  })

  it('weekdays cover ISO weekdays 1 to 7', () => {
    expect(new Set(Object.values(weekdays.names))).to.deep.equal(new Set([1, 2, 3, 4, 5, 6, 7]))
    lowerCase(words(weekdays.timeOfDaySuffixes))
  })

  it('number words hold the values their names say', () => {
    expect(Object.values(numberWords.units).sort((a, b) => a - b)).to.deep.equal([1, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(Object.values(numberWords.teens)).to.deep.equal([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
    for (const v of Object.values(numberWords.tens)) expect(v % 10).to.equal(0)
    for (const v of Object.values(numberWords.multipliers)) expect(v).to.be.at.least(1000)
    lowerCase(words(numberWords.adjectiveSuffixes))
  })

  it('approximators use only the NumberMatch approx kinds and are lower case', () => {
    const kinds = Object.keys(approximators).filter((k) => !k.startsWith('$'))
    expect(kinds).to.have.members(['about', 'almost', 'more-than', 'at-least', 'up-to'])
    for (const k of kinds) lowerCase(words((approximators as Record<string, unknown>)[k]))
  })

  it('agency, credit and byline lists are lower case', () => {
    for (const key of ['agencies', 'trailerMarks', 'creditLabels', 'creditMarkers', 'photoSources', 'bylineLabels', 'bylineGenres'] as const) lowerCase(words(agencies[key]))
  })

  it('sentence openers are capitalised; the other context lists are lower case', () => {
    for (const w of words(openers.openers)) expect(w[0], w).to.equal(w[0].toUpperCase())
    for (const key of ['ordinalDeterminers', 'yearPrepositions', 'monthPrepositions', 'lineContinuers'] as const) lowerCase(words(openers[key]))
    for (const [phrase, offset] of Object.entries(openers.relativeYears)) {
      expect(phrase).to.equal(phrase.toLowerCase())
      expect(offset).to.be.oneOf([-1, 0, 1])
    }
  })
})
