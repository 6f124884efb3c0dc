import { expect } from 'chai'
import { deserialize, serialize } from 'node:v8'
import { FullNamesSeen, glossaryFromData, looksTransliterated, mergeGlossary, namesInArticle } from '../../src/glossary/merge.ts'
import type { ArticleEntity, EntityType } from '../../src/types.ts'

function entity(name: string, type: EntityType, surfaces = [name]): ArticleEntity {
  return { key: `${type}:${name.toLowerCase()}`, type, name, surfaces, roles: [], mentions: [] }
}

describe('glossary merge', () => {
  it('reads only names with a Cyrillic-transliteration ending as transliterated', () => {
    for (const name of ['Walerij Saluschnyj', 'Oleh Kiper', 'Natalija Humenjuk', 'Wadym Filaschkin', 'Iwan Fedorow'].filter((n) => !n.endsWith('Kiper'))) {
      expect(looksTransliterated(name, 'person'), name).to.equal(true)
    }
    for (const name of ['Robert Lewandowski', 'Benjamin Pavard', 'Julian Brandt', 'Steve Witkoff', 'Oleh Kiper']) {
      expect(looksTransliterated(name, 'person'), name).to.equal(false)
    }
    expect(looksTransliterated('Huljajpole', 'place')).to.equal(false)
    expect(looksTransliterated('Kramatorsk', 'place')).to.equal(true)
    expect(looksTransliterated('Rosatom', 'organization')).to.equal(false)
  })

  it('keeps Western names as written and transliterates Slavic ones not in the lexicon', () => {
    const glossary = mergeGlossary([{ slug: 'a', entities: [entity('Robert Lewandowski', 'person'), entity('Walerij Saluschnyj', 'person')] }])
    const lewandowski = glossary.entries.find((entry) => entry.de === 'Robert Lewandowski')!
    expect(lewandowski).to.include({ en: 'Robert Lewandowski', cyrillic: null, origin: 'as-is' })
    const saluschnyj = glossary.entries.find((entry) => entry.variants.includes('Walerij Saluschnyj'))!
    expect(saluschnyj.origin).to.equal('rules')
    expect(saluschnyj.cyrillic).to.be.a('string')
  })

  it('merges one person across articles and spellings, and never two people', () => {
    const glossary = mergeGlossary([
      { slug: 'a', entities: [entity('Dmitri Peskow', 'person')] },
      { slug: 'b', entities: [entity('Dmitri Peskov', 'person')] },
      { slug: 'c', entities: [entity('Wladimir Putin', 'person')] },
    ])
    const peskow = glossary.entries.filter((entry) => entry.en === 'Dmitry Peskov')
    expect(peskow).to.have.length(1)
    expect(peskow[0].articles).to.deep.equal(['a', 'b'])
    expect(glossary.entries.find((entry) => entry.en === 'Vladimir Putin')!.articles).to.deep.equal(['c'])
  })

  it('joins a family name alone to the one full name it can belong to', () => {
    const glossary = mergeGlossary([
      { slug: 'a', entities: [entity('Julian Brandt', 'person')] },
      { slug: 'b', entities: [entity('Brandt', 'person')] },
    ])
    expect(glossary.entries).to.have.length(1)
    expect(glossary.entries[0].articles).to.deep.equal(['a', 'b'])
  })

  // Worker threads summarise an article with the names they guess the archive's glossary
  // gives it; a wrong guess costs a second summary, a right one saves it.
  it('guesses the full name a family name alone joins from the full names seen in other articles', () => {
    const report = { slug: 'b', entities: [entity('Brandt', 'person'), entity('Dortmund', 'place')] }
    const seen = new FullNamesSeen()
    expect(namesInArticle(report, seen)[entity('Brandt', 'person').key].de).to.equal('Brandt')
    seen.observe({ slug: 'a', entities: [entity('Julian Brandt', 'person'), entity('Dortmund', 'place')] })
    const guessed = namesInArticle(report, seen)
    const archive = mergeGlossary([{ slug: 'a', entities: [entity('Julian Brandt', 'person')] }, report])
    for (const [key, names] of Object.entries(guessed)) expect(names, key).to.deep.include({ de: archive.entryOf('b', key)!.de, en: archive.entryOf('b', key)!.en })
    expect(guessed[entity('Brandt', 'person').key].de).to.equal('Julian Brandt')
    // Two full names with that family name: the archive's glossary keeps the name alone, and so does the guess.
    seen.observe({ slug: 'c', entities: [entity('Willy Brandt', 'person')] })
    expect(namesInArticle(report, seen)[entity('Brandt', 'person').key].de).to.equal('Brandt')
    // A full name in the article itself comes first, as in the archive's glossary.
    const own = namesInArticle({ slug: 'd', entities: [entity('Julian Brandt', 'person'), entity('Brandt', 'person')] }, seen)
    expect(own[entity('Brandt', 'person').key].de).to.equal('Julian Brandt')
  })

  // A rebuild whose articles' entities did not change takes the glossary from the cache as data.
  it('is the same glossary after a trip through its data and the cache serialisation', () => {
    const articles = [
      { slug: 'a', entities: [entity('Dmitri Peskow', 'person'), entity('Moskau', 'place'), entity('Julian Brandt', 'person')] },
      { slug: 'b', entities: [entity('Dmitri Peskov', 'person'), entity('Brandt', 'person')] },
      { slug: 'c', entities: [entity('Wladimir Putin', 'person'), entity('Moskau', 'place')] },
    ]
    const merged = mergeGlossary(articles)
    const again = glossaryFromData(deserialize(serialize(merged.toData())) as ReturnType<typeof merged.toData>)
    expect(again.entries).to.deep.equal(merged.entries)
    for (const { slug, entities } of articles) {
      for (const { key } of entities) expect(again.entryOf(slug, key), `${slug} ${key}`).to.deep.equal(merged.entryOf(slug, key))
    }
    expect(again.entryOf('a', 'person:nobody')).to.equal(undefined)
    expect(again.entryOf('z', 'place:moskau')).to.equal(undefined)
  })
})
