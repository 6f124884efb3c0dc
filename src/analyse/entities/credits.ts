/**
 * Boilerplate segments the text layer split off: agency credits and trailers
 * (`(AWP)`, `(eulerpool-AFX)`, `/mar/DP/bgf`) and datelines (`Kiew, 05. Feb (Reuters) -`,
 * `KYJIW AFP |`). In a credit only an agency is a name (editorial initials between
 * slashes are not); a dateline opens with the place the report comes from.
 */
import { isWord, lower, sourceSpan, type Candidate, type Context } from './context.ts'
import { AGENCIES, FUNCTION_WORDS } from './cues.ts'
import { surfaceKey, isCapitalised } from './fold.ts'
import { gazetteer } from './gazetteer.ts'

function agencyAt(ctx: Context, i: number): Candidate | null {
  const { tokens } = ctx
  const token = tokens[i]
  if (!isWord(token) || tokens[i - 1]?.text === '/' || tokens[i + 1]?.text === '/') return null
  const known = gazetteer().lookup(token.text)
  const isAgency = AGENCIES.has(lower(token.text)) && (isCapitalised(token.text) || token.text.includes('-'))
  if (known?.type !== 'organization' && !isAgency) return null
  const span = sourceSpan(ctx, i, i)
  return { surface: token.text, base: known?.base ?? token.text, type: 'organization', ...span, sentence: ctx.sentence.index, evidence: known ? ['known', 'credit'] : ['agency', 'credit'], known, firstToken: i, lastToken: i }
}

export function recogniseCredit(ctx: Context): Candidate[] {
  const found: Candidate[] = []
  for (let i = 0; i < ctx.tokens.length; i++) {
    const agency = agencyAt(ctx, i)
    if (agency) found.push(agency)
  }
  return found
}

/** `KYJIW` → `Kyjiw`: datelines often set the place in capitals. */
function titleCase(word: string): string {
  return word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word
}

export function recogniseDateline(ctx: Context): Candidate[] {
  const { tokens } = ctx
  const found: Candidate[] = []
  // The place: the capitalised words before the first comma, parenthesis or agency.
  let last = -1
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!isWord(token) || !isCapitalised(token.text) || FUNCTION_WORDS.has(lower(token.text)) || agencyAt(ctx, i)) break
    last = i
  }
  if (last >= 0) {
    const surface = ctx.plain.slice(tokens[0].start, tokens[last].end)
    const known = gazetteer().lookup(surface)
    const base = known?.base ?? surface.split(' ').map(titleCase).join(' ')
    const type = known?.type ?? 'place'
    if (type === 'place') found.push({ surface, base, type, ...sourceSpan(ctx, 0, last), sentence: ctx.sentence.index, evidence: known ? ['known', 'dateline'] : ['dateline'], known, firstToken: 0, lastToken: last })
  }
  for (let i = last + 1; i < tokens.length; i++) {
    const agency = agencyAt(ctx, i)
    if (agency && !found.some((candidate) => surfaceKey(candidate.surface) === surfaceKey(agency.surface))) found.push(agency)
  }
  return found
}
