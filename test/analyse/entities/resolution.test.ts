/**
 * The tricky cases of issue 3 inside one article: genitives, family names alone and
 * full names are one entity; adjectives are not mentions; names inside hyphenated
 * compounds; inflected multi-word names; metonymy decided by the article's mentions.
 * With the project lexicon, as the pipeline runs.
 */
import { expect } from 'chai'
import { analyseSnippet, entitiesOf, entityNamed, withoutLexicon } from './helpers.ts'

describe('entities within an article (with the lexicon)', () => {
  it('makes full name, family name and genitive one entity, with the full name as its name', () => {
    const body = 'Der ukrainische Präsident Wolodymyr Selenskyj sprach. Selenskyj bestätigte das. Selenskyjs Berater schwieg.'
    const entity = entityNamed(body, 'Wolodymyr Selenskyj')
    expect(entitiesOf(body)).to.deep.equal(['person:Wolodymyr Selenskyj'])
    expect(entity?.surfaces).to.deep.equal(['Selenskyj', 'Selenskyjs', 'Wolodymyr Selenskyj'])
    expect(entity?.roles.map((role) => [role.de, role.en])).to.deep.equal([['ukrainischer Präsident', 'Ukrainian President']])
  })

  it('merges the genitive of a place and of a person: Russlands, Witkoffs', () => {
    const body = 'Vertreter Russlands trafen den US-Sondergesandten Steve Witkoff in Russland. Die Mission Witkoffs zeigt das.'
    expect(entitiesOf(body)).to.deep.equal(['person:Steve Witkoff', 'place:Russland', 'place:USA'])
    expect(entityNamed(body, 'Russland')?.surfaces).to.deep.equal(['Russland', 'Russlands'])
    expect(entityNamed(body, 'Steve Witkoff')?.surfaces).to.deep.equal(['Steve Witkoff', 'Witkoffs'])
  })

  it('takes adjectives for no mention: russische, ukrainischen, Kiewer', () => {
    expect(entitiesOf('Die russische Armee griff die ukrainischen Stellungen an, aus Kiewer Sicht ein Bruch.')).to.deep.equal([])
  })

  it('finds the names inside hyphenated compounds: Kreml-Sprecher, US-Denkfabrik, Donbass-Gebiet, Putin-Selenskyj', () => {
    const body = 'Kreml-Sprecher Dmitri Peskow nannte die US-Denkfabrik CSIS parteiisch. Kiew soll das Donbass-Gebiet aufgeben, ein Gipfel Putin-Selenskyj ist offen.'
    expect(entitiesOf(body)).to.deep.equal([
      'organization:CSIS',
      'organization:Kreml',
      'person:Dmitri Peskow',
      'person:Wladimir Putin',
      'person:Wolodymyr Selenskyj',
      'place:Donbass',
      'place:Kiew',
      'place:USA',
    ])
    expect(entityNamed(body, 'USA')?.surfaces).to.deep.equal(['US'])
  })

  it('puts inflected multi-word names into their base form', () => {
    const body = 'Die Ukraine verteidigt die Sicherheit der Europäischen Union. Vermittelt haben die Vereinigten Arabischen Emirate und das Internationale Komitee vom Roten Kreuz.'
    expect(entitiesOf(body)).to.deep.equal([
      'organization:Europäische Union',
      'organization:Internationales Komitee vom Roten Kreuz',
      'place:Ukraine',
      'place:Vereinigte Arabische Emirate',
    ])
  })

  it('knows agencies, media and clubs: RIA Nowosti, Reuters, Borussia Dortmund, BVB, FC Bayern', () => {
    const body = 'Die Staatsagentur Ria Nowosti und Reuters berichteten. Der BVB schlug den FC Bayern, Borussia Dortmund führt.'
    expect(entitiesOf(body)).to.deep.equal(['organization:Borussia Dortmund', 'organization:FC Bayern München', 'organization:RIA Nowosti', 'organization:Reuters'])
  })

  it('keeps the article spelling as a surface of the lexicon entity: Dmitri Peskov, Droujkivka', () => {
    const body = 'Kreml-Sprecher Dmitri Peskov sprach über den Angriff auf die Stadt Droujkivka.'
    expect(entityNamed(body, 'Dmitri Peskow')?.surfaces).to.deep.equal(['Dmitri Peskov'])
    expect(entityNamed(body, 'Druschkiwka')?.surfaces).to.deep.equal(['Droujkivka'])
  })

  it('records every mention with its offsets in the Markdown source', () => {
    const entities = analyseSnippet('In **Abu Dhabi** trafen sich die Delegationen.')
    const mention = entities[0].mentions[0]
    expect([entities[0].name, mention.surface, mention.end - mention.start]).to.deep.equal(['Abu Dhabi', 'Abu Dhabi', 'Abu Dhabi'.length])
  })
})

describe('entities within an article (rules without the lexicon)', () => {
  withoutLexicon()

  it('lets the mentions of one name vote on its type: in Moskau outweighs Moskau fordert', () => {
    expect(entitiesOf('Moskau fordert den Abzug. Die Regierung in Moskau wies den Bericht zurück.')).to.deep.equal(['place:Moskau'])
  })

  it('resolves a family name alone to the full name seen earlier in the article', () => {
    const body = 'Der Berater Mychailo Podoljak widersprach. Podoljak schrieb das später.'
    expect(entitiesOf(body)).to.deep.equal(['person:Mychailo Podoljak'])
    expect(entityNamed(body, 'Mychailo Podoljak')?.surfaces).to.deep.equal(['Mychailo Podoljak', 'Podoljak'])
  })

  it('keeps an open sentence-initial word only when the article names it elsewhere', () => {
    expect(entitiesOf('Gorlowka liegt im Osten. Angriffe gab es auch in Gorlowka.')).to.deep.equal(['place:Gorlowka'])
    expect(entitiesOf('Gorlowka liegt im Osten.')).to.deep.equal([])
  })
})
