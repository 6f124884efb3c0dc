/** Loads the entity cue word lists (data files in ./data) once, as sets. */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const functionWordsData = require('./data/function-words.json') as { words: string[] }
const givenNamesData = require('./data/given-names.json') as { names: string[] }
const cuesData = require('./data/cues.json') as Record<string, string[]>
// The news agencies the text layer uses to find datelines and trailers: one list for both.
const agenciesData = require('../text/data/agencies.json') as { agencies: string[] }
const commonAbbreviationsData = require('./data/common-abbreviations.json') as { abbreviations: string[] }

export const FUNCTION_WORDS = new Set(functionWordsData.words)
export const GIVEN_NAMES = new Set(givenNamesData.names)
export const PLACE_NOUNS = new Set(cuesData.placeNouns)
export const PLACE_PREPOSITIONS = new Set(cuesData.placePrepositions)
export const PLACE_HEADS = new Set(cuesData.placeHeads)
export const ORGANIZATION_HEADS = new Set(cuesData.organizationHeads)
/** Longest first, so `ministerium` is tried before shorter endings. */
export const ORGANIZATION_SUFFIXES = [...cuesData.organizationSuffixes].sort((a, b) => b.length - a.length)
export const ORGANIZATION_FORMS = new Set(cuesData.organizationForms)
export const PERSON_VERBS = new Set(cuesData.personVerbs)
export const PERSON_PREPOSITIONS = new Set(cuesData.personPrepositions)
export const TITLE_WORDS = new Set(cuesData.titleWords)
export const REPORTING_VERBS = new Set(cuesData.reportingVerbs)
export const PUBLISHING_VERBS = new Set(cuesData.publishingVerbs)
export const PLATFORM_PREPOSITIONS = new Set(cuesData.platformPrepositions)
export const WEB_DOMAINS = new Set(cuesData.webDomains)
export const TOPONYM_SUFFIXES = cuesData.toponymSuffixes
/** Acronyms that abbreviate common nouns (BIP = Bruttoinlandsprodukt), not organisations. */
export const COMMON_ABBREVIATIONS = new Set(commonAbbreviationsData.abbreviations)
/** News agencies (lower case), as named in datelines and credits. */
export const AGENCIES = new Set(agenciesData.agencies)
