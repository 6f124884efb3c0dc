/**
 * Institutions that speak or act without a name (`das russische Verteidigungsministerium`,
 * `die russischen Behörden`): a text slot `inst:<key>[:<country>]`, rendered from
 * summary.json `institutions.<key>` with the country's adjective.
 */
import { sentenceText } from '../../article.ts'
import type { SlotExtractor } from '../../rule.ts'
import { COUNTRY_ADJECTIVE, INSTITUTIONS, countryOfAdjective } from './vocabularies.ts'

export function institution(options: { before?: RegExp } = {}): SlotExtractor {
  // Compiled once per rule that uses it, not per sentence.
  const patterns = INSTITUTIONS.map((candidate) => ({
    candidate,
    pattern: new RegExp(
      String.raw`(?:(?:der|die|das|des|dem|den)\s+)?(?:(${COUNTRY_ADJECTIVE})\s+)?(?:${candidate.pattern.source})(?:\s+(?:in|aus)\s+([A-ZÄÖÜ][\p{L}]+))?` +
        (options.before ? String.raw`\s+(?:${options.before.source})` : ''),
      'u',
    ),
  }))
  return (sentence, article) => {
    const text = sentenceText(article, sentence)
    for (const { candidate, pattern } of patterns) {
      const match = pattern.exec(text)
      if (!match) continue
      const country = match[1] ? countryOfAdjective(match[1]) : undefined
      if (match[1] && !country) continue
      const start = sentence.start + match.index
      return { value: { kind: 'text', de: `inst:${candidate.key}${country ? ':' + country : ''}` }, evidence: { start, end: start + match[0].length } }
    }
    return null
  }
}

export function institutionIsPlural(key: string): boolean {
  return INSTITUTIONS.find((candidate) => candidate.key === key)?.plural ?? false
}
