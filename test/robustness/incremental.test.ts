/**
 * The cache and the worker threads change how fast a build is, never what it writes:
 * a parallel, cached build and a warm rebuild after an edit give byte-identical output
 * to a fresh single-threaded build, and a rebuild re-analyses only what changed.
 * `--watch` rebuilds when an article changes.
 */
import { expect } from 'chai'
import { spawn } from 'node:child_process'
import { appendFile, cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { articleFileName, generateCorpus } from './generate-corpus.ts'
import { makeTempDir, readTree, removeDir, runCli } from './helpers.ts'
import { AnalysisCache } from '../../src/cache/store.ts'
import { listArticleFiles, readArticles } from '../../src/load/content.ts'
import { analyseFiles } from '../../src/workers/analyse-files.ts'

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))
// Enough articles that the build starts worker threads (it does not for a handful).
const CORPUS_SIZE = 90

async function expectSameTree(actualDir: string, expectedDir: string): Promise<void> {
  const actual = await readTree(actualDir)
  const expected = await readTree(expectedDir)
  expect([...actual.keys()]).to.deep.equal([...expected.keys()])
  for (const [file, bytes] of expected) expect(actual.get(file)!.equals(bytes), `${file} differs`).to.equal(true)
}

describe('build: cache and worker threads change speed, never output', function () {
  this.timeout(300_000)
  let root: string
  let content: string
  let cacheDir: string

  before(async () => {
    root = await makeTempDir('incremental')
    content = path.join(root, 'content')
    cacheDir = path.join(root, 'cache')
    await generateCorpus(content, CORPUS_SIZE, 3)
  })
  after(async () => {
    await removeDir(root)
  })

  it('a parallel cached build, and a warm rebuild after an edit, equal fresh single-threaded builds', async () => {
    const fresh = path.join(root, 'fresh')
    const parallel = path.join(root, 'parallel')
    expect((await runCli(['build', '--content', content, '--out', fresh, '--no-cache', '--jobs', '1'])).status).to.equal(0)
    expect((await runCli(['build', '--content', content, '--out', parallel, '--cache', cacheDir, '--jobs', '2'])).status).to.equal(0)
    await expectSameTree(parallel, fresh)

    await appendFile(path.join(content, articleFileName(4)), '\nDer Kreml in Moskau wies die Darstellung von Wolodymyr Selenskyj zurück.\n')
    expect((await runCli(['build', '--content', content, '--out', fresh, '--no-cache', '--jobs', '1'])).status).to.equal(0)
    expect((await runCli(['build', '--content', content, '--out', parallel, '--cache', cacheDir, '--jobs', '2'])).status).to.equal(0)
    await expectSameTree(parallel, fresh)
  })

  // A worker thread summarises an article as soon as it is analysed, guessing that a family
  // name alone joins the one full name the thread has seen with it; the build summarises
  // again where the archive's glossary says otherwise (here: a second full name elsewhere).
  it('a family name alone is summarised with the archive’s names, whatever the threads guessed', async () => {
    const ambiguous = path.join(root, 'ambiguous-content')
    await cp(content, ambiguous, { recursive: true })
    const report = (title: string, day: number, body: string) => `---\ntitle: ${title}\ndate: 2025-03-${String(day).padStart(2, '0')}\n---\n\n${body}\n`
    const files: Record<string, string> = {
      'aa-kader.md': report('Der Kader steht', 1, 'Trainer Julian Nagelsmann nominierte Joshua Kimmich für das Länderspiel in München. Die Mannschaft reist am Montag ab.'),
      'zz-neuzugang.md': report('Ein Neuzugang', 28, 'Auch Felix Kimmich steht erstmals im Kader des Vereins. Der Verein teilte das am Dienstag mit.'),
    }
    for (let day = 2; day <= 12; day++) files[`kimmich-${day}.md`] = report(`Spielbericht ${day}`, day, `Kimmich traf in der ${70 + day}. Minute zum 2:1 gegen Frankreich. Das Spiel fand vor 60.000 Zuschauern in Berlin statt.`)
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(ambiguous, name), text)
    const fresh = path.join(root, 'fresh-ambiguous')
    const parallel = path.join(root, 'parallel-ambiguous')
    expect((await runCli(['build', '--content', ambiguous, '--out', fresh, '--no-cache', '--jobs', '1'])).status).to.equal(0)
    expect((await runCli(['build', '--content', ambiguous, '--out', parallel, '--cache', path.join(root, 'cache-ambiguous'), '--jobs', '2'])).status).to.equal(0)
    await expectSameTree(parallel, fresh)
    const glossary = JSON.parse(await readFile(path.join(fresh, 'glossary.json'), 'utf8')) as { entries: Array<{ de: string; articles: string[] }> }
    const kimmich = glossary.entries.filter((entry) => entry.de.endsWith('Kimmich')).map((entry) => entry.de)
    expect(kimmich, 'the reports keep the family name alone: two full names share it').to.include.members(['Joshua Kimmich', 'Felix Kimmich', 'Kimmich'])
  })

  // An article's title and date show on the glossary page and on the pages of the busy
  // entries (names/) that list it: their keys must change with them.
  it('a warm rebuild after a changed title and date equals a fresh build, the glossary and entry pages included', async () => {
    const fresh = path.join(root, 'fresh-title')
    const parallel = path.join(root, 'parallel')
    const file = path.join(content, articleFileName(7))
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace(/^title: .*$/m, 'title: Ein ganz neuer Titel').replace(/^date: .*$/m, 'date: 2027-01-01'))
    expect((await runCli(['build', '--content', content, '--out', fresh, '--no-cache', '--jobs', '1'])).status).to.equal(0)
    expect((await runCli(['build', '--content', content, '--out', parallel, '--cache', cacheDir, '--jobs', '2'])).status).to.equal(0)
    const entryPages = (await readTree(fresh)).keys()
    expect([...entryPages].some((page) => page.includes('/names/')), 'the corpus has entry pages').to.equal(true)
    await expectSameTree(parallel, fresh)
  })

  it('a rebuild links the pages it need not render, and renders again a page edited in out/', async () => {
    const fresh = path.join(root, 'fresh-linked')
    const out = path.join(root, 'linked')
    expect((await runCli(['build', '--content', content, '--out', out, '--cache', cacheDir, '--jobs', '1'])).status).to.equal(0)
    const pages = (await readdir(path.join(out, 'en', 'articles'))).sort()
    const [untouched, edited] = pages.filter((name) => !name.includes(articleFileName(5).replace(/\.md$/, '')))
    const page = (name: string) => path.join(out, 'en', 'articles', name)
    const untouchedInode = (await stat(page(untouched))).ino
    const changedPage = pages.find((name) => name.includes(articleFileName(5).replace(/\.md$/, '')))!
    const changedInode = (await stat(page(changedPage))).ino
    await appendFile(page(edited), '\nEdited by hand.\n')
    await appendFile(path.join(content, articleFileName(5)), '\nDie Gespräche in Genf sollen am Montag fortgesetzt werden.\n')

    expect((await runCli(['build', '--content', content, '--out', out, '--cache', cacheDir, '--jobs', '1'])).status).to.equal(0)
    expect((await stat(page(untouched))).ino, 'an unchanged page is linked from the previous out/').to.equal(untouchedInode)
    expect((await stat(page(changedPage))).ino, 'the changed article is rendered again').to.not.equal(changedInode)
    expect(await readFile(page(edited), 'utf8')).to.not.contain('Edited by hand.')
    expect((await runCli(['build', '--content', content, '--out', fresh, '--no-cache', '--jobs', '1'])).status).to.equal(0)
    await expectSameTree(out, fresh)
  })

  // The site-wide files are keyed by what they show: a body edit that leaves every title,
  // date and summary as it was keeps them, the changed article's own pages are rendered again.
  it('a rebuild keeps the site-wide files (index pages, JSON, site configuration) when no title, date or summary changed', async () => {
    const fresh = path.join(root, 'fresh-site-files')
    const out = path.join(root, 'site-files')
    expect((await runCli(['build', '--content', content, '--out', out, '--cache', cacheDir, '--jobs', '1'])).status).to.equal(0)
    const siteFiles = ['summaries.json', 'glossary.json', 'glossary.tbx', 'en/index.md', 'de/index.md', '.vitepress/config.mts']
    const before = new Map(await Promise.all(siteFiles.map(async (file) => [file, { ino: (await stat(path.join(out, file))).ino, text: await readFile(path.join(out, file), 'utf8') }] as const)))
    const changed = path.join(out, 'de', 'articles', articleFileName(9))
    const changedInode = (await stat(changed)).ino
    // A closing remark: no fact a summary would take.
    await appendFile(path.join(content, articleFileName(9)), '\nMehr dazu in Kürze.\n')

    expect((await runCli(['build', '--content', content, '--out', out, '--cache', cacheDir, '--jobs', '1'])).status).to.equal(0)
    for (const file of siteFiles) {
      expect(await readFile(path.join(out, file), 'utf8'), `${file} shows the same`).to.equal(before.get(file)!.text)
      expect((await stat(path.join(out, file))).ino, `${file} is kept, not written again`).to.equal(before.get(file)!.ino)
    }
    expect((await stat(changed)).ino, 'the edited article is rendered again').to.not.equal(changedInode)
    expect((await runCli(['build', '--content', content, '--out', fresh, '--no-cache', '--jobs', '1'])).status).to.equal(0)
    await expectSameTree(out, fresh)
  })

  // Today's article goes to the top of the list: the others keep their pages (their
  // sidebar positions come from their own dates, not from their place in the list).
  it('a rebuild after a new article is added renders its pages, not every other article’s again', async () => {
    const fresh = path.join(root, 'fresh-added')
    const out = path.join(root, 'added')
    const added = path.join(content, 'added-today.md')
    expect((await runCli(['build', '--content', content, '--out', out, '--cache', cacheDir, '--jobs', '1'])).status).to.equal(0)
    const pagesOf = async () => (await readdir(path.join(out, 'en', 'articles'))).sort()
    const inodes = async (names: string[]) => Promise.all(names.map(async (name) => (await stat(path.join(out, 'en', 'articles', name))).ino))
    const pagesBefore = await pagesOf()
    const inodesBefore = await inodes(pagesBefore)
    const text = await readFile(path.join(content, articleFileName(10)), 'utf8')
    await writeFile(added, text.replace(/^date: .*$/m, 'date: 2099-12-31').replace(/^title: .*$/m, 'title: Der neueste Artikel'))
    try {
      expect((await runCli(['build', '--content', content, '--out', out, '--cache', cacheDir, '--jobs', '1'])).status).to.equal(0)
      expect(await pagesOf()).to.deep.equal([...pagesBefore, 'added-today.md'].sort())
      expect(await inodes(pagesBefore), 'every other article page is kept').to.deep.equal(inodesBefore)
      expect((await runCli(['build', '--content', content, '--out', fresh, '--no-cache', '--jobs', '1'])).status).to.equal(0)
      await expectSameTree(out, fresh)
    } finally {
      await rm(added)
    }
  })

  it('rebuilds after that turn the out/ before last into the new one: changed pages replaced, a deleted article gone', async () => {
    const fresh = path.join(root, 'fresh-generations')
    const out = path.join(root, 'generations')
    for (let round = 0; round < 3; round++) {
      if (round === 0) await writeFile(path.join(content, 'extra.md'), await readFile(path.join(content, articleFileName(6))))
      if (round === 1) await appendFile(path.join(content, articleFileName(6)), '\nDer Kreml in Moskau sprach von Fortschritten.\n')
      if (round === 2) await rm(path.join(content, 'extra.md'))
      const run = await runCli(['build', '--content', content, '--out', out, '--cache', cacheDir, '--jobs', '1'])
      expect(run.status, run.stderr).to.equal(0)
    }
    expect((await runCli(['build', '--content', content, '--out', fresh, '--no-cache', '--jobs', '1'])).status).to.equal(0)
    await expectSameTree(out, fresh)
    expect((await readdir(path.dirname(out))).filter((name) => name.startsWith('.')), 'nothing is left beside out/').to.deep.equal([])
  })

  it('a rebuild re-analyses only the changed and renamed articles', async () => {
    const cache = await AnalysisCache.open(cacheDir)
    const load = async () => readArticles(await listArticleFiles(content))
    const first = await analyseFiles(await load(), { cache })
    expect(first.analysed).to.equal(0, 'everything is cached after the previous test')
    await appendFile(path.join(content, articleFileName(7)), '\nEin neuer Absatz über Kiew.\n')
    // The slug is part of what an analysis depends on: a renamed file is analysed again.
    await rename(path.join(content, articleFileName(8)), path.join(content, 'renamed.md'))
    const second = await analyseFiles(await load(), { cache })
    expect({ analysed: second.analysed, fromCache: second.fromCache }).to.deep.equal({ analysed: 2, fromCache: CORPUS_SIZE - 2 })
  })

  it('--watch rebuilds when an article changes, and stops on SIGINT', async () => {
    const out = path.join(root, 'watched')
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'build', '--watch', '--content', content, '--out', out, '--cache', cacheDir, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    const builds = () => stderr.match(/built \d+ articles/g)?.length ?? 0
    const waitFor = (condition: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (condition()) {
            clearInterval(timer)
            resolve()
          }
        }, 50)
        child.on('exit', () => {
          clearInterval(timer)
          reject(new Error(`watch exited early:\n${stderr}`))
        })
      })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    await waitFor(() => /watching/.test(stderr))
    expect(builds()).to.equal(1)
    const changed = path.join(content, articleFileName(9))
    await appendFile(changed, '\nDie Gespräche in Genf wurden vertagt.\n')
    await waitFor(() => builds() === 2)
    const summaries = await readFile(path.join(out, 'summaries.json'), 'utf8')
    expect(summaries).to.include(`"slug": "${path.basename(changed, '.md')}"`)
    child.kill('SIGINT')
    expect(await exited).to.equal(0)
  })
})
