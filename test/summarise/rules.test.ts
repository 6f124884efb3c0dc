/**
 * Every summary rule's own examples, run generically through analysis, the engine
 * and realisation: the engine knows no rule by name, and neither does this test.
 */
import { expect } from 'chai'
import { createTranslator } from '../../src/i18n.ts'
import { loadRules } from '../../src/summarise/index.ts'
import { renderExample } from '../../src/summarise/evaluate/example.ts'
import { ruleFiles } from '../../src/summarise/rules/load.ts'

const rules = await loadRules()
const translator = createTranslator()

describe('summary rules', () => {
  it('there is one rule per file, each with examples that fire and examples that must not', () => {
    expect(rules.length).to.equal(ruleFiles().length)
    for (const rule of rules) {
      expect(rule.examples.filter((example) => example.expect).length, rule.id).to.be.at.least(2)
      expect(rule.examples.filter((example) => !example.expect).length, rule.id).to.be.at.least(1)
    }
  })

  for (const rule of rules) {
    describe(rule.id, () => {
      for (const example of rule.examples) {
        it(`${example.expect ? 'renders' : 'ignores'}: ${example.text.slice(0, 90)}`, () => {
          const rendered = renderExample(rule, example.text, translator)
          if (!example.expect) expect(rendered, 'must not fire').to.deep.equal([])
          else expect(rendered, JSON.stringify(rendered, null, 1)).to.deep.include(example.expect)
        })
      }
    })
  }
})
