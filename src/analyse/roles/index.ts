/**
 * Roles and titles next to a person's name (`der ukrainische Präsident`,
 * `Kreml-Sprecher`, `, Sprecher des HUR,`): found in German, returned as a
 * German nominative and an English title. Vocabulary: locales/{de,en}/roles.json
 * and demonyms.json; inflection rules: declension.json; policy: README.md.
 */
import type { Role } from '../../types.ts'
import { isRegexSpaceCode } from '../text/chars.ts'
import { parseComplement, type Complement } from './complement.ts'
import { lookupHead, type HeadMatch } from './heads.ts'
import { buildRole, readGenitiveOwner, readModifier, resolveGender, type PhraseParts, type RoleMatch } from './phrase.ts'
import { tokenize, type RoleToken } from './tokens.ts'
import { feminineArticles, masculineArticles, maxComplementTokens, roleById, type HeadForm } from './vocabulary.ts'

export type { RoleMatch } from './phrase.ts'

/** Enough text for the longest role phrase; the rest of the sentence is not read. */
const windowChars = 160
const maxModifiers = 4
const emphasisMarks = new Set(['*', '_'])
const appositionOpeners = new Set([',', '(', '–', '—'])
const appositionClosers = new Set([',', '.', ')', ';', ':', '–', '—', '!', '?'])
const isArticle = (token: RoleToken | undefined) =>
  token !== undefined && token.word && (masculineArticles.has(token.text.toLowerCase()) || feminineArticles.has(token.text.toLowerCase()))

/** Modifiers and a genitive owner to the left of the head, back to `floor`. */
function scanLeft(tokens: RoleToken[], head: number, floor: number) {
  const modifiers = []
  let j = head - 1
  while (j >= floor && modifiers.length < maxModifiers) {
    const modifier = readModifier(tokens[j])
    if (!modifier) break
    modifiers.unshift(modifier)
    j--
  }
  const owner = j >= floor ? readGenitiveOwner(tokens, j) : null
  if (owner) j--
  return { modifiers, owner, first: j + 1, article: isArticle(tokens[j]) ? tokens[j].text : null }
}

/** The head's forms that fit the tokens up to `end`: a listed complement, a parsed one, or none. */
function fitComplement(head: HeadMatch, tokens: RoleToken[], at: number, end: number): { form: HeadForm; complement: Complement | null } | null {
  const fixed = head.forms.find(({ complement }) =>
    complement.length > 0 && at + complement.length + 1 === end && complement.every((word, k) => tokens[at + 1 + k].text === word))
  if (fixed) return { form: fixed, complement: null }
  const plain = head.forms.find(({ complement }) => complement.length === 0)
  if (!plain) return null
  if (at + 1 === end) return { form: plain, complement: null }
  const complement = parseComplement(tokens, at + 1, end)
  return complement ? { form: plain, complement } : null
}

function toMatch(tokens: RoleToken[], head: number, end: number, head_: HeadMatch, fit: NonNullable<ReturnType<typeof fitComplement>>, left: ReturnType<typeof scanLeft>): RoleMatch {
  const parts: PhraseParts = { head: head_, form: fit.form, modifiers: left.modifiers, owner: left.owner, complement: fit.complement, article: left.article, headText: tokens[head].text }
  const gender = resolveGender(parts)
  return { role: buildRole(parts, gender), start: tokens[left.first].start, end: tokens[end - 1].end, gender }
}

/**
 * `text.replace(/[\s*_]+$/u, '')`, scanned from the end: the regex tries every space
 * of the sentence before the name (performance, issue 7).
 */
function withoutTrailingSpaceAndEmphasis(text: string): string {
  let end = text.length
  for (;;) {
    const c = text.charCodeAt(end - 1)
    if (end > 0 && (c === 0x2a || c === 0x5f || isRegexSpaceCode(c))) end--
    else break
  }
  return end === text.length ? text : text.slice(0, end)
}
/** A role phrase ends in a capitalised word (its noun, or a complement's noun or name), or in that word and a comma. */
const endsInCapitalisedWord = /\p{Lu}[\p{L}\p{N}'’-]*,?$/u

export function findRoleBefore(textBefore: string): RoleMatch | null {
  // Markdown emphasis around the name (`Präsident **Selenskyj**`) is not part of either.
  const trimmed = withoutTrailingSpaceAndEmphasis(textBefore)
  if (!endsInCapitalisedWord.test(trimmed.slice(-64))) return null
  const from = Math.max(0, trimmed.length - windowChars)
  const tokens = tokenize(trimmed.slice(from), from)
  // `Laut dem Sprecher des HUR, Andryj Jussow, …`: a role with a complement may be set off by a comma.
  const commaBeforeName = tokens.at(-1)?.text === ','
  const end = commaBeforeName ? tokens.length - 1 : tokens.length
  if (end === 0 || !tokens[end - 1].word) return null
  for (let at = end - 1; at >= 0 && at >= end - 1 - maxComplementTokens; at--) {
    const token = tokens[at]
    if (!token.word) return null
    const head = lookupHead(token.text)
    if (!head) continue
    const fit = fitComplement(head, tokens, at, end)
    if (fit && commaBeforeName && fit.complement === null && fit.form.complement.length === 0) return null
    if (fit) return toMatch(tokens, at, end, head, fit, scanLeft(tokens, at, 0))
  }
  return null
}

export function findRoleAfter(textAfter: string): RoleMatch | null {
  const tokens = tokenize(textAfter.slice(0, windowChars))
  while (tokens.length > 0 && emphasisMarks.has(tokens[0].text)) tokens.shift()
  if (tokens.length < 2 || !appositionOpeners.has(tokens[0].text)) return null
  const closer = tokens[0].text === '(' ? new Set([')']) : appositionClosers
  const floor = isArticle(tokens[1]) ? 2 : 1
  for (let at = floor; at < tokens.length && at <= floor + maxModifiers + 1; at++) {
    if (!tokens[at].word) return null
    const head = lookupHead(tokens[at].text)
    if (!head) continue
    const left = scanLeft(tokens, at, floor)
    if (left.first !== floor) return null
    for (let end = Math.min(tokens.length, at + 1 + maxComplementTokens); end > at; end--) {
      if (end < tokens.length && !closer.has(tokens[end].text)) continue
      if (end === tokens.length && closer.size === 1) continue
      const fit = fitComplement(head, tokens, at, end)
      if (fit) return toMatch(tokens, at, end, head, fit, { ...left, article: floor === 2 ? tokens[1].text : null })
    }
    return null
  }
  return null
}

/** True when the word is a role head (lookupHead is memoised already). */
export function isRoleWord(word: string): boolean {
  return lookupHead(word) !== null
}

const englishCache = new Map<string, string>()

export function roleToEnglish(role: Role): string {
  // Keyed by everything the result depends on: when the German words are not a role the
  // vocabulary knows, the given English and the id decide.
  const key = `${role.de}\0${role.en}\0${role.id}`
  let english = englishCache.get(key)
  if (english === undefined) {
    english = findRoleBefore(role.de)?.role.en || role.en || roleById.get(role.id)?.en.m || role.de
    englishCache.set(key, english)
  }
  return english
}
