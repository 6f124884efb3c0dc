/**
 * out/glossary.tbx (TBX-Basic) and out/glossary.de-en.tsv (DeepL glossary format):
 * loaded with a real XML parser / read by DeepL's rules, each holds every glossary entry.
 */
import { expect } from 'chai'
import path from 'node:path'
import { readFile } from 'node:fs/promises'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { renderTbx } from '../../src/render/tbx.ts'
import { renderDeeplTsv } from '../../src/render/tsv.ts'
import type { GlossaryEntry } from '../../src/types.ts'
import { ROOT } from './pages.ts'

interface TermSec {
  term: string
  termNote?: Array<{ '#text': string; '@_type': string }>
}
interface LangSec {
  '@_xml:lang': string
  descrip?: Array<{ '#text': string; '@_type': string }>
  termSec: TermSec[]
}
interface ConceptEntry {
  '@_id': string
  langSec: LangSec[]
}

const ARRAYS = new Set(['tbx.text.body.conceptEntry', 'tbx.text.body.conceptEntry.langSec', 'tbx.text.body.conceptEntry.langSec.termSec', 'tbx.text.body.conceptEntry.langSec.termSec.termNote', 'tbx.text.body.conceptEntry.langSec.descrip', 'tbx.text.body.conceptEntry.note'])

/** Parses TBX with fast-xml-parser after checking it is well-formed XML. */
function parseTbx(xml: string): { root: Record<string, unknown>; concepts: ConceptEntry[] } {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`glossary.tbx is not well-formed: ${JSON.stringify(valid.err)}`)
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: (_name, jpath) => ARRAYS.has(String(jpath)) })
  const root = parser.parse(xml) as Record<string, unknown>
  const tbx = root.tbx as { text: { body: { conceptEntry?: ConceptEntry[] } } }
  return { root, concepts: tbx.text.body.conceptEntry ?? [] }
}

const terms = (concept: ConceptEntry, lang: string) => concept.langSec.filter((section) => section['@_xml:lang'] === lang).flatMap((section) => section.termSec.map((sec) => String(sec.term)))

/** DeepL's glossary TSV rules: two non-empty, trimmed fields without control characters, each source once. */
function parseDeeplTsv(tsv: string): Array<[string, string]> {
  expect(tsv.endsWith('\n') || tsv === '').to.equal(true)
  const pairs: Array<[string, string]> = []
  const sources = new Set<string>()
  for (const line of tsv.split('\n').slice(0, -1)) {
    const fields = line.split('\t')
    expect(fields, `line ${JSON.stringify(line)}`).to.have.length(2)
    for (const field of fields) {
      expect(field, 'empty field').to.not.equal('')
      expect(field, 'leading/trailing white space').to.equal(field.trim())
      expect(field, 'control character').to.not.match(/[\p{Cc}\p{Zl}\p{Zp}]/u)
    }
    expect(sources.has(fields[0]), `duplicate source ${fields[0]}`).to.equal(false)
    sources.add(fields[0])
    pairs.push([fields[0], fields[1]])
  }
  return pairs
}

function entry(fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'de' | 'en'>): GlossaryEntry {
  return { type: 'person', cyrillic: null, variants: [], roles: { de: [], en: [] }, articles: [], origin: 'rules', ...fields }
}

describe('glossary exports', () => {
  let glossary: GlossaryEntry[]

  before(async () => {
    glossary = (JSON.parse(await readFile(path.join(ROOT, 'out/glossary.json'), 'utf8')) as { entries: GlossaryEntry[] }).entries
    expect(glossary.length).to.be.greaterThan(10)
  })

  it('out/glossary.tbx is TBX-Basic with one conceptEntry per entry, German and English terms', async () => {
    const { root, concepts } = parseTbx(await readFile(path.join(ROOT, 'out/glossary.tbx'), 'utf8'))
    const tbx = root.tbx as Record<string, string>
    expect(tbx['@_type']).to.equal('TBX-Basic')
    expect(tbx['@_xmlns']).to.equal('urn:iso:std:iso:30042:ed-2')
    expect(concepts).to.have.length(glossary.length)
    const byId = new Map(concepts.map((concept) => [concept['@_id'], concept]))
    for (const { id, de, en, cyrillic } of glossary) {
      const concept = byId.get(id)
      expect(concept, `conceptEntry ${id}`).to.exist
      expect(terms(concept!, 'de')[0]).to.equal(de)
      expect(terms(concept!, 'en')[0]).to.equal(en)
      if (cyrillic) {
        const cyrillicTerms = [...terms(concept!, 'ru'), ...terms(concept!, 'uk'), ...terms(concept!, 'be')]
        const notes = JSON.stringify(concept)
        expect(cyrillicTerms.includes(cyrillic) || notes.includes(cyrillic), `Cyrillic of ${id}`).to.equal(true)
      }
    }
    const selenskyj = byId.get('wolodymyr-selenskyj')!
    expect(terms(selenskyj, 'uk')).to.deep.equal(['Володимир Зеленський'])
    expect(terms(selenskyj, 'de')).to.include('Selenskyj')
  })

  it('out/glossary.de-en.tsv follows DeepL’s rules and holds every entry', async () => {
    const pairs = parseDeeplTsv(await readFile(path.join(ROOT, 'out/glossary.de-en.tsv'), 'utf8'))
    const map = new Map(pairs)
    for (const { de, en } of glossary) expect(map.get(de), de).to.equal(en)
    expect(pairs).to.have.length(new Set(glossary.map((item) => item.de)).size)
    expect(map.get('Wolodymyr Selenskyj')).to.equal('Volodymyr Zelensky')
  })

  it('escapes XML specials and drops what XML cannot hold; the TSV keeps one line per source, without tabs or line breaks', () => {
    const nasty = [
      entry({ id: 'a', de: 'A & B <Ltd> "Quote" \'x\'', en: 'A & B <Ltd>', roles: { de: ['<script>alert(1)</script>'], en: ['x & y'] } }),
      entry({ id: '1-fc', de: 'Tab\there\nand\u0007bell', en: '  Trimmed  ' }),
      entry({ id: 'dup', de: 'A & B <Ltd> "Quote" \'x\'', en: 'Other' }),
      entry({ id: 'empty', de: 'Leer', en: '   ' }),
    ]
    const { concepts } = parseTbx(renderTbx(nasty))
    expect(concepts.map((concept) => concept['@_id'])).to.have.members(['a', '_1-fc', 'dup', 'empty'])
    const a = concepts.find((concept) => concept['@_id'] === 'a')!
    // The parser leaves entities encoded unless asked; decode the five XML ones.
    const decode = (value: string) => value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    expect(decode(terms(a, 'de')[0])).to.equal('A & B <Ltd> "Quote" \'x\'')
    const pairs = parseDeeplTsv(renderDeeplTsv(nasty))
    expect(pairs).to.deep.equal([
      ['A & B <Ltd> "Quote" \'x\'', 'A & B <Ltd>'],
      ['Tab here and bell', 'Trimmed'],
    ])
  })
})
