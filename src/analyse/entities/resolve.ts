/**
 * Article-level resolution: one entity per person, place or organisation in the
 * article. Family name alone, genitive (`Selenskyjs`, `Witkoffs`) and full name
 * become one entity; open candidates are kept only when the article (or the
 * lexicon's family names) knows them.
 */
import type { ArticleEntity, EntityType, Mention, Role } from '../../types.ts'
import { findLexiconEntriesByFamilyName } from '../../glossary/lexicon/index.ts'
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

function familyName(name: string): string {
  const words = name.split(' ')
  return surfaceKey(words[words.length - 1])
}

export function resolveArticleEntities(candidates: Candidate[]): { entities: ArticleEntity[]; mentions: Mention[] } {
  const entities = new Map<string, Building>()
  const byFamilyName = new Map<string, Building>()
  const bySurface = new Map<string, Building>()

  const addMention = (entity: Building, candidate: Candidate, base: string) => {
    entity.surfaces.add(candidate.surface)
    bySurface.set(surfaceKey(candidate.surface), entity)
    bySurface.set(surfaceKey(base), entity)
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
  const create = (key: string, type: EntityType, name: string): Building => {
    const entity: Building = { key, type, name, surfaces: new Set(), roles: [], mentions: [] }
    entities.set(key, entity)
    if (type === 'person') byFamilyName.set(familyName(name), entity)
    return entity
  }

  // Pass 1: known names and multi-word names fix the entities.
  const deferred: Candidate[] = []
  for (const candidate of candidates) {
    if (candidate.known) {
      const key = candidate.known.ref
      const entity = entities.get(key) ?? create(key, candidate.known.type, candidate.known.base)
      if (candidate.known.type === 'person') byFamilyName.set(familyName(candidate.surface), entity)
      addMention(entity, candidate, candidate.known.base)
    } else if (candidate.type === 'person' && candidate.surface.includes(' ')) {
      const family = familyName(candidate.surface)
      const entity = byFamilyName.get(family) ?? create(`person:${surfaceKey(candidate.surface)}`, 'person', candidate.surface)
      if (candidate.surface.length > entity.name.length) entity.name = candidate.surface
      addMention(entity, candidate, candidate.surface)
    } else {
      deferred.push(candidate)
    }
  }

  // Pass 2: single words resolve to what the article already knows.
  const lookupInArticle = (word: string): Building | undefined => {
    const key = surfaceKey(word)
    return byFamilyName.get(key) ?? bySurface.get(key)
  }
  const unresolved: Candidate[] = []
  for (const candidate of deferred) {
    const genitive = genitiveBase(candidate.surface)
    const entity = lookupInArticle(candidate.surface) ?? (genitive ? lookupInArticle(genitive) : undefined)
    if (entity) {
      addMention(entity, candidate, entity.mentions.length ? candidate.surface === genitive + 's' ? genitive! : candidate.surface : candidate.surface)
      continue
    }
    unresolved.push(candidate)
  }

  // Pass 3: the rest stands on its own evidence, or on the lexicon's family names.
  // Mentions of one name vote on its type, each with the weight of its best evidence,
  // so `in Moskau` (place) outvotes `Moskau fordert` (which alone looks like a person),
  // and an open sentence-initial mention takes the type its other mentions give.
  const votes = new Map<string, Map<EntityType, number>>()
  const voteKey = (candidate: Candidate) => {
    const genitive = genitiveBase(candidate.surface)
    return genitive && votes.has(surfaceKey(genitive)) ? surfaceKey(genitive) : surfaceKey(candidate.base)
  }
  for (const candidate of unresolved) {
    if (candidate.type === null) continue
    const key = surfaceKey(candidate.base)
    const tally = votes.get(key) ?? new Map<EntityType, number>()
    tally.set(candidate.type, (tally.get(candidate.type) ?? 0) + Math.max(1, evidenceWeight(candidate.evidence)))
    votes.set(key, tally)
  }
  const votedType = (candidate: Candidate): EntityType | null => {
    const tally = votes.get(voteKey(candidate))
    if (!tally) return candidate.type
    return [...tally.entries()].sort((a, b) => b[1] - a[1])[0][0]
  }
  for (const unresolvedCandidate of unresolved) {
    const type = votedType(unresolvedCandidate)
    const candidate = type === unresolvedCandidate.type ? unresolvedCandidate : { ...unresolvedCandidate, type, evidence: [...unresolvedCandidate.evidence, 'article-vote'] }
    const genitive = genitiveBase(candidate.surface)
    const again = lookupInArticle(candidate.surface) ?? (genitive ? lookupInArticle(genitive) : undefined)
    if (again) {
      addMention(again, candidate, genitive && lookupInArticle(genitive) === again ? genitive : candidate.surface)
      continue
    }
    const lexiconPerson = lexiconInUse() ? findLexiconEntriesByFamilyName(candidate.surface) : []
    const lexiconGenitive = genitive && lexiconInUse() ? findLexiconEntriesByFamilyName(genitive) : []
    const person = lexiconPerson.length === 1 ? lexiconPerson[0] : lexiconGenitive.length === 1 ? lexiconGenitive[0] : undefined
    if (person) {
      const key = `lexicon:${person.id}`
      const entity = entities.get(key) ?? create(key, 'person', person.de)
      byFamilyName.set(familyName(candidate.surface), entity)
      addMention(entity, { ...candidate, evidence: [...candidate.evidence, 'lexicon-family-name'] }, person.de)
      continue
    }
    if (candidate.type === null) continue
    const base = genitive && (gazetteer().lookup(genitive) || votes.has(surfaceKey(genitive))) ? genitive : candidate.base
    const key = `${candidate.type}:${surfaceKey(base)}`
    const entity = entities.get(key) ?? create(key, candidate.type, base)
    addMention(entity, candidate, base)
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
