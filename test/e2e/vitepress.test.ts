/**
 * End to end: out/ built as a real VitePress site, served on 127.0.0.1 and read in
 * headless Chromium (Debian's `chromium`, driven by playwright-core). Skips with a
 * how-to when no browser is installed, unless BILINGUAL_DIGEST_REQUIRE_BROWSER=1
 * (set by .ci/run), where a missing browser fails the test.
 */
import { expect } from 'chai'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { serveStatic, type StaticServer } from './static-server.ts'
import { buildFromContent } from '../../src/build.ts'
import { writeOutput } from '../../src/write.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const OUT = path.join(ROOT, 'out')
const SCREENSHOTS = path.join(import.meta.dirname, 'screenshots')
const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const REQUIRE_BROWSER = process.env.BILINGUAL_DIGEST_REQUIRE_BROWSER === '1'
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const TORTURE = path.join(ROOT, 'test/fixtures/mdx-torture/content')
const run = promisify(execFile)

/** `vitepress build` of a folder, with the project's packages lent to it (Vite resolves `vue` from the site folder upwards). */
async function buildVitepress(siteDir: string): Promise<void> {
  await symlink(path.join(ROOT, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir')
  await run(process.execPath, [path.join(ROOT, 'node_modules/vitepress/bin/vitepress.js'), 'build', siteDir], { cwd: ROOT, timeout: 90_000 })
}

interface GlossaryJson {
  entries: Array<{ id: string; de: string; en: string; articles: string[] }>
}

/** Text of an element as a reader sees it, without VitePress's zero-width permalink text. */
const visibleText = (value: string | null) => (value ?? '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim()

describe('out/ as a VitePress site in headless Chromium', function () {
  this.timeout(120_000)
  let work: string
  let server: StaticServer | undefined
  let context: BrowserContext | undefined
  let page: Page
  let selenskyj: GlossaryJson['entries'][number]
  let tortureServer: StaticServer | undefined
  let tortureSlug: string
  let tortureTitle: string

  before(async function () {
    if (!existsSync(BROWSER)) {
      const message = `No Chromium at ${BROWSER}. Install one with \`apt-get install chromium\` (Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium/Chrome binary.`
      if (REQUIRE_BROWSER) throw new Error(`${message} (BILINGUAL_DIGEST_REQUIRE_BROWSER=1: a missing browser is a failure here)`)
      console.warn(`      skipped: ${message}`)
      this.skip()
    }
    const glossary = JSON.parse(await readFile(path.join(OUT, 'glossary.json'), 'utf8')) as GlossaryJson
    selenskyj = glossary.entries.find((entry) => entry.de === 'Wolodymyr Selenskyj')!
    expect(selenskyj, 'out/glossary.json has Wolodymyr Selenskyj').to.exist

    // The site is built from a copy of out/, so the committed folder never gets a dist/.
    work = await mkdtemp(path.join(tmpdir(), 'bilingual-digest-vitepress-'))
    const siteDir = path.join(work, 'site')
    await cp(OUT, siteDir, { recursive: true })
    // A second site from the MDX torture fixture: news text full of HTML, `{{ }}` and `<script>`.
    const tortureDir = path.join(work, 'torture')
    const torture = await buildFromContent(TORTURE)
    await writeOutput(tortureDir, torture.files)
    tortureSlug = torture.model.articles[0].slug
    tortureTitle = torture.model.articles[0].meta.title
    await Promise.all([buildVitepress(siteDir), buildVitepress(tortureDir)])
    await mkdir(path.join(work, 'www'))
    await symlink(path.join(siteDir, '.vitepress/dist'), path.join(work, 'www/site'), 'dir')
    await symlink(path.join(tortureDir, '.vitepress/dist'), path.join(work, 'www/torture'), 'dir')
    server = await serveStatic(path.join(siteDir, '.vitepress/dist'))
    tortureServer = await serveStatic(path.join(tortureDir, '.vitepress/dist'))

    context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: BROWSER,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
      timeout: 30_000,
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(15_000)
    await mkdir(SCREENSHOTS, { recursive: true })
  })

  after(async () => {
    await context?.close()
    await server?.close()
    await tortureServer?.close()
    if (work) await rm(work, { recursive: true, force: true })
  })

  /** The glossary heading of an entry (by its visible text) and the list under it. */
  async function glossaryEntry(name: string): Promise<{ id: string; details: string } | null> {
    // No named helpers inside: the function runs in the page, where tsx's `__name` wrapper does not exist.
    const entries = await page.evaluate(() =>
      [...document.querySelectorAll('.vp-doc h3')].map((node) => ({ id: node.id, heading: node.textContent ?? '', details: node.nextElementSibling?.textContent ?? '' })),
    )
    const entry = entries.find((candidate) => visibleText(candidate.heading) === name)
    return entry ? { id: entry.id, details: visibleText(entry.details) } : null
  }

  it('lists Wolodymyr Selenskyj with Volodymyr Zelensky on the German glossary page', async () => {
    await page.goto(`${server!.url}/de/glossary.html`, { waitUntil: 'networkidle' })
    expect(await page.getAttribute('html', 'lang')).to.equal('de')
    expect(visibleText(await page.textContent('.vp-doc h1'))).to.equal('Glossar')
    const entry = await glossaryEntry('Wolodymyr Selenskyj')
    expect(entry, 'heading "Wolodymyr Selenskyj"').to.not.equal(null)
    expect(entry!.details).to.contain('Englisch: Volodymyr Zelensky')
    expect(entry!.details).to.contain('Kyrillisch: Володимир Зеленський')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-de.png') })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-de-full.png'), fullPage: true })
  })

  it('takes the reader from a German summary page to that entry on the glossary page', async () => {
    await page.goto(`${server!.url}/de/articles/${selenskyj.articles[0]}.html`, { waitUntil: 'networkidle' })
    const link = page.locator('.vp-doc a', { hasText: 'Wolodymyr Selenskyj' }).first()
    await link.click()
    await page.waitForURL(/\/de\/glossary\.html#/)
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1))
    // VitePress swaps the page in place: wait until the entry is there and scrolled into view.
    await page.locator(`[id="${hash}"]`).waitFor()
    await page
      .waitForFunction((id) => {
        const box = document.getElementById(id)?.getBoundingClientRect()
        return box !== undefined && box.top >= 0 && box.top < window.innerHeight
      }, hash, { timeout: 5_000 })
      .catch(() => undefined)
    const target = await page.evaluate((id) => {
      const node = document.getElementById(id)
      if (!node) return null
      const box = node.getBoundingClientRect()
      return { tag: node.tagName, text: (node.textContent ?? '').replace(/\u200b/g, '').trim(), top: box.top, viewport: window.innerHeight }
    }, hash)
    expect(target, `element #${hash} on the glossary page`).to.not.equal(null)
    expect(target!.tag).to.equal('H3')
    expect(target!.text).to.equal('Wolodymyr Selenskyj')
    // The browser scrolled to it: the heading is on screen, not somewhere below.
    expect(target!.top).to.be.within(0, target!.viewport)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-de-from-article-link.png') })
  })

  it('shows English text on the English pages', async () => {
    await page.goto(`${server!.url}/en/glossary.html`, { waitUntil: 'networkidle' })
    expect(await page.getAttribute('html', 'lang')).to.equal('en')
    expect(visibleText(await page.textContent('.vp-doc h1'))).to.equal('Glossary')
    const entry = await glossaryEntry('Volodymyr Zelensky')
    expect(entry, 'heading "Volodymyr Zelensky"').to.not.equal(null)
    expect(entry!.details).to.contain('German: Wolodymyr Selenskyj')
    const headings = (await page.locator('.vp-doc h2').allTextContents()).map(visibleText)
    expect(headings).to.deep.equal(['People', 'Places', 'Organisations'])
    await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-en.png') })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-en-full.png'), fullPage: true })

    await page.goto(`${server!.url}/en/articles/${selenskyj.articles[0]}.html`, { waitUntil: 'networkidle' })
    const articleHeadings = (await page.locator('.vp-doc h2').allTextContents()).map(visibleText)
    expect(articleHeadings).to.include.members(['Summary', 'Names mentioned', 'Source'])
    const body = visibleText(await page.textContent('.vp-doc'))
    expect(body).to.match(/\b(agreed|prisoners|talks|said)\b/)
    expect(body).to.not.match(/\b(Zusammenfassung|Genannte Namen|haben sich)\b/)
  })

  it('shows HTML, `{{ }}` and `<script>` from news text as text, and runs none of it', async () => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${tortureServer!.url}/de/articles/${tortureSlug}.html`, { waitUntil: 'networkidle' })
    expect(visibleText(await page.textContent('.vp-doc h1'))).to.equal(tortureTitle)
    // VitePress strips tags from a front matter title for <title>; it must still not run them.
    expect(await page.title()).to.contain('Gipfel')
    const injected = await page.evaluate(() => document.querySelectorAll('.vp-doc script, .vp-doc img, .vp-doc b, .VPSidebar img, .VPSidebar script').length)
    expect(injected).to.equal(0)
    const sidebar = visibleText(await page.textContent('.VPSidebar'))
    expect(sidebar).to.contain(tortureTitle)
    const body = visibleText(await page.textContent('.vp-doc'))
    expect(body).to.contain('export default 1 <img src=x onerror=alert(1)> {source} | Reuters')
    expect(dialogs).to.deep.equal([])
  })
})
