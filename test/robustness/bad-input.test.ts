/**
 * Every kind of bad input the build must survive: a clear message naming the file (and
 * line), the right exit status, and every other article still built. The CLI's main()
 * runs in-process and builds into a temp dir next to two ordinary articles.
 */
import { expect } from 'chai'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import { visit } from 'unist-util-visit'
import { builtSlugs, GOOD_SLUGS, makeTempDir, readTree, removeDir, runCli, writeContent } from './helpers.ts'

const ARTICLE_BODY = 'Der ukrainische Präsident Wolodymyr Selenskyj sprach am Montag in Kiew mit Vertretern der Regierung.\n'

function article(title: string, body = ARTICLE_BODY, date = '2026-02-05'): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nlang: de\n---\n\n${body}`
}

/** KOI8-R bytes of Cyrillic letters used below (the encoding is refused, so only a few are needed). */
const KOI8R: Record<string, number> = { П: 0xf0, р: 0xd2, и: 0xc9, в: 0xd7, е: 0xc5, т: 0xd4, м: 0xcd, о: 0xcf, с: 0xd3, к: 0xcb, а: 0xc1, ' ': 0x20, '.': 0x2e }

function koi8r(text: string): number[] {
  return [...text].map((char) => KOI8R[char] ?? char.charCodeAt(0))
}

function latin1Bytes(text: string): Buffer {
  return Buffer.from(text, 'latin1')
}

/** Windows-1252 bytes: Latin-1, plus the typographic characters it puts at 0x80–0x9f. */
const WINDOWS_1252_EXTRAS: Record<string, number> = { '€': 0x80, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 }
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((char) => WINDOWS_1252_EXTRAS[char] ?? char.charCodeAt(0)))
}

interface Case {
  name: string
  files: Record<string, string | Uint8Array>
  args?: string[]
  status: number
  /** The file the message must name, and what it must say. */
  messageFile?: string
  message?: RegExp
  line?: number
  /** Slugs built besides the two good articles. */
  alsoBuilt?: string[]
}

const PNG_HEADER = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00])

const CASES: Case[] = [
  { name: 'an empty file', files: { 'empty.md': '' }, status: 1, messageFile: 'empty.md', message: /The file is empty/, line: 1 },
  {
    name: 'a file with only front matter',
    files: { 'only-front-matter.md': '---\ntitle: Nur Kopf\ndate: 2026-02-05\n---\n' },
    status: 1,
    messageFile: 'only-front-matter.md',
    message: /front matter but no text/,
    line: 4,
  },
  {
    name: 'invalid YAML front matter',
    files: { 'invalid-yaml.md': '---\ntitle: Gespräche\ndate: [2026-02-05\nlang: de\n---\n\nText.\n' },
    status: 1,
    messageFile: 'invalid-yaml.md',
    message: /Invalid YAML front matter/,
  },
  {
    name: 'a missing date',
    files: { 'missing-date.md': '---\ntitle: Ohne Datum\nlang: de\n---\n\nText des Artikels.\n' },
    status: 1,
    messageFile: 'missing-date.md',
    message: /Missing `date`/,
  },
  {
    name: 'an unparsable date',
    files: { 'bad-date.md': article('Falsches Datum', ARTICLE_BODY, '2026-02-30') },
    status: 1,
    messageFile: 'bad-date.md',
    message: /Unparsable `date`.*2026-02-30/,
    line: 3,
  },
  {
    name: 'a file with NUL bytes',
    files: { 'nul.md': Buffer.concat([Buffer.from(article('Mit Null')), Buffer.from([0x00, 0x41]), Buffer.from('\n')]) },
    status: 1,
    messageFile: 'nul.md',
    message: /not text: it contains NUL bytes \(first on line 8\)/,
    line: 8,
  },
  { name: 'an image renamed .md', files: { 'photo.md': PNG_HEADER }, status: 1, messageFile: 'photo.md', message: /PNG image/ },
  {
    name: 'UTF-16 text',
    files: { 'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('UTF-16'), 'utf16le')]) },
    status: 1,
    messageFile: 'utf16.md',
    message: /UTF-16/,
  },
  {
    name: 'Windows-1252 text (converted with a warning)',
    files: { 'cp1252.md': windows1252(article('Grüße aus Köln – „Test“', 'Die Gespräche in Genf – so hieß es – seien „produktiv“ gewesen.\n')) },
    status: 0,
    messageFile: 'cp1252.md',
    message: /encoded as Windows-1252/,
    alsoBuilt: ['cp1252'],
  },
  {
    name: 'Latin-1 text (converted with a warning)',
    files: { 'latin1.md': latin1Bytes(article('Grüße aus Köln', 'Die Bundesbank in Frankfurt erwartet für März eine Inflation von 2,5 Prozent.\n')) },
    status: 0,
    messageFile: 'latin1.md',
    message: /encoded as Latin-1/,
    alsoBuilt: ['latin1'],
  },
  {
    name: 'text in another encoding (KOI8-R)',
    files: { 'koi8.md': Buffer.concat([Buffer.from(article('Russisch', '')), Buffer.from(koi8r('Привет мир. Москва и Киев сотрудничают. Президент встретил министров.\n'))]) },
    status: 1,
    messageFile: 'koi8.md',
    message: /not UTF-8/,
  },
  {
    name: 'a UTF-8 byte order mark and CRLF line endings (accepted silently)',
    files: { 'bom-crlf.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article('Mit BOM').replace(/\n/g, '\r\n'))]) },
    status: 0,
    alsoBuilt: ['bom-crlf'],
  },
  {
    name: 'a file over the default size limit (5 MB)',
    files: { 'huge.md': article('Riesig', `${'Ein Satz über die Ukraine. '.repeat(40)}\n\n`.repeat(5000)) },
    status: 1,
    messageFile: 'huge.md',
    message: /over the size limit of 5\.0 MB/,
  },
  {
    name: 'a file over a configured size limit (--max-size)',
    files: { 'big.md': article('Groß', `${'Ein Satz über die Ukraine. '.repeat(40)}\n\n`.repeat(20)) },
    args: ['--max-size', '12KB'],
    status: 1,
    messageFile: 'big.md',
    message: /The file is 22 KB, over the size limit of 12 KB/,
  },
  {
    name: 'extremely deep nesting',
    files: { 'deep.md': article('Tief', `Erster Absatz.\n\n${'> '.repeat(5000)}Zitat\n`) },
    status: 1,
    messageFile: 'deep.md',
    message: /nests quotes or lists 5000 levels deep/,
    line: 9,
  },
  {
    name: 'deeply nested brackets',
    files: { 'brackets.md': article('Klammern', `${'*['.repeat(20000)}x\n`) },
    status: 1,
    messageFile: 'brackets.md',
    message: /link brackets/,
    line: 7,
  },
  {
    name: 'a very long line',
    files: { 'long.md': article('Lang', `${'Wort '.repeat(40000)}\n`) },
    status: 1,
    messageFile: 'long.md',
    message: /Line 7 is 200,000 characters long/,
    line: 7,
  },
  {
    name: 'two articles that would get the same slug',
    files: { 'Gespraeche.md': article('Eins'), 'gespraeche.markdown': article('Zwei') },
    status: 1,
    messageFile: 'gespraeche.markdown',
    message: /Same output name \(slug\) as .*Gespraeche\.md/,
    alsoBuilt: ['Gespraeche'],
  },
  { name: 'a reserved file name', files: { 'con.md': article('Reserviert') }, status: 1, messageFile: 'con.md', message: /reserved device name/ },
  { name: 'a file name with spaces and symbols', files: { 'a b$.md': article('Leerzeichen') }, status: 1, messageFile: 'a b$.md', message: /unusable output name/ },
]

async function messageLines(stderr: string, fileName: string): Promise<string[]> {
  // vfile-reporter prints the file path, then one indented `line:column  severity  reason` row per message.
  const blocks = stderr.split(/\n\n/)
  const block = blocks.find((text) => text.split('\n')[0].endsWith(path.sep + fileName))
  return block ? block.split('\n').slice(1) : []
}

describe('build: bad input gets a clear message and loses nothing', function () {
  this.timeout(120_000)
  let root: string

  before(async () => {
    root = await makeTempDir('bad-input')
  })
  after(async () => {
    await removeDir(root)
  })

  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const content = path.join(root, testCase.name.replace(/\W+/g, '-'), 'content')
      const out = path.join(path.dirname(content), 'out')
      await writeContent(content, testCase.files)
      const run = await runCli(['build', '--content', content, '--out', out, '--no-cache', '--jobs', '1', ...(testCase.args ?? [])])
      expect(run.status, run.stderr).to.equal(testCase.status)
      expect(await builtSlugs(out)).to.deep.equal([...GOOD_SLUGS, ...(testCase.alsoBuilt ?? [])].sort())
      expect(run.stderr, 'no stack trace without --debug').not.to.match(/\n\s+at .+:\d+:\d+\)?\n/)
      if (testCase.message) {
        const lines = await messageLines(run.stderr, testCase.messageFile!)
        expect(lines.join('\n'), run.stderr).to.match(testCase.message)
        if (testCase.line) expect(lines.some((line) => line.trim().startsWith(`${testCase.line}:`)), lines.join('\n')).to.equal(true)
      } else {
        expect(run.stderr).not.to.match(/warning|error/)
      }
    })
  }

  it('a Windows-1252 title is converted, not mangled', async () => {
    const content = path.join(root, 'cp1252-title', 'content')
    const out = path.join(root, 'cp1252-title', 'out')
    await writeContent(content, { 'cp.md': windows1252(article('Grüße – „Test“', 'Text aus Köln.\n')) }, false)
    const run = await runCli(['build', '--content', content, '--out', out, '--no-cache', '--jobs', '1'])
    expect(run.status, run.stderr).to.equal(0)
    expect(run.stderr).to.match(/Windows-1252/)
    const summaries = JSON.parse(await readFile(path.join(out, 'summaries.json'), 'utf8')) as { articles: Array<{ title: { de: string } }> }
    expect(summaries.articles[0].title.de).to.equal('Grüße – „Test“')
  })

  it('a rebuild that does not read unchanged files still reports their warnings, and a lower size limit still refuses', async () => {
    const dir = path.join(root, 'cached-warnings')
    const content = path.join(dir, 'content')
    const cache = path.join(root, 'cached-warnings-cache')
    await writeContent(content, { 'cp.md': windows1252(article('Grüße – „Test“', 'Text aus Köln.\n')) })
    const build = (...extra: string[]) => runCli(['build', '--content', content, '--out', path.join(dir, 'out'), '--cache', cache, '--jobs', '1', ...extra])
    const first = await build()
    expect(first.status, first.stderr).to.equal(0)
    const second = await build()
    expect(second.status, second.stderr).to.equal(0)
    expect(second.stderr).to.match(/cp\.md[\s\S]*Windows-1252/)
    const limited = await build('--max-size', '10')
    expect(limited.status).to.equal(1)
    expect(limited.stderr).to.match(/over the size limit/)
  })

  it('a title that looks like a path never writes outside out/', async () => {
    const dir = path.join(root, 'escape')
    const content = path.join(dir, 'content')
    const out = path.join(dir, 'out')
    await writeContent(content, { 'escape.md': article('../../../../etc/passwd'), 'absolute.md': article('/tmp/evil') })
    const run = await runCli(['build', '--content', content, '--out', out, '--no-cache', '--jobs', '1'])
    expect(run.status, run.stderr).to.equal(0)
    expect((await readdir(dir)).sort()).to.deep.equal(['content', 'out'])
    expect(await builtSlugs(out)).to.deep.equal(['absolute', 'escape', ...GOOD_SLUGS].sort())
    for (const relative of (await readTree(out)).keys()) expect(relative.startsWith('..') || path.isAbsolute(relative)).to.equal(false)
  })

  it('raw HTML and <script> are reported and never reach the docs as HTML', async () => {
    const content = path.join(root, 'html', 'content')
    const out = path.join(root, 'html', 'out')
    const body = `Selenskyj sprach in Kiew.\n\n<script>alert("x")</script>\n\n<img src=x onerror="alert(1)"> Wolodymyr Selenskyj traf <b>Steve Witkoff</b> in Abu Dhabi.\n`
    await writeContent(content, { 'html.md': article('<script>alert(1)</script> Gespräche', body) })
    const run = await runCli(['build', '--content', content, '--out', out, '--no-cache', '--jobs', '1'])
    expect(run.status, run.stderr).to.equal(0)
    expect((await messageLines(run.stderr, 'html.md')).join('\n')).to.match(/^\s*2:9\s+warning\s+Executable HTML \(<script>\) is not copied/m)
    expect(await builtSlugs(out)).to.include('html')
    const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
    for (const [relative, bytes] of await readTree(out)) {
      if (!relative.endsWith('.md')) continue
      visit(parser.parse(bytes.toString('utf8')), 'html', (node: { value: string }) => {
        expect.fail(`${relative} has raw HTML: ${node.value}`)
      })
    }
  })

  it('control, zero-width and direction characters inside names are removed with a warning', async () => {
    const content = path.join(root, 'invisible', 'content')
    const out = path.join(root, 'invisible', 'out')
    const body = 'Der ukrainische Präsident Wolodymyr Selen\u200bskyj sprach mit Steve Wit\u202ekoff\u202c in Kiew.\n\nSelenskyj\u200f sagte, die Gespräche in Abu\u0007 Dhabi seien produktiv.\n'
    await writeContent(content, { 'invisible.md': article('Unsichtbar', body) }, false)
    const run = await runCli(['build', '--content', content, '--out', out, '--no-cache', '--jobs', '1'])
    expect(run.status, run.stderr).to.equal(0)
    expect((await messageLines(run.stderr, 'invisible.md')).join('\n')).to.match(/^\s*7:42\s+warning\s+Removed 5 invisible .*U\+200B/m)
    const glossary = await readFile(path.join(out, 'glossary.json'), 'utf8')
    expect(glossary).not.to.match(/[\u0000-\u0008\u200b-\u200f\u202a-\u202e]/)
    const names = (JSON.parse(glossary) as { entries: Array<{ de: string }> }).entries.map((entry) => entry.de)
    expect(names).to.include.members(['Wolodymyr Selenskyj', 'Steve Witkoff'])
  })
})
