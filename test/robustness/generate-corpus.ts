/**
 * Generates a realistic corpus of German articles for the benchmark and the
 * interruption test, by recombining the sentences and person names of the project's
 * own test corpus (test/corpus/raw and its gold names). Seeded, so a run is repeatable.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url))

interface SourceMaterial {
  sentences: string[]
  headlines: string[]
  /** Person names as written in the corpus (full forms of two or more words). */
  people: string[]
}

/** A small deterministic PRNG (mulberry32): builds must be reproducible across runs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let material: SourceMaterial | undefined

function loadMaterial(): SourceMaterial {
  if (material) return material
  const sentences: string[] = []
  const headlines: string[] = []
  const rawDir = path.join(CORPUS_DIR, 'raw')
  for (const name of readdirSync(rawDir).filter((file) => file.endsWith('.txt') && !file.endsWith('.summary.txt')).sort()) {
    const lines = readFileSync(path.join(rawDir, name), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('source:') && !/^date /.test(line))
    for (const line of lines) {
      // Short lines without final punctuation are headlines and section headings.
      if (line.length < 120 && !/[.!?“"»]$/.test(line)) {
        headlines.push(line)
        continue
      }
      // A rough split is enough here: the analyser, not the generator, is under test.
      for (const sentence of line.split(/(?<=[a-zäöüß0-9“"»][.!?])\s+(?=[A-ZÄÖÜ„«"])/u)) if (sentence.length > 20) sentences.push(sentence)
    }
  }
  const people = new Set<string>()
  const goldDir = path.join(CORPUS_DIR, 'gold')
  for (const name of readdirSync(goldDir).filter((file) => file.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')) as { entities: Array<{ name: string; type: string }> }
    for (const entity of gold.entities) if (entity.type === 'person' && entity.name.includes(' ')) people.add(entity.name)
  }
  material = { sentences, headlines, people: [...people].sort() }
  return material
}

function pick<T>(random: () => number, items: T[]): T {
  return items[Math.floor(random() * items.length)]
}

/** Swaps full person names for other ones, so the glossary grows like a real archive's. */
function recastPeople(sentence: string, random: () => number, people: string[]): string {
  let text = sentence
  for (const name of people) if (text.includes(name) && random() < 0.5) text = text.split(name).join(pick(random, people))
  return text
}

function isoDate(random: () => number): string {
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 4 * 365) * 86_400_000)
  return day.toISOString().slice(0, 10)
}

/** One article as Markdown with front matter; lengths vary like news (4–40 sentences). */
export function generateArticle(index: number, seed = 1): string {
  const { sentences, headlines, people } = loadMaterial()
  const random = seededRandom(seed * 1_000_003 + index)
  const title = `${pick(random, headlines)} (${index + 1})`
  const paragraphs: string[] = []
  const sentenceCount = 4 + Math.floor(random() * random() * 36)
  let paragraph: string[] = []
  for (let i = 0; i < sentenceCount; i++) {
    paragraph.push(recastPeople(pick(random, sentences), random, people))
    if (paragraph.length >= 2 + Math.floor(random() * 3)) {
      paragraphs.push(paragraph.join(' '))
      paragraph = []
      if (random() < 0.2) paragraphs.push(`## ${pick(random, headlines)}`)
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '))
  const frontMatter = ['---', `title: ${JSON.stringify(title)}`, `date: ${isoDate(random)}`, 'lang: de', '---']
  return `${frontMatter.join('\n')}\n\n${paragraphs.join('\n\n')}\n`
}

export function articleFileName(index: number): string {
  return `article-${String(index).padStart(6, '0')}.md`
}

/** Writes `count` generated articles into `dir`; returns their paths. */
export async function generateCorpus(dir: string, count: number, seed = 1): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const paths: string[] = []
  for (let index = 0; index < count; index++) {
    const filePath = path.join(dir, articleFileName(index))
    await writeFile(filePath, generateArticle(index, seed))
    paths.push(filePath)
  }
  return paths
}
