import { assert } from 'chai'
import fc from 'fast-check'
import { editDistance, isSameName, variantKey } from '../../src/glossary/variant-key.ts'
import { lexiconEntries, surfacesOf } from '../../src/glossary/lexicon/index.ts'

const SAME = [
  ['Peskow', 'Peskov'],
  ['Selenskyj', 'Selenskij', 'Selenski', 'Zelensky', 'Zelenskyy', 'Zelenskyi'],
  ['Terechow', 'Terehow', 'Terekhov'],
  ['Droujkivka', 'Druschkiwka', 'Druzhkivka'],
  ['Umjerow', 'Umerow', 'Umerov'],
  ['Dmitrijew', 'Dmitriev'],
  ['Saporischschja', 'Zaporizhzhia', 'Zaporižžja'],
  ['Charkow', 'Charkiw', 'Kharkiv'],
  ['Prigojin', 'Prigoschin', 'Prigozhin'],
  ['Beloussov', 'Beloussow', 'Belousov'],
  ['Kupjansk', "Kup'jansk", 'Kupiansk', 'Kupyansk'],
  ['Wolodymyr Selenskyj', 'Volodymyr Zelensky'],
]

const DIFFERENT = [
  ['Putin', 'Peskow'],
  ['Lawrow', 'Lwow'], // Lavrov the minister, Lvov the old name of Lviv: kept apart
  ['Kiew', 'Kursk'],
  ['Medwedew', 'Medinski'],
  ['Sergej', 'Sergejew'], // given name vs family name
  ['Donezk', 'Dnipro'],
  ['Moskau', 'Minsk'],
  ['Iwanow', 'Iwanowo'],
  ['Selenskyj', 'Wolodymyr Selenskyj'], // a family name alone is not the full name
]

describe('variantKey / isSameName', () => {
  for (const group of SAME) {
    it(`merges ${group.join(' / ')}`, () => {
      for (const a of group) for (const b of group) assert.isTrue(isSameName(a, b), `${a} ~ ${b}`)
    })
  }

  for (const [a, b] of DIFFERENT) {
    it(`keeps ${a} and ${b} apart`, () => {
      assert.isFalse(isSameName(a, b))
      assert.isFalse(isSameName(b, a))
    })
  }

  it('folds case, diacritics and every apostrophe form', () => {
    assert.equal(variantKey("KUP'JANSK"), variantKey('Kup\u2019jansk'))
    assert.equal(variantKey('Kup\u02BCjansk'), variantKey('kupjansk'))
    assert.equal(variantKey('Zaporižžja'), variantKey('Saporischschja'))
  })

  it('is symmetric and reflexive (property)', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnoprstuvwyzäöüšž\''.split(''))
    const word = fc.array(letters, { minLength: 1, maxLength: 10 }).map((l) => l.join(''))
    fc.assert(
      fc.property(word, word, (a, b) => {
        assert.equal(isSameName(a, b), isSameName(b, a))
        if (variantKey(a)) assert.isTrue(isSameName(a, a))
      }),
    )
  })

  it('edit distance counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('peskov', 'peskov'), 0)
    assert.equal(editDistance('lvov', 'lavrov'), 2)
    assert.equal(editDistance('', 'abc'), 3)
  })

  it('gives no two distinct lexicon entries of the same type colliding keys', () => {
    const owners = new Map<string, Set<string>>()
    for (const entry of lexiconEntries()) {
      const forms = surfacesOf(entry).filter((s) => s !== entry.cyrillic && !(entry.sharedSurfaces ?? []).includes(s))
      for (const form of forms) {
        const key = `${entry.type}:${variantKey(form)}`
        const ids = owners.get(key) ?? new Set()
        ids.add(entry.id)
        owners.set(key, ids)
      }
    }
    const collisions = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key} ← ${[...ids].join(', ')}`)
    assert.deepEqual(collisions, [])
  })
})
