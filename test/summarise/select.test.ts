import { expect } from 'chai'
import type { Fact, SlotValue } from '../../src/types.ts'
import { isRedundant, refines, type Candidate } from '../../src/summarise/select.ts'

function candidate(frame: string, de: string, slots: Record<string, SlotValue>): Candidate {
  const fact: Fact = { rule: frame, frame, slots, sentence: 0, evidence: [{ start: 0, end: 1 }], score: 10 }
  return { fact, sentence: { de, en: de, rule: frame, evidence: fact.evidence } }
}

const count = (value: number, approx?: string): SlotValue => ({ kind: 'number', value, text: String(value), approx })

describe('summary selection', () => {
  it('an exact figure refines a rounded one at the rounded figure’s step, in its qualifier’s direction', () => {
    expect(refines(248, { value: 200, approx: 'more-than' })).to.equal(true)
    expect(refines(54_700, { value: 55_000, approx: 'about' })).to.equal(true)
    expect(refines(2_960, { value: 3_000, approx: 'almost' })).to.equal(true)
    // Another magnitude, the wrong side of the qualifier, or a figure that is not rounded.
    expect(refines(348, { value: 200, approx: 'more-than' })).to.equal(false)
    expect(refines(190, { value: 200, approx: 'more-than' })).to.equal(false)
    expect(refines(3_040, { value: 3_000, approx: 'almost' })).to.equal(false)
    expect(refines(158, { value: 157, approx: 'more-than' })).to.equal(false)
  })

  it('leaves out a fact whose figure only makes a rounded figure of the same frame precise', () => {
    const said = candidate('prisonerRelease', 'Jeweils mehr als 200 Soldaten kamen frei.', { count: count(200, 'more-than') })
    const precise = candidate('prisonerRelease', '248 russische Soldaten kamen frei.', { count: count(248) })
    expect(isRedundant(precise, [said])).to.equal(true)
    // A figure of another frame (injured, not released) is news.
    const other = candidate('attackCasualties', '248 Menschen wurden verletzt.', { injured: count(248) })
    expect(isRedundant(other, [said])).to.equal(false)
    // And a rounded figure refines nothing when the said figure was exact.
    const exact = candidate('prisonerRelease', '200 Soldaten kamen frei.', { count: count(200) })
    expect(isRedundant(precise, [exact])).to.equal(false)
  })
})
