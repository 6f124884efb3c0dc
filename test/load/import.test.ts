import {expect} from 'chai'
import fc from 'fast-check'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import YAML from 'yaml'
import {importArticle, importFiles, parseDateline} from '../../src/load/import/index.ts'
import {parseAuthorLine, parseSourceLine} from '../../src/load/import/meta-lines.ts'
import {slugify} from '../../src/load/slug.ts'

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import')
const today = '2026-11-22'
const cases = readdirSync(fixturesDir).sort()

function importCase(name: string) {
  const input = readFileSync(path.join(fixturesDir, name, 'input.txt'), 'utf8')
  return {input, result: importArticle(input, {fileName: `${name}/input.txt`, today})}
}

function parseMarkdown(markdown: string): {frontMatter: Record<string, unknown>; body: Root} {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root
  const [first, ...rest] = tree.children
  expect(first.type).to.equal('yaml')
  return {frontMatter: YAML.parse((first as {value: string}).value), body: {type: 'root', children: rest}}
}

const words = (text: string) => text.split(/\s+/).filter(Boolean)

function formatMessages(messages: ReturnType<typeof importArticle>['messages']): string {
  return messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId} ${message.fatal === false ? 'warning' : 'info'}: ${message.reason}`).join('\n') + '\n'
}

describe('import: fixtures (test/fixtures/import/<case>, regenerate with UPDATE=1)', () => {
  for (const name of cases) {
    it(`${name}: output and messages match the expected files`, () => {
      const {result} = importCase(name)
      const expectedPath = path.join(fixturesDir, name, 'expected.md')
      const messagesPath = path.join(fixturesDir, name, 'messages.txt')
      if (process.env.UPDATE === '1' || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, result.markdown)
        writeFileSync(messagesPath, formatMessages(result.messages))
      }
      expect(result.markdown).to.equal(readFileSync(expectedPath, 'utf8'))
      expect(formatMessages(result.messages)).to.equal(readFileSync(messagesPath, 'utf8'))
    })

    it(`${name}: importing the output again changes nothing (slug and Markdown are stable)`, () => {
      const {result} = importCase(name)
      const again = importArticle(result.markdown, {fileName: 'again.md', today})
      expect(again.markdown).to.equal(result.markdown)
      expect(again.slug).to.equal(result.slug)
      expect(importCase(name).result.slug).to.equal(result.slug)
    })
  }

  // The body must be the article as written: same words in the same order, once
  // the lines the importer moves into the front matter are taken out.
  for (const name of cases.filter((name) => !name.startsWith('markdown'))) {
    it(`${name}: body text is the input word for word, minus the lines moved to front matter`, () => {
      const {input, result} = importCase(name)
      const kept = input
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((line) => line.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}/i, ''))
        .filter((line) => !/^\s*source:/i.test(line) && !/^\s*Autor:/i.test(line) && line.trim() !== result.meta.title)
        .join('\n')
        .replace(/\*\*/g, '')
      const {body} = parseMarkdown(result.markdown)
      const output = body.children.map((node) => toString(node)).join('\n')
      expect(words(output)).to.deep.equal(words(kept))
    })
  }
})

describe('import: any input', () => {
  // Lines chosen to hit every rule and every Markdown character that needs escaping.
  const line = fc.oneof(
    fc.constantFrom(
      'Schlagzeile ohne Punkt', 'Ein Satz mit *Stern* und _Strich_.', '1. FC Köln gewinnt.', '# kein Titel', '> Zitat',
      '**Fett** am Anfang.', 'Autor: A. B', 'Kiew, 05. Feb (Reuters) - Text.', '- Liste?', '', '   ', 'Foto: dpa', '(AWP)',
      'Text mit [Klammer](x) und <b>.', 'Zeile mit \\ Backslash.', '---', '***', '=', '\\:', '\\*', 'a\\\\b'
    ),
    fc.string({maxLength: 30})
  )

  it('imports without throwing, and importing the output again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(line, {maxLength: 8}), (lines) => {
        const first = importArticle(lines.join('\n'), {fileName: 'f.txt'})
        const again = importArticle(first.markdown, {fileName: 'f.md'})
        expect(again.markdown).to.equal(first.markdown)
        expect(again.slug).to.equal(first.slug)
      }),
      {numRuns: 300}
    )
  })

  // Found by fast-check: the escape made the first import keep the body as Markdown,
  // the writer dropped it, and the second import read the file as pasted lines.
  it('an escape the writer drops does not change how the output is read again', () => {
    const first = importArticle('# kein Titel\n\\:\n!', {fileName: 'f.txt'})
    expect(first.markdown).to.equal('---\ntitle: kein Titel\nlang: de\n---\n\n:\n\n!\n')
    expect(importArticle(first.markdown, {fileName: 'f.md'}).markdown).to.equal(first.markdown)
    // An escape the writer keeps still marks the body as Markdown, kept as written.
    const kept = importArticle('# kein Titel\n1\\. FC Köln\nzweite Zeile', {fileName: 'f.txt'})
    expect(kept.markdown).to.equal('---\ntitle: kein Titel\nlang: de\n---\n\n1\\. FC Köln\nzweite Zeile\n')
  })
})

describe('import: front matter of the seeds', () => {
  it('seed 000: date from the date line, Reuters from the dateline, title from the first sentence', () => {
    const {result} = importCase('seed-000')
    const {frontMatter, body} = parseMarkdown(result.markdown)
    expect(frontMatter).to.deep.equal({
      title: 'Die Ukraine und Russland haben ihre zweitägigen Friedensgespräche in Abu Dhabi…',
      date: '2026-02-05',
      source: 'Reuters',
      lang: 'de'
    })
    expect(result.meta).to.deep.equal(frontMatter)
    expect(result.slug).to.equal('2026-02-05-die-ukraine-und-russland-haben-ihre-zweitaegigen')
    // The dateline stays in the body, as written.
    expect(toString(body.children[0])).to.match(/^Kiew, 05\. Feb \(Reuters\) - Die Ukraine/)
    expect(result.messages.map((message) => message.ruleId)).to.deep.equal(['derived-title'])
  })

  it('seed 003: author from the Autor line, headings as ##, bold kept, missing date reported', () => {
    const {result} = importCase('seed-003')
    const {frontMatter, body} = parseMarkdown(result.markdown)
    expect(frontMatter).to.deep.equal({
      title: 'Nach Monaten militärischer Eskalation und diplomatischer Stagnation gibt es…',
      author: 'P. Tiko',
      lang: 'de'
    })
    const headings = body.children.filter((node) => node.type === 'heading')
    expect(headings.map((node) => [node.depth, toString(node)])).to.deep.include.members([
      [2, 'Diplomatie in kleinen Schritten'],
      [2, 'Gefangenenaustausch als Signal: Warum selbst kleine Fortschritte im Ukrainekrieg großes politisches Gewicht haben'],
      [2, 'Ein begrenztes, aber reales Signal']
    ])
    expect(headings).to.have.length(8)
    expect(result.markdown).to.include('**Steve Witkoff**').and.include('**Wolodymyr Selenskyj**')
    expect(result.markdown).not.to.include('Autor:')
    expect(result.messages.map((message) => message.ruleId)).to.deep.equal(['derived-title', 'missing-date'])
  })
})

describe('import: datelines', () => {
  it('reads place, agency and day from `Kiew, 05. Feb (Reuters) -` (no year: no date)', () => {
    expect(parseDateline('Kiew, 05. Feb (Reuters) - Die Ukraine')).to.deep.equal({
      text: 'Kiew, 05. Feb (Reuters) -',
      place: 'Kiew',
      agency: 'Reuters',
      day: 5,
      month: 2
    })
  })

  it('reads the taz form `KYJIW AFP |` without parentheses', () => {
    expect(parseDateline('KYJIW AFP | Im Rahmen')).to.deep.equal({text: 'KYJIW AFP |', place: 'KYJIW', agency: 'AFP'})
  })

  it('reads `MOSKAU (dpa-AFX) -`', () => {
    expect(parseDateline('MOSKAU (dpa-AFX) - Der Kreml')).to.deep.equal({text: 'MOSKAU (dpa-AFX) -', place: 'MOSKAU', agency: 'dpa-AFX'})
  })

  it('reads a full date with a German month name: `Berlin, 3. März 2025 (AFP) –`', () => {
    expect(parseDateline('Berlin, 3. März 2025 (AFP) – Die')).to.deep.equal({
      text: 'Berlin, 3. März 2025 (AFP) –',
      place: 'Berlin',
      agency: 'AFP',
      day: 3,
      month: 3,
      year: 2025,
      date: '2025-03-03'
    })
  })

  it('reads numeric dates and multi-word places', () => {
    expect(parseDateline('Frankfurt am Main, 05.02.2026 (dpa) - x')?.date).to.equal('2026-02-05')
    expect(parseDateline('Kiew/Moskau (dpa/AFP) - x')?.agency).to.equal('dpa/AFP')
  })

  it('does not take ordinary sentences or impossible dates for datelines', () => {
    expect(parseDateline('Der Kanzler (SPD) - so heißt es - bleibt')).to.equal(undefined)
    expect(parseDateline('Die Bayern gingen (19.) - x')).to.equal(undefined)
    expect(parseDateline('Berlin, 31. Feb 2025 (AFP) - x')).to.equal(undefined)
    expect(parseDateline('Unter Vermittlung der USA verständigten sich')).to.equal(undefined)
  })

  it('takes the date from a dated dateline when there is no date line', () => {
    const result = importArticle('Berlin, 3. März 2025 (AFP) – Die Regierung hat entschieden.\n', {fileName: 'a.txt'})
    expect(result.meta.date).to.equal('2025-03-03')
    expect(result.meta.source).to.equal('AFP')
    expect(result.messages.map((message) => message.ruleId)).not.to.include('missing-date')
  })
})

describe('import: meta lines', () => {
  it('`Autor:` lines name the author and leave the body', () => {
    expect(parseAuthorLine('Autor: P. Tiko')).to.equal('P. Tiko')
    expect(parseAuthorLine('Autorin: Anna Beispiel')).to.equal('Anna Beispiel')
    expect(parseAuthorLine('Autor: Der Text dieser Zeile ist ein ganzer Satz über etwas ganz anderes.')).to.equal(undefined)
    const result = importArticle('Eine Meldung ohne Titel.\n\nAutor: P. Tiko\n', {fileName: 'a.txt'})
    expect(result.meta.author).to.equal('P. Tiko')
    expect(result.markdown).not.to.include('Autor')
  })

  it('a leading `source:` line sets the source and leaves the body; a later dateline agency does not override it', () => {
    expect(parseSourceLine('source: https://example.org/a')).to.equal('https://example.org/a')
    const result = importArticle('source: https://example.org/a\nSchlagzeile ohne Punkt\nKYJIW AFP | Text der Meldung.\n', {fileName: 'a.txt'})
    expect(result.meta.source).to.equal('https://example.org/a')
    expect(result.meta.title).to.equal('Schlagzeile ohne Punkt')
    expect(toString(parseMarkdown(result.markdown).body)).not.to.include('example.org')
  })

  it('a `date` line alone on its line is removed; an invalid one is reported', () => {
    const result = importArticle('date 2026-02-05\nSchlagzeile\nText.\n', {fileName: 'a.txt'})
    expect(result.meta.date).to.equal('2026-02-05')
    expect(result.markdown).not.to.match(/^date 2026/m)
    const invalid = importArticle('date 2026-02-30\nSchlagzeile\nText.\n', {fileName: 'b.txt'})
    expect(invalid.meta.date).to.equal('')
    expect(invalid.messages.map((message) => message.ruleId)).to.include.members(['invalid-date', 'missing-date'])
  })

  it('Markdown input keeps its front matter fields and fills the missing ones', () => {
    const {result} = importCase('markdown-with-front-matter')
    const {frontMatter} = parseMarkdown(result.markdown)
    expect(frontMatter).to.deep.equal({
      title: 'Selenskyj trifft Scholz in Berlin',
      date: '2025-03-03',
      source: 'AFP',
      author: 'Anna Beispiel',
      lang: 'de',
      tags: ['ukraine', 'diplomatie']
    })
  })

  it('front matter added above pasted text: the body still gets the line rules', () => {
    const input = '---\ndate: 2026-02-05\ntitle: Eigene Überschrift\n---\nEigene Überschrift\nErster Absatz.\nZwischentitel hier\nZweiter Absatz mit **fett**.\nAutor: X Y\n'
    const result = importArticle(input, {fileName: 'a.md'})
    const {frontMatter, body} = parseMarkdown(result.markdown)
    expect(frontMatter).to.deep.equal({title: 'Eigene Überschrift', date: '2026-02-05', author: 'X Y', lang: 'de'})
    expect(body.children.map((node) => [node.type, toString(node)])).to.deep.equal([
      ['paragraph', 'Erster Absatz.'],
      ['heading', 'Zwischentitel hier'],
      ['paragraph', 'Zweiter Absatz mit fett.']
    ])
  })

  it('a Markdown body (emphasis, lists, escapes) is kept as Markdown', () => {
    const result = importArticle('---\ndate: 2026-02-05\ntitle: T\n---\nEin *Markdown* Absatz mit \\* Stern.\n', {fileName: 'a.md'})
    expect(result.markdown).to.include('Ein _Markdown_ Absatz mit \\* Stern.')
  })

  it('characters that mean something in Markdown are escaped, not interpreted', () => {
    const result = importArticle('date 2026-01-01\nSchlagzeile\n# Nicht *fett* und 1. kein Listenpunkt.\n', {fileName: 'a.txt'})
    const {body} = parseMarkdown(result.markdown)
    expect(body.children.map((node) => node.type)).to.deep.equal(['paragraph'])
    expect(toString(body)).to.equal('# Nicht *fett* und 1. kein Listenpunkt.')
  })
})

describe('import: missing date', () => {
  it('warns with file, place, rule id and what to add', () => {
    const result = importArticle('Schlagzeile\nText ohne Datum.\n', {fileName: 'raw/meldung.txt'})
    const warning = result.messages.find((message) => message.ruleId === 'missing-date')
    expect(warning, 'missing-date warning').to.not.equal(undefined)
    expect(warning!.fatal).to.equal(false)
    expect(warning!.file).to.equal('raw/meldung.txt')
    expect(warning!.source).to.equal('bilingual-digest')
    expect(warning!.line).to.equal(1)
    expect(warning!.reason).to.include('date YYYY-MM-DD')
    expect(result.markdown).not.to.match(/^date:/m)
    expect(result.slug).to.equal('schlagzeile')
  })

  it('suggests the day of a yearless dateline, pointing at it, without guessing the year into the output', () => {
    const result = importArticle('Schlagzeile\nKiew, 05. Feb (Reuters) - Text.\n', {fileName: 'a.txt', today: '2026-11-22'})
    const warning = result.messages.find((message) => message.ruleId === 'missing-date')!
    expect(warning.line).to.equal(2)
    expect(warning.reason).to.include('date 2026-02-05')
    expect(result.meta.date).to.equal('')
  })
})

describe('slugify', () => {
  it('spells out German letters, folds accents, transliterates Cyrillic', () => {
    expect(slugify('Größter Austausch: Bürger über Öl')).to.equal('groesster-austausch-buerger-ueber-oel')
    expect(slugify('Mevlüt Çavuşoğlu à Genève')).to.equal('mevluet-cavusoglu-a-geneve')
    expect(slugify('Песков и Зеленський')).to.equal('peskov-i-zelensky')
  })

  it('is never empty, `.`/`..`, or a Windows reserved name', () => {
    expect(slugify('')).to.equal('article')
    expect(slugify('..')).to.equal('article')
    expect(slugify('«»')).to.equal('article')
    expect(slugify('CON')).to.equal('con-article')
    expect(slugify('nul')).to.equal('nul-article')
    expect(slugify('LPT1')).to.equal('lpt1-article')
  })

  it('cuts long titles at a word boundary to at most 60 characters', () => {
    const slug = slugify('Gefangenenaustausch als Signal: Warum selbst kleine Fortschritte im Ukrainekrieg großes Gewicht haben')
    expect(slug).to.equal('gefangenenaustausch-als-signal-warum-selbst-kleine')
    expect(slugify('a'.repeat(80))).to.have.length(60)
  })

  it('always gives a lower-case ASCII slug of at most 60 characters, the same each time', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 120}), (text) => {
        const slug = slugify(text)
        expect(slug).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(slug.length).to.be.at.most(60)
        expect(slugify(text)).to.equal(slug)
      })
    )
  })
})

describe('importFiles', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'import-test-'))
  })
  afterEach(async () => {
    await rm(dir, {recursive: true, force: true})
  })

  it('writes content/<slug>.md, reads BOM and CRLF input like plain UTF-8, leaves no temporary files', async () => {
    const input = path.join(dir, 'in.txt')
    const content = path.join(dir, 'content')
    await writeFile(input, '\uFEFFdate 2026-02-05\r\nSchlagzeile der Meldung\r\nText der Meldung.\r\n')
    const {written, messages} = await importFiles([input], content)
    expect(written).to.deep.equal([path.join(content, '2026-02-05-schlagzeile-der-meldung.md')])
    expect(messages).to.deep.equal([])
    const markdown = await readFile(written[0], 'utf8')
    expect(markdown).to.equal(importArticle('date 2026-02-05\nSchlagzeile der Meldung\nText der Meldung.\n', {fileName: 'x'}).markdown)
    expect(await readdir(content)).to.deep.equal(['2026-02-05-schlagzeile-der-meldung.md'])
  })

  it('refuses to overwrite a different existing file unless forced; an identical one is left alone', async () => {
    const input = path.join(dir, 'in.txt')
    const content = path.join(dir, 'content')
    await writeFile(input, 'date 2026-02-05\nSchlagzeile\nText.\n')
    const first = await importFiles([input], content)
    const target = first.written[0]

    const unchanged = await importFiles([input], content)
    expect(unchanged).to.deep.equal({written: [], messages: []})

    await writeFile(target, 'edited by hand\n')
    const refused = await importFiles([input], content)
    expect(refused.written).to.deep.equal([])
    expect(refused.messages.map((message) => message.ruleId)).to.deep.equal(['target-exists'])
    expect(await readFile(target, 'utf8')).to.equal('edited by hand\n')

    const forced = await importFiles([input], content, {force: true})
    expect(forced.written).to.deep.equal([target])
    expect(await readFile(target, 'utf8')).to.include('title: Schlagzeile')
  })

  it('reports an unreadable input and goes on with the others', async () => {
    const good = path.join(dir, 'good.txt')
    await writeFile(good, 'date 2026-02-05\nSchlagzeile\nText.\n')
    const {written, messages} = await importFiles([path.join(dir, 'missing.txt'), good], path.join(dir, 'content'))
    expect(written).to.have.length(1)
    expect(messages.map((message) => message.ruleId)).to.deep.equal(['unreadable-input'])
  })
})
