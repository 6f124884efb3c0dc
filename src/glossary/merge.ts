/**
 * The cross-article merge: every article entity becomes one glossary entry, shared by
 * all articles that name the same person, place or organisation in whatever spelling.
 * Identity comes first from the lexicon, then from CLDR country codes, then from the
 * transliteration-aware variant key (Peskow = Peskov), with persons also matched by
 * family name when that is unambiguous.
 */
import { readFileSync } from 'node:fs'
import type { ArticleEntity, EntityType, GlossaryEntry } from '../types.ts'
import { slugify } from '../load/slug.ts'
import { lexiconEntries } from './lexicon/index.ts'
import { transliterate } from './translit/index.ts'
import { variantKey } from './variant-key.ts'
import { MEMO_LIMIT, memoByString } from '../analyse/memo.ts'

export interface GlossaryInput {
  slug: string
  entities: ArticleEntity[]
}

export interface Glossary {
  entries: GlossaryEntry[]
  /** Glossary entry of an article entity. */
  entryOf(slug: string, entityKey: string): GlossaryEntry | undefined
  /** The glossary as plain data (for the cache; glossaryFromData makes it a glossary again). */
  toData(): GlossaryData
}

/**
 * A glossary as plain data: its entries, and each article's entities' entries, by slug as
 * the JSON text of [entity key, index into `entries`, …]. Text, not a map per article:
 * the cache index keeps this, and 10,000 maps were 14 MB of heap and 60 ms of reading
 * it (issue 7), while a build asks for the entries of the few articles it renders.
 */
export interface GlossaryData {
  entries: GlossaryEntry[]
  assignment: Map<string, string>
}

/** The glossary a GlossaryData holds: the same entries, the same answers to entryOf. */
export function glossaryFromData(data: GlossaryData): Glossary {
  // An article has a few entities: its pairs are searched as they are, not made into a map.
  const pairsBySlug = new Map<string, Array<string | number>>()
  const pairsOf = (slug: string): Array<string | number> | undefined => {
    let pairs = pairsBySlug.get(slug)
    if (pairs) return pairs
    const text = data.assignment.get(slug)
    if (text === undefined) return undefined
    pairsBySlug.set(slug, (pairs = JSON.parse(text) as Array<string | number>))
    return pairs
  }
  return {
    entries: data.entries,
    entryOf: (slug, entityKey) => {
      const pairs = pairsOf(slug)
      if (pairs) for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === entityKey) return data.entries[pairs[i + 1] as number]
      return undefined
    },
    toData: () => data,
  }
}

interface Building extends GlossaryEntry {
  identity: string
  rolesSeen: Map<string, string>
  /** The same as `articles` and `variants`, for constant-time membership (performance, issue 7: a popular entry names thousands of articles). */
  articleSet: Set<string>
  variantSet: Set<string>
}

// Performance (issue 7): the id index is built once, not on every lookup (it was rebuilt per entity).
let lexiconIndex: Map<string, ReturnType<typeof lexiconEntries>[number]> | undefined
const lexiconById = () => (lexiconIndex ??= new Map(lexiconEntries().map((entry) => [entry.id, entry])))

// Performance (issue 7): built once, not per entity.
const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region' })

type Identity = { identity: string; seed: Omit<GlossaryEntry, 'id' | 'variants' | 'roles' | 'articles'> }

// An entity's identity depends on its key, type and name only, and the same names recur
// in article after article: resolved once each (issue 7: a third of merging 10,000
// articles). Callers copy the seed, never change it.
const identities = new Map<string, Identity>()

// The cache hands out one object for equal entities (cache/store.ts intern): those are
// looked up by object first, without building the text key (issue 7: 100,000 entities).
const identitiesByEntity = new WeakMap<ArticleEntity, Identity>()

function identityOf(entity: ArticleEntity): Identity {
  let known = identitiesByEntity.get(entity)
  if (known) return known
  const memoKey = `${entity.key}\0${entity.type}\0${entity.name}`
  known = identities.get(memoKey)
  if (!known) {
    if (identities.size >= MEMO_LIMIT) identities.clear()
    identities.set(memoKey, (known = resolveIdentity(entity)))
  }
  identitiesByEntity.set(entity, known)
  return known
}

function resolveIdentity(entity: ArticleEntity): Identity {
  if (entity.key.startsWith('lexicon:')) {
    const lexiconEntry = lexiconById().get(entity.key.slice('lexicon:'.length))
    if (lexiconEntry) {
      return {
        identity: entity.key,
        seed: { type: lexiconEntry.type, de: lexiconEntry.de, en: lexiconEntry.en, cyrillic: lexiconEntry.cyrillic, origin: 'lexicon' },
      }
    }
  }
  if (entity.key.startsWith('cldr:')) {
    const code = entity.key.slice('cldr:'.length)
    const en = englishRegionNames.of(code) ?? entity.name
    return { identity: entity.key, seed: { type: 'place', de: entity.name, en, cyrillic: null, origin: 'lexicon' } }
  }
  const result = transliterate(entity.name, { type: entity.type })
  if (result.lexiconId) {
    const lexiconEntry = lexiconById().get(result.lexiconId)
    if (lexiconEntry && lexiconEntry.type === entity.type) {
      return {
        identity: `lexicon:${lexiconEntry.id}`,
        seed: { type: lexiconEntry.type, de: lexiconEntry.de, en: lexiconEntry.en, cyrillic: lexiconEntry.cyrillic, origin: 'lexicon' },
      }
    }
  }
  if (result.origin === 'rules' && !looksTransliterated(entity.name, entity.type)) {
    return { identity: `${entity.type}:${variantKey(entity.name)}`, seed: { type: entity.type, de: entity.name, en: entity.name, cyrillic: null, origin: 'as-is' } }
  }
  const de = result.origin === 'rules' ? result.de : entity.name
  return {
    identity: `${entity.type}:${variantKey(de)}`,
    seed: { type: entity.type, de, en: result.en, cyrillic: result.cyrillic, origin: result.origin === 'lexicon' ? 'rules' : result.origin },
  }
}

const markers = JSON.parse(readFileSync(new URL('./data/transliteration-markers.json', import.meta.url), 'utf8')) as {
  familyNameEndings: string[]
  placeNameEndings: string[]
}
const FAMILY_ENDING = new RegExp(`(?:${markers.familyNameEndings.join('|')})s?$`, 'i')
const PLACE_ENDING = new RegExp(`(?:${markers.placeNameEndings.join('|')})s?$`, 'i')

/** Does the name show by its ending that it was transliterated from Cyrillic? (see the data file) */
export function looksTransliterated(name: string, type: EntityType): boolean {
  const words = name.split(/[\s-]+/)
  const last = words[words.length - 1]
  if (type === 'person') return FAMILY_ENDING.test(last)
  if (type === 'place') return PLACE_ENDING.test(last) || FAMILY_ENDING.test(last)
  return false
}

function familyKey(name: string): string {
  const words = name.split(' ')
  return variantKey(words[words.length - 1])
}

/**
 * German collation, made once: `localeCompare(other, 'de')` orders exactly as this
 * collator does but builds its collation data on every call (issue 7: most of merging a
 * single article's glossary, which the worker threads do for every article).
 */
const GERMAN_ORDER = new Intl.Collator('de')

// Entry ids: the same names recur in article after article, and worker threads merge a
// glossary per article (issue 7: slugify was a third of that).
const slugOf = memoByString(slugify)

/**
 * Which entry each entity of each article belongs to: the entries as first made (names
 * fixed), before ids, sorting and roles. `make` makes an entry; `use` records an
 * entity's use of its entry (mergeGlossary collects spellings, roles and articles there;
 * the names of one article need none of that: issue 7, worker threads ask for them for
 * every article, and making the collections was a twentieth of a cold build);
 * `elsewhere` gives a family name alone a full name seen in other articles (namesInArticle).
 */
function assignEntries<T extends { type: EntityType; de: string }>(
  articles: GlossaryInput[],
  make: (first: Identity) => T,
  { use, elsewhere }: { use?: (slug: string, entity: ArticleEntity, entry: T) => void; elsewhere?: FullNamesSeen } = {},
): { byIdentity: Map<string, T>; assignment: Map<string, Map<string, T>> } {
  const byIdentity = new Map<string, T>()
  // By article, then entity key (one map per article: no key string built per mention; issue 7).
  const assignment = new Map<string, Map<string, T>>()
  const deferredSingles: Array<{ slug: string; entity: ArticleEntity; identity: Identity }> = []
  // Person entries by family name, in creation order (performance, issue 7: each lone family name scanned every entry).
  const byFamily = new Map<string, T[]>()
  const personsByFamily = (family: string) => {
    let list = byFamily.get(family)
    if (!list) byFamily.set(family, (list = []))
    return list
  }

  const add = (slug: string, entity: ArticleEntity, entry: T) => {
    use?.(slug, entity, entry)
    let ofArticle = assignment.get(slug)
    if (!ofArticle) assignment.set(slug, (ofArticle = new Map()))
    ofArticle.set(entity.key, entry)
  }
  const create = (identity: string, seed: Identity['seed']): T => {
    const entry = make({ identity, seed })
    byIdentity.set(identity, entry)
    if (entry.type === 'person') personsByFamily(familyKey(entry.de)).push(entry)
    return entry
  }

  for (const article of articles) {
    for (const entity of article.entities) {
      const resolved = identityOf(entity)
      if (isSinglePersonName(entity, resolved)) {
        deferredSingles.push({ slug: article.slug, entity, identity: resolved })
        continue
      }
      add(article.slug, entity, byIdentity.get(resolved.identity) ?? create(resolved.identity, resolved.seed))
    }
  }
  // A family name alone (`Witkoff`) joins the one full name it can belong to.
  for (const { slug, entity, identity } of deferredSingles) {
    const family = familyKey(entity.name)
    const matches = byFamily.get(family) ?? []
    const joins = matches.length === 0 ? elsewhere?.only(family) : undefined
    if (joins) add(slug, entity, byIdentity.get(joins.identity) ?? create(joins.identity, joins.seed))
    else add(slug, entity, matches.length === 1 ? matches[0] : byIdentity.get(identity.identity) ?? create(identity.identity, identity.seed))
  }
  return { byIdentity, assignment }
}

/** A person named by one word that is not a lexicon name (`Witkoff`): it joins a full name if it can (see assignEntries). */
function isSinglePersonName(entity: ArticleEntity, resolved: Identity): boolean {
  return entity.type === 'person' && !entity.name.includes(' ') && !resolved.identity.startsWith('lexicon:')
}

/**
 * The full person names of the articles seen so far, by family name: a guess at which
 * full name a family name alone will join in the whole archive's glossary, for an
 * article that gives it alone. A worker thread summarises each article right after
 * analysing it, with the names a glossary of that article gives; where the archive's
 * glossary names an entity otherwise, the article is analysed and summarised again
 * (issue 7: 15% of a cold build's articles, nearly all for a family name alone, such as
 * `Kimmich` in a match report whose full name `Joshua Kimmich` stands in other reports).
 * Only a guess: the build uses an early summary only if the archive's names turn out
 * the same, so output never depends on it.
 */
export class FullNamesSeen {
  private readonly byFamily = new Map<string, Map<string, Identity>>()
  /** The identities noted, so that a name seen again costs one lookup (most recur). */
  private readonly noted = new Set<string>()

  /** Notes the full person names of an article (those a family name alone can join). */
  observe(article: GlossaryInput): void {
    for (const entity of article.entities) {
      const resolved = identityOf(entity)
      if (resolved.seed.type !== 'person' || this.noted.has(resolved.identity) || isSinglePersonName(entity, resolved)) continue
      // Bounded as the other per-thread memos are: an archive names far fewer persons.
      if (this.noted.size >= MEMO_LIMIT) {
        this.noted.clear()
        this.byFamily.clear()
      }
      this.noted.add(resolved.identity)
      const family = familyKey(resolved.seed.de)
      let seen = this.byFamily.get(family)
      if (!seen) this.byFamily.set(family, (seen = new Map()))
      seen.set(resolved.identity, resolved)
    }
  }

  /** The one full name seen with this family name, if there is exactly one. */
  only(family: string): Identity | undefined {
    const seen = this.byFamily.get(family)
    return seen?.size === 1 ? seen.values().next().value : undefined
  }
}

/**
 * The names a glossary of this article alone gives its entities, as a name table (by
 * entity key): the same as nameTableOf over mergeGlossary([article]), without making the
 * entries' ids, sorted variants and roles (issue 7: worker threads ask this for every
 * article). With `elsewhere`, a family name alone that no full name of the article
 * matches takes the one full name seen elsewhere, if there is one (see FullNamesSeen).
 */
export function namesInArticle(article: GlossaryInput, elsewhere?: FullNamesSeen): Record<string, Pick<GlossaryEntry, 'de' | 'en' | 'type'>> {
  const names: Record<string, Pick<GlossaryEntry, 'de' | 'en' | 'type'>> = {}
  const { assignment } = assignEntries([article], ({ seed }) => ({ de: seed.de, en: seed.en, type: seed.type }), { elsewhere })
  for (const [key, entry] of assignment.get(article.slug) ?? []) names[key] = entry
  return names
}

const makeBuilding = ({ identity, seed }: Identity): Building => ({ ...seed, id: '', variants: [], roles: { de: [], en: [] }, articles: [], identity, rolesSeen: new Map(), articleSet: new Set(), variantSet: new Set() })

/** Records an entity's spellings, roles and article in its entry. */
function recordUse(slug: string, entity: ArticleEntity, building: Building): void {
  for (const surface of entity.surfaces) {
    if (building.variantSet.has(surface)) continue
    building.variantSet.add(surface)
    building.variants.push(surface)
  }
  for (const role of entity.roles) building.rolesSeen.set(role.de, role.en)
  if (!building.articleSet.has(slug)) {
    building.articleSet.add(slug)
    building.articles.push(slug)
  }
}

export function mergeGlossary(articles: GlossaryInput[]): Glossary {
  const { byIdentity, assignment } = assignEntries(articles, makeBuilding, { use: recordUse })
  const entries = [...byIdentity.values()]
  entries.sort((a, b) => GERMAN_ORDER.compare(a.de, b.de) || a.type.localeCompare(b.type))
  const usedIds = new Set<string>()
  for (const entry of entries) {
    const base = slugOf(entry.de)
    let id = base
    if (usedIds.has(id)) id = `${id}-${entry.type}`
    let n = 2
    while (usedIds.has(id)) id = `${base}-${n++}`
    usedIds.add(id)
    entry.id = id
    entry.variants.sort(GERMAN_ORDER.compare)
    entry.articles.sort()
    const roles = [...entry.rolesSeen.entries()].sort((a, b) => GERMAN_ORDER.compare(a[0], b[0]))
    entry.roles = { de: roles.map(([de]) => de), en: roles.map(([, en]) => en) }
  }
  const publicEntries: GlossaryEntry[] = entries.map(({ identity: _identity, rolesSeen: _roles, articleSet: _articles, variantSet: _variants, ...entry }) => entry)
  const byId = new Map(publicEntries.map((entry) => [entry.id, entry]))
  return {
    entries: publicEntries,
    entryOf: (slug, entityKey) => {
      const building = assignment.get(slug)?.get(entityKey)
      return building ? byId.get(building.id) : undefined
    },
    toData: () => {
      const indexOf = new Map(publicEntries.map((entry, index) => [entry.id, index]))
      const byArticle = new Map<string, string>()
      for (const [slug, ofArticle] of assignment) byArticle.set(slug, JSON.stringify([...ofArticle].flatMap(([key, building]) => [key, indexOf.get(building.id)!])))
      return { entries: publicEntries, assignment: byArticle }
    },
  }
}

export type { EntityType }
