/**
 * Glossary and summary pages on a small made-up model: grouping, the reader's
 * collation, stable anchors, what each entry shows, links back to the articles,
 * and the first mention of each name on a summary page linked to its entry.
 */
import { expect } from 'chai'
import { renderSite, type SiteModel } from '../../src/render/index.ts'
import type { ArticleRecord } from '../../src/render/model.ts'
import { createTranslator } from '../../src/i18n.ts'
import type { GlossaryEntry } from '../../src/types.ts'
import { headingTextsOf, linksOf } from './pages.ts'

function entry(fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'de' | 'en'>): GlossaryEntry {
  return { type: 'place', cyrillic: null, variants: [fields.de], roles: { de: [], en: [] }, articles: ['a1'], origin: 'lexicon', ...fields }
}

const glossary: GlossaryEntry[] = [
  entry({ id: 'zypern', de: 'Zypern', en: 'Cyprus' }),
  entry({ id: 'oesterreich', de: 'Österreich', en: 'Austria' }),
  entry({ id: 'oman', de: 'Oman', en: 'Oman' }),
  entry({ id: 'aegypten', de: 'Ägypten', en: 'Egypt' }),
  entry({ id: 'aachen', de: 'Aachen', en: 'Aachen' }),
  entry({
    id: 'wolodymyr-selenskyj',
    type: 'person',
    de: 'Wolodymyr Selenskyj',
    en: 'Volodymyr Zelensky',
    cyrillic: 'Володимир Зеленський',
    variants: ['Selenskyj', 'Selenskyjs', 'Wolodymyr Selenskyj'],
    roles: { de: ['ukrainischer Präsident'], en: ['Ukrainian President'] },
    articles: ['a1', 'a2'],
  }),
  entry({ id: 'kreml', type: 'organization', de: 'Kreml', en: 'Kremlin', cyrillic: 'Кремль', origin: 'rules' }),
]

function article(slug: string, de: string, en: string): ArticleRecord {
  return {
    slug,
    meta: { title: `Titel ${slug}`, date: slug === 'a1' ? '2026-02-05' : '2026-02-04', lang: 'de', source: 'Reuters' },
    title: { de: `Titel ${slug}`, en: `Title ${slug}` },
    summary: [{ de, en, rule: 'test', evidence: [] }],
    keyFacts: [{ de: `Selenskyj sprach mit dem Kreml.`, en: 'Zelensky spoke to the Kremlin.' }],
    entries: glossary.filter((item) => item.articles.includes(slug)),
  }
}

const model: SiteModel = {
  glossary,
  articles: [
    article('a1', 'Selenskyj reiste nach Ägypten; Selenskyjs Reise nach Ägypten und Zypern dauerte zwei Tage.', 'Zelensky travelled to Egypt; Zelensky’s trip to Egypt and Cyprus took two days.'),
    article('a2', 'Wolodymyr Selenskyj blieb in Kiew.', 'Volodymyr Zelensky stayed in Kyiv.'),
  ],
}

describe('glossary page', () => {
  const files = renderSite(model, createTranslator())
  const de = files.get('de/glossary.md')!
  const en = files.get('en/glossary.md')!

  it('groups entries by type and sorts them by German collation on the German page, English on the English one', () => {
    expect(headingTextsOf(de)).to.deep.equal(['Glossar', 'Personen', 'Wolodymyr Selenskyj', 'Orte', 'Aachen', 'Ägypten', 'Oman', 'Österreich', 'Zypern', 'Organisationen', 'Kreml'])
    expect(headingTextsOf(en)).to.deep.equal(['Glossary', 'People', 'Volodymyr Zelensky', 'Places', 'Aachen', 'Austria', 'Cyprus', 'Egypt', 'Oman', 'Organisations', 'Kremlin'])
  })

  it('shows the other language, Cyrillic, roles, spellings, origin and links back to every article', () => {
    const section = de.slice(de.indexOf('### Wolodymyr Selenskyj'), de.indexOf('## Orte'))
    expect(section).to.contain('- Englisch: Volodymyr Zelensky')
    expect(section).to.contain('- Kyrillisch: Володимир Зеленський')
    expect(section).to.contain('- Rollen: ukrainischer Präsident')
    expect(section).to.contain('- Schreibweisen in den Artikeln: Selenskyj, Selenskyjs')
    expect(section).to.contain('- Herkunft der Schreibweise: Lexikon')
    expect(linksOf(section)).to.deep.equal(['articles/a1.md', 'articles/a2.md'])
    const enSection = en.slice(en.indexOf('### Volodymyr Zelensky'), en.indexOf('## Places'))
    expect(enSection).to.contain('- German: Wolodymyr Selenskyj').and.contain('- Roles: Ukrainian President')
    expect(en).to.contain('- Source of the spelling: transliteration rules')
  })

  it('gives two entries with the same name distinct anchors, and links each article to its own', () => {
    const person = entry({ id: 'washington-person', type: 'person', de: 'Washington', en: 'Washington', articles: ['a1'] })
    const place = entry({ id: 'washington', de: 'Washington', en: 'Washington', articles: ['a2'] })
    const withTwins: SiteModel = {
      glossary: [...glossary, person, place],
      articles: [
        { ...model.articles[0], entries: [...model.articles[0].entries, person] },
        { ...model.articles[1], entries: [...model.articles[1].entries, place] },
      ],
    }
    const site = renderSite(withTwins, createTranslator())
    const link = (slug: string) => linksOf(site.get(`de/articles/${slug}.md`)!).find((url) => url.includes('#washington'))
    // Headings in page order: the person (under Personen) comes first and keeps the plain slug.
    expect(link('a1')).to.equal('../glossary.md#washington')
    expect(link('a2')).to.equal('../glossary.md#washington-1')
  })

  it('keeps anchors stable: the same entry gets the same anchor when other entries come and go', () => {
    const anchorOf = (site: Map<string, string>) => linksOf(site.get('de/articles/a2.md')!).find((url) => url.includes('glossary.md#wolodymyr'))
    const smaller = renderSite({ ...model, glossary: glossary.filter((item) => item.type !== 'place') }, createTranslator())
    expect(anchorOf(files)).to.equal('../glossary.md#wolodymyr-selenskyj')
    expect(anchorOf(smaller)).to.equal(anchorOf(files))
  })
})

describe('summary page', () => {
  const files = renderSite(model, createTranslator())

  it('links the first mention of every glossary name, in any spelling, to its entry, and only the first', () => {
    const page = files.get('de/articles/a1.md')!
    const summary = page.slice(page.indexOf('## Zusammenfassung'), page.indexOf('## Wichtige Fakten'))
    expect(summary).to.contain('[Selenskyj](../glossary.md#wolodymyr-selenskyj) reiste nach [Ägypten](../glossary.md#agypten); Selenskyjs Reise nach Ägypten und [Zypern](../glossary.md#zypern)')
    const facts = page.slice(page.indexOf('## Wichtige Fakten'), page.indexOf('## Genannte Namen'))
    // Selenskyj was linked in the summary already; the Kremlin is new here. Anchors are VitePress's (`Ägypten` → `agypten`).
    expect(facts).to.contain('Selenskyj sprach mit dem [Kreml](../glossary.md#kreml).')
  })

  it('links English names on English pages', () => {
    const page = files.get('en/articles/a1.md')!
    expect(page).to.contain('[Zelensky](../glossary.md#volodymyr-zelensky)')
  })
})
