import { expect } from 'chai'
import { englishNounPhrase, germanNounPhrase, germanRoleNominative } from '../../src/summarise/grammar/index.ts'

describe('summary grammar', () => {
  it('puts German names with an article into the case a preposition wants', () => {
    expect(germanNounPhrase('USA', 'gen')).to.equal('der USA')
    expect(germanNounPhrase('Ukraine', 'dat')).to.equal('der Ukraine')
    expect(germanNounPhrase('Vereinigte Arabische Emirate', 'dat')).to.equal('den Vereinigten Arabischen Emiraten')
    expect(germanNounPhrase('Vereinigte Arabische Emirate', 'gen')).to.equal('der Vereinigten Arabischen Emirate')
    expect(germanNounPhrase('Kreml', 'gen')).to.equal('des Kremls')
    expect(germanNounPhrase('Internationaler Währungsfonds', 'nom')).to.equal('der Internationale Währungsfonds')
    expect(germanNounPhrase('FC Bayern München', 'acc')).to.equal('den FC Bayern München')
  })

  it('leaves names without an article bare, with the Saxon genitive', () => {
    expect(germanNounPhrase('Russland', 'dat')).to.equal('Russland')
    expect(germanNounPhrase('Russland', 'gen')).to.equal('Russlands')
    expect(germanNounPhrase('Paris', 'gen')).to.equal('Paris’')
  })

  it('puts a role before a name with the weak adjective ending after der', () => {
    expect(germanRoleNominative('ukrainischer Präsident', false)).to.equal('der ukrainische Präsident')
    expect(germanRoleNominative('US-Sondergesandter', false)).to.equal('der US-Sondergesandte')
    expect(germanRoleNominative('Bürgermeister', false)).to.equal('Bürgermeister')
    expect(germanRoleNominative('Leiter der militärischen Administration der Region Charkiw', false)).to.equal(null)
  })

  it('gives English names the article they take', () => {
    expect(englishNounPhrase('United States')).to.equal('the United States')
    expect(englishNounPhrase('Ukraine')).to.equal('Ukraine')
  })
})
