/**
 * Gated triggers (rule.ts `gated`, issue 7) must fire exactly where their pattern does: the
 * gate is a word every match contains. Checked over every rule's examples and the sentences
 * of the evaluation corpus, and on texts made to hold the gate without the pattern.
 */
import { expect } from 'chai'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadRules } from '../../src/summarise/index.ts'
import { gated, gateOf } from '../../src/summarise/rule.ts'

const rules = await loadRules()
const rawDir = fileURLToPath(new URL('../corpus/raw/', import.meta.url))
const corpus = readdirSync(rawDir)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => readFileSync(rawDir + name, 'utf8').split(/(?<=[.!?])\s+|\n+/))
const texts = [...rules.flatMap((rule) => rule.examples.map((example) => example.text)), ...corpus]

describe('gated triggers', () => {
  it('match exactly where the pattern matches, and the gate holds wherever the pattern does', () => {
    const checked = rules.filter((rule) => gateOf(rule.trigger))
    expect(checked.length).to.be.at.least(1)
    for (const rule of checked) {
      const { gate, pattern } = gateOf(rule.trigger)!
      for (const text of texts) {
        expect(rule.trigger.test(text), `${rule.id}: ${text}`).to.equal(pattern.test(text))
        if (pattern.test(text)) expect(gate.test(text), `${rule.id} gate: ${text}`).to.equal(true)
      }
    }
  })

  it('turn down a text that holds the gate but not the pattern, anywhere in it', () => {
    const trigger = gated(/\d:\d/, /\bsiegte\b[^.]*\b\d:\d\b/)
    expect(trigger.test('Es stand 2:1.')).to.equal(false)
    expect(trigger.test('Es stand 2:1, dann siegte Dortmund 3:1.')).to.equal(true)
    expect(trigger.test('Dortmund siegte\nam Ende 3:1')).to.equal(true)
    expect(trigger.test('Dortmund siegte deutlich.')).to.equal(false)
  })
})
