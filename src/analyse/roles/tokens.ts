/** A minimal tokenizer for the few words around a name: words keep inner hyphens (Kreml-Sprecher, US-amerikanisch). */
export interface RoleToken { text: string; start: number; end: number; word: boolean }

const tokenPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\S/gu
const wordStart = /^[\p{L}\p{N}]/u
const upperStart = /^\p{Lu}/u
const allCaps = /^[\p{Lu}\p{N}]{2,6}$/u

export function tokenize(text: string, offset = 0): RoleToken[] {
  const tokens: RoleToken[] = []
  for (const match of text.matchAll(tokenPattern)) {
    const start = offset + (match.index ?? 0)
    tokens.push({ text: match[0], start, end: start + match[0].length, word: wordStart.test(match[0]) })
  }
  return tokens
}

export const isCapitalised = (token: RoleToken | undefined) => token !== undefined && token.word && upperStart.test(token.text)
export const isLowercaseWord = (token: RoleToken | undefined) => token !== undefined && token.word && !upperStart.test(token.text)
export const isAcronym = (text: string) => allCaps.test(text)
