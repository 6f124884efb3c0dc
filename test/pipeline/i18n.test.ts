import { expect } from 'chai'
import { createTranslator, loadLocaleResources } from '../../src/i18n.ts'

function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
}

describe('i18n resources', () => {
  const resources = loadLocaleResources()

  it('German and English have the same namespaces', () => {
    expect(Object.keys(resources.de).sort()).to.deep.equal(Object.keys(resources.en).sort())
  })

  for (const namespace of Object.keys(loadLocaleResources().de)) {
    it(`German and English have the same keys in ${namespace}.json`, () => {
      const de = keyPaths(resources.de[namespace]).filter((key) => !key.startsWith('$comment')).sort()
      const en = keyPaths(resources.en[namespace]).filter((key) => !key.startsWith('$comment')).sort()
      expect(de).to.deep.equal(en)
    })
  }

  it('every string is non-empty', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const [namespace, data] of Object.entries(resources[lang])) {
        for (const key of keyPaths(data)) {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], data)
          expect(value, `${lang}/${namespace}.json ${key}`).to.satisfy((v: unknown) => typeof v !== 'string' || v.trim().length > 0)
        }
      }
    }
  })

  it('instances share no state: changing the language of one leaves the other alone', async () => {
    const a = createTranslator()
    const b = createTranslator()
    await a.i18n.changeLanguage('en')
    expect(a.i18n.language).to.equal('en')
    expect(b.i18n.language).to.equal('de')
    expect(a.t('de')('ui:glossary.title')).to.equal('Glossar')
    expect(a.t('en')('ui:glossary.title')).to.equal('Glossary')
  })

  it('formats numbers and dates per language, without HTML escaping', () => {
    const { t, i18n } = createTranslator()
    i18n.addResource('de', 'test', 'n', '{{n, number}} & {{d, longdate}} <b>')
    i18n.addResource('en', 'test', 'n', '{{n, number}} & {{d, longdate}} <b>')
    const d = new Date('2026-02-05T00:00:00Z')
    expect(t('de')('test:n', { n: 55000, d })).to.equal('55.000 & 5. Februar 2026 <b>')
    expect(t('en')('test:n', { n: 55000, d })).to.equal('55,000 & 5 February 2026 <b>')
  })
})
