/**
 * Removes what copying text between programs adds but the article never had:
 * a byte order mark and Windows or old Mac line endings. Unicode is put in NFC
 * so that `ä` typed as `a` + combining mark matches the month and agency lists.
 */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
}
