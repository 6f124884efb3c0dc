import { expect } from 'chai'
import type { Fact, SlotValue } from '../../src/types.ts'
import { isMinor, isRedundant, refines, saysNothingNew, selectFacts, type Candidate } from '../../src/summarise/select.ts'

function candidate(frame: string, de: string, slots: Record<string, SlotValue>, score = 10, sentence = 0): Candidate {
  const fact: Fact = { rule: frame, frame, slots, sentence, evidence: [{ start: sentence, end: sentence + 1 }], score }
  return { fact, sentence: { de, en: de, rule: frame, evidence: fact.evidence } }
}

const count = (value: number, approx?: string): SlotValue => ({ kind: 'number', value, text: String(value), approx })
const text = (key: string): SlotValue => ({ kind: 'text', de: key })
const parties: SlotValue = { kind: 'entities', keys: ['cldr:UA', 'cldr:RU'] }
const soldiers = text('soldiers')

/** Runs the selection over ready candidates; returns the German sentences chosen. */
function select(...candidates: Candidate[]): string[] {
  const byFact = new Map(candidates.map((one) => [one.fact, one.sentence]))
  return selectFacts(
    candidates.map((one) => one.fact),
    (fact) => byFact.get(fact) ?? null,
  ).map((chosen) => chosen.sentence.de)
}

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

  it('leaves out a figure for one side that is half a two-sided total already said', () => {
    const total = candidate('exchangeAgreement', 'Die Ukraine und Russland einigten sich auf den Austausch von 314 Gefangenen.', { count: count(314), parties })
    const oneSide = candidate('prisonerRelease', '157 russische Soldaten kehrten zurück.', { count: count(157), counted: soldiers, side: text('country:RU') })
    const each = candidate('prisonerExchange', 'Der Austausch umfasste jeweils 157 Soldaten.', { count: count(157), counted: soldiers, each: text('eachSide') })
    expect(isRedundant(oneSide, [total])).to.equal(true)
    expect(isRedundant(each, [total])).to.equal(true)
    // Not half of it, or the total is not between two sides: news.
    const other = candidate('prisonerRelease', '120 russische Soldaten kehrten zurück.', { count: count(120), counted: soldiers, side: text('country:RU') })
    expect(isRedundant(other, [total])).to.equal(false)
    const threeParties = candidate('exchangeAgreement', 'Drei Staaten einigten sich auf 314.', { count: count(314), parties: { kind: 'entities', keys: ['a', 'b', 'c'] } })
    expect(isRedundant(oneSide, [threeParties])).to.equal(false)
  })

  it('lets a rounded two-sided total take the place of the per-side figure chosen before it', () => {
    const total = candidate('prisonerRelease', 'Mehr als 400 ukrainische und russische Soldaten kehrten zurück.', { count: count(400, 'more-than'), counted: soldiers, sides: text('country:UA,RU') }, 11, 1)
    const each = candidate('prisonerRelease', 'Jeweils mehr als 200 Soldaten kamen frei.', { count: count(200, 'more-than'), counted: soldiers, each: text('eachSide') }, 12, 2)
    const precise = candidate('prisonerRelease', '248 russische Soldaten kamen frei.', { count: count(248), counted: soldiers, side: text('country:RU') }, 10.5, 3)
    expect(select(total, each, precise)).to.deep.equal(['Mehr als 400 ukrainische und russische Soldaten kehrten zurück.'])
  })

  it('leaves out a count of people far below one the summary gives', () => {
    const main = candidate('exchangeAgreement', '314 Gefangene.', { count: count(314), counted: text('prisoners') })
    const civilians = candidate('prisonerRelease', 'Drei Zivilisten kehrten zurück.', { count: count(3), counted: text('civilians') })
    const soldiersBack = candidate('prisonerRelease', '40 Soldaten kehrten zurück.', { count: count(40), counted: soldiers })
    expect(isMinor(civilians.fact, [main.fact])).to.equal(true)
    expect(isMinor(soldiersBack.fact, [main.fact])).to.equal(false)
    // A figure that counts no people (drones) is not compared.
    const drones = candidate('weaponsLaunched', '20 Drohnen.', { count: count(20) })
    expect(isMinor(drones.fact, [main.fact])).to.equal(false)
  })

  it('says one record or first-since claim per summary', () => {
    const release = candidate('prisonerRelease', 'Beim größten Austausch seit Kriegsbeginn kehrten 400 Soldaten zurück.', { count: count(400), rank: text('largestSinceWarStart') })
    const first = candidate('novelty', 'Es war der erste Austausch seit fünf Monaten.', { rank: text('first'), duration: count(5) })
    expect(isRedundant(first, [release])).to.equal(true)
    const plain = candidate('prisonerRelease', 'Es kehrten 400 Soldaten zurück.', { count: count(400) })
    expect(isRedundant(first, [plain])).to.equal(false)
  })

  it('prefers the same fact with more said (who said it) over the one chosen first', () => {
    const bare = candidate('exchangeAgreement', 'Einigung auf 314.', { count: count(314), parties }, 12, 1)
    const attributed = candidate('exchangeAgreement', 'Einigung auf 314, sagte Witkoff.', { count: count(314), parties, source: { kind: 'entity', key: 'witkoff' } }, 11, 2)
    expect(select(bare, attributed)).to.deep.equal(['Einigung auf 314, sagte Witkoff.'])
  })

  it('lists no key fact whose names stand in the same roles in a fact already said', () => {
    const agreement = candidate('exchangeAgreement', 'x', { count: count(314), parties, mediator: { kind: 'entity', key: 'usa' } }).fact
    const mediation = candidate('mediation', 'Die USA vermittelten.', { mediator: { kind: 'entity', key: 'usa' }, what: text('negotiations') }).fact
    const otherMediator = candidate('mediation', 'Katar vermittelte.', { mediator: { kind: 'entity', key: 'qatar' }, what: text('negotiations') }).fact
    expect(saysNothingNew(mediation, [agreement])).to.equal(true)
    expect(saysNothingNew(otherMediator, [agreement])).to.equal(false)
  })
})
