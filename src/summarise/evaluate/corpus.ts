/**
 * The evaluation corpus run through the whole pipeline the way a user's articles
 * are: raw text → import → analyse → glossary merged across all articles →
 * summary. Shared by `npm run eval:summaries` and the threshold test, so both
 * measure exactly the same thing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { importArticle } from '../../load/import/index.ts'
import { analyseFile, createAnalyser } from '../../analyse/index.ts'
import { mergeGlossary } from '../../glossary/merge.ts'
import { createTranslator, type Translator } from '../../i18n.ts'
import type { AnalysedArticle } from '../article.ts'
import type { NameLookup } from '../realise.ts'
import { summariseArticle, type ArticleSummary } from '../index.ts'
import { loadRules } from '../rules/load.ts'

export interface KeyFacts {
  de: string[]
  en: string[]
}

export interface CorpusArticle {
  /** Raw file name without `.txt`. */
  stem: string
  raw: string
  article: AnalysedArticle
  names: NameLookup
  summary: ArticleSummary
  /** The publisher's own teaser (`<stem>.summary.txt`), without its `source:` line. */
  teaser?: string
  keyFacts?: KeyFacts
  /** Milliseconds the summary stage took. */
  ms: number
}

export interface CorpusOptions {
  rawDir: string
  /** Folder of `<stem>.json` gold files with `keyFacts`. */
  goldDir?: string
  translator?: Translator
  /** Publication dates (ISO) for raw texts that carry none, by stem. */
  dates?: Record<string, string>
  /** Changes a raw text before import (the evaluation drops teaser lines with it). */
  transform?: (stem: string, raw: string) => string
}

function withoutSourceLine(text: string): string {
  return text.replace(/^source:[^\n]*\n/, '').trim()
}

export async function summariseCorpus(options: CorpusOptions): Promise<CorpusArticle[]> {
  const stems = readdirSync(options.rawDir)
    .filter((name) => name.endsWith('.txt') && !name.endsWith('.summary.txt'))
    .map((name) => name.slice(0, -4))
    .sort()
  const processor = createAnalyser()
  const analysed = stems.map((stem) => {
    const original = readFileSync(path.join(options.rawDir, `${stem}.txt`), 'utf8')
    const raw = options.transform ? options.transform(stem, original) : original
    let imported = importArticle(raw, { fileName: `${stem}.txt` })
    const date = options.dates?.[stem]
    // A leading `date YYYY-MM-DD` line is the importer's own way to give a pasted text its date.
    if (!imported.meta.date && date) imported = importArticle(`date ${date}\n${raw}`, { fileName: `${stem}.txt` })
    const article = analyseFile(new VFile({ path: `${stem}.md`, value: imported.markdown }), stem, processor)
    return { stem, raw, article }
  })
  const glossary = mergeGlossary(analysed.map(({ article }) => ({ slug: article.slug, entities: article.entities })))
  const translator = options.translator ?? createTranslator()
  const rules = await loadRules()
  return analysed.map(({ stem, raw, article }) => {
    const names: NameLookup = (key) => {
      const entry = glossary.entryOf(article.slug, key)
      return entry ? { de: entry.de, en: entry.en, type: entry.type } : undefined
    }
    const teaserPath = path.join(options.rawDir, `${stem}.summary.txt`)
    const goldPath = options.goldDir ? path.join(options.goldDir, `${stem}.json`) : undefined
    const started = performance.now()
    const summary = summariseArticle(article, rules, translator, names)
    const ms = performance.now() - started
    return {
      stem,
      raw,
      article,
      names,
      summary,
      ms,
      teaser: existsSync(teaserPath) ? withoutSourceLine(readFileSync(teaserPath, 'utf8')) : undefined,
      keyFacts: goldPath && existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as { keyFacts?: KeyFacts }).keyFacts : undefined,
    }
  })
}
