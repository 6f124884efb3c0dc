/**
 * Bytes of an article file → text, or a reason to refuse it. Articles are UTF-8;
 * newsroom exports in Windows-1252 or Latin-1 are recognised and converted (with a
 * warning), a UTF-8 byte order mark and CRLF line endings are accepted silently, and
 * anything else (binary data, UTF-16, other 8-bit code pages) is refused, because
 * guessing wrong would publish mojibake names.
 *
 * No statistical charset detector (chardet and the like) is used: the only legacy
 * encodings a German newsroom produces are these two, both single-byte tables; what
 * needs judgement is telling them from everything else, which a plausibility check on
 * the decoded characters does.
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' | 'latin-1' }
  | { ok: false; reason: string; ruleId: string; line?: number }

/** File signatures of formats that are sometimes renamed `.md` by mistake. */
const BINARY_SIGNATURES: Array<{ name: string; bytes: number[] }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or a Word/OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'UTF-16 text', bytes: [0xff, 0xfe] },
  { name: 'UTF-16 text', bytes: [0xfe, 0xff] },
]

const UTF8_BOM = [0xef, 0xbb, 0xbf]
/** One decoder for all files (a call without `stream` starts afresh; performance, issue 7). */
const UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * What Windows-1252 puts at 0x80–0x9f (null: undefined there, which rules it out).
 * Spelled out because Node's built-in `windows-1252` decoder treats that range as
 * Latin-1 control characters.
 */
const WINDOWS_1252_C1: Array<number | null> = [0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null, null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178]

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1[byte - 0x80]! : byte)))
  }
  return text
}

/**
 * Letters a Western European text spells with the upper half of Latin-1/Windows-1252.
 * Box-drawing-like runs of other upper-half characters are what KOI8-R, CP866 or
 * Shift-JIS look like when misread, and are refused.
 */
const WESTERN_NON_ASCII = /[äöüÄÖÜßéèêëàâáçñóòôíìîïúùûÉÈÀÇÑÓ„“”‚‘’«»–—…€°§²³½¼·×\u00a0]/u

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte)
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

function plausibleWesternText(text: string): boolean {
  let upperHalf = 0
  let western = 0
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue
    upperHalf++
    if (WESTERN_NON_ASCII.test(char)) western++
  }
  // German prose: nearly every non-ASCII character is an umlaut, ß, a quote or a dash.
  return upperHalf === 0 || western / upperHalf >= 0.9
}

export function decodeArticle(bytes: Uint8Array): Decoded {
  for (const signature of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      return { ok: false, ruleId: 'not-text', reason: `This file is not a Markdown text file: it looks like ${signature.name}` }
    }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const line = lineOfOffset(bytes, nul)
    return { ok: false, ruleId: 'not-text', line, reason: `This file is not text: it contains NUL bytes (first on line ${line})` }
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes
  try {
    return { ok: true, encoding: 'utf-8', text: UTF8.decode(body) }
  } catch {
    // Not UTF-8: try the legacy Western encodings below.
  }
  const usesC1Range = body.some((byte) => byte >= 0x80 && byte <= 0x9f)
  if (usesC1Range && body.some((byte) => byte >= 0x80 && byte <= 0x9f && WINDOWS_1252_C1[byte - 0x80] === null)) {
    return { ok: false, ruleId: 'unknown-encoding', reason: 'This file is not UTF-8, nor Windows-1252 or Latin-1; save it as UTF-8' }
  }
  // Latin-1 proper has no printable characters in 0x80–0x9f; Windows-1252 puts „“–€ there.
  const encoding = usesC1Range ? 'windows-1252' : 'latin-1'
  const text = decodeWindows1252(body)
  if (!plausibleWesternText(text)) {
    return { ok: false, ruleId: 'unknown-encoding', reason: 'This file is not UTF-8 and does not read as Windows-1252 or Latin-1 German text; save it as UTF-8' }
  }
  return { ok: true, encoding, text }
}

/** Line endings of any platform → `\n` (CRLF from Windows editors, lone CR from old Macs). */
export function normaliseLineEndings(text: string): string {
  // Most files have none: skip the regex (performance, issue 7).
  if (!text.includes('\r')) return text
  return text.replace(/\r\n?/g, '\n')
}
