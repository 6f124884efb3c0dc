/**
 * Article-level resolution: one entity per person, place or organisation in the
 * article. Family name alone, genitive (`Selenskyjs`, `Witkoffs`) and full name
 * become one entity; open candidates are kept only when the article (or the
 * lexicon's family names) knows them.
 */
import type { ArticleEntity, EntityType, Mention, Role } from '../../types.ts'
import { findLexiconEntriesByFamilyName } from '../../glossary/lexicon/index.ts'
import { memoByString } from '../memo.ts'
import { surfaceKey } from './fold.ts'
import { gazetteer, lexiconInUse } from './gazetteer.ts'
import { evidenceWeight } from './evidence.ts'
import { genitiveBase, type Candidate } from './recognise.ts'

interface Building {
  key: string
  type: EntityType
  name: string
  surfaces: Set<string>
  roles: Role[]
  mentions: Mention[]
}

/**
 * The lexicon's persons with this family name, memoised: asked for most unresolved single
 * words, the same ones in article after article (the lexicon is loaded once and frozen;
 * the lists are only read; performance, issue 7).
 */
const lexiconPersons = memoByString(findLexiconEntriesByFamilyName)

function familyName(name: string): string {
  const words = name.split(' ')
  return surfaceKey(words[words.length - 1])
}

/**
 * The entities of one article while they are resolved. A class rather than closures
 * made per article, which tsx names one by one (performance, issue 7).
 */
class ArticleEntities {
  readonly entities = new Map<string, Building>()
  readonly byFamilyName = new Map<string, Building>()
  readonly bySurface = new Map<string, Building>()
  readonly votes = new Map<string, Map<EntityType, number>>()

  addMention(entity: Building, candidate: Candidate, base: string) {
    entity.surfaces.add(candidate.surface)
    this.bySurface.set(surfaceKey(candidate.surface), entity)
    this.bySurface.set(surfaceKey(base), entity)
    // Only people hold roles; a role phrase before a place (`Verteidiger der Hafenstadt Mariupol`) is not its role.
    const role = entity.type === 'person' ? candidate.role : undefined
    if (role && !entity.roles.some((known) => known.de === role.de)) entity.roles.push(role)
    entity.mentions.push({
      surface: candidate.surface,
      base,
      type: entity.type,
      start: candidate.start,
      end: candidate.end,
      sentence: candidate.sentence,
      role,
      evidence: candidate.evidence,
    })
  }

  create(key: string, type: EntityType, name: string): Building {
    const entity: Building = { key, type, name, surfaces: new Set(), roles: [], mentions: [] }
    this.entities.set(key, entity)
    if (type === 'person') this.byFamilyName.set(familyName(name), entity)
    return entity
  }

  lookupInArticle(word: string): Building | undefined {
    const key = surfaceKey(word)
    return this.byFamilyName.get(key) ?? this.bySurface.get(key)
  }

  voteKey(candidate: Candidate) {
    const genitive = genitiveBase(candidate.surface)
    return genitive && this.votes.has(surfaceKey(genitive)) ? surfaceKey(genitive) : surfaceKey(candidate.base)
  }

  votedType(candidate: Candidate): EntityType | null {
    const tally = this.votes.get(this.voteKey(candidate))
    if (!tally) return candidate.type
    // The first type with the most votes (what a stable sort by votes puts first), without copying and sorting.
    let best: EntityType | null = null
    let bestVotes = -Infinity
    for (const [type, votes] of tally) {
      if (votes > bestVotes) {
        best = type
        bestVotes = votes
      }
    }
    return best
  }
}

export function resolveArticleEntities(candidates: Candidate[]): { entities: ArticleEntity[]; mentions: Mention[] } {
  const article = new ArticleEntities()
  const { entities, byFamilyName, votes } = article

  // Pass 1: known names and multi-word names fix the entities.
  const deferred: Candidate[] = []
  for (const candidate of candidates) {
    if (candidate.known) {
      const key = candidate.known.ref
      const entity = entities.get(key) ?? article.create(key, candidate.known.type, candidate.known.base)
      if (candidate.known.type === 'person') byFamilyName.set(familyName(candidate.surface), entity)
      article.addMention(entity, candidate, candidate.known.base)
    } else if (candidate.type === 'person' && candidate.surface.includes(' ')) {
      const family = familyName(candidate.surface)
      const entity = byFamilyName.get(family) ?? article.create(`person:${surfaceKey(candidate.surface)}`, 'person', candidate.surface)
      if (candidate.surface.length > entity.name.length) entity.name = candidate.surface
      article.addMention(entity, candidate, candidate.surface)
    } else {
      deferred.push(candidate)
    }
  }

  // Pass 2: single words resolve to what the article already knows.
  const unresolved: Candidate[] = []
  for (const candidate of deferred) {
    const genitive = genitiveBase(candidate.surface)
    const entity = article.lookupInArticle(candidate.surface) ?? (genitive ? article.lookupInArticle(genitive) : undefined)
    if (entity) {
      article.addMention(entity, candidate, entity.mentions.length ? candidate.surface === genitive + 's' ? genitive! : candidate.surface : candidate.surface)
      continue
    }
    unresolved.push(candidate)
  }

  // Pass 3: the rest stands on its own evidence, or on the lexicon's family names.
  // Mentions of one name vote on its type, each with the weight of its best evidence,
  // so `in Moskau` (place) outvotes `Moskau fordert` (which alone looks like a person),
  // and an open sentence-initial mention takes the type its other mentions give.
  for (const candidate of unresolved) {
    if (candidate.type === null) continue
    const key = surfaceKey(candidate.base)
    const tally = votes.get(key) ?? new Map<EntityType, number>()
    tally.set(candidate.type, (tally.get(candidate.type) ?? 0) + Math.max(1, evidenceWeight(candidate.evidence)))
    votes.set(key, tally)
  }
  for (const unresolvedCandidate of unresolved) {
    const type = article.votedType(unresolvedCandidate)
    const candidate = type === unresolvedCandidate.type ? unresolvedCandidate : { ...unresolvedCandidate, type, evidence: [...unresolvedCandidate.evidence, 'article-vote'] }
    const genitive = genitiveBase(candidate.surface)
    const again = article.lookupInArticle(candidate.surface) ?? (genitive ? article.lookupInArticle(genitive) : undefined)
    if (again) {
      article.addMention(again, candidate, genitive && article.lookupInArticle(genitive) === again ? genitive : candidate.surface)
      continue
    }
    const lexiconPerson = lexiconInUse() ? lexiconPersons(candidate.surface) : []
    const lexiconGenitive = genitive && lexiconInUse() ? lexiconPersons(genitive) : []
    const person = lexiconPerson.length === 1 ? lexiconPerson[0] : lexiconGenitive.length === 1 ? lexiconGenitive[0] : undefined
    if (person) {
      const key = `lexicon:${person.id}`
      const entity = entities.get(key) ?? article.create(key, 'person', person.de)
      byFamilyName.set(familyName(candidate.surface), entity)
      article.addMention(entity, { ...candidate, evidence: [...candidate.evidence, 'lexicon-family-name'] }, person.de)
      continue
    }
    if (candidate.type === null) continue
    const base = genitive && (gazetteer().lookup(genitive) || votes.has(surfaceKey(genitive))) ? genitive : candidate.base
    const key = `${candidate.type}:${surfaceKey(base)}`
    const entity = entities.get(key) ?? article.create(key, candidate.type, base)
    article.addMention(entity, candidate, base)
  }

  const list: ArticleEntity[] = [...entities.values()].map((entity) => ({
    key: entity.key,
    type: entity.type,
    name: entity.name,
    surfaces: [...entity.surfaces].sort(),
    roles: entity.roles,
    mentions: entity.mentions.sort((a, b) => a.start - b.start),
  }))
  list.sort((a, b) => a.mentions[0].start - b.mentions[0].start)
  const mentions = list.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start)
  return { entities: list, mentions }
}
