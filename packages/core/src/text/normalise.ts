/**
 * The single text-normalisation function. Every source text is passed through it before it is
 * stored, and every quote before it is searched for, so that offsets and quotes always refer to
 * the same characters.
 *
 * Result: Unicode NFC, `\n` line ends (CRLF and lone CR become LF), no BOM, no NUL characters.
 * Offsets into normalised text are **UTF-16 code units** (JavaScript string indices); they are
 * converted to Unicode code points only at the REFI-QDA boundary.
 */
export function normaliseText(input: string): string {
  let s = input;
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  // NUL breaks SQLite C-string APIs and never carries meaning in a transcript.
  s = s.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
  return s.normalize('NFC');
}

/** Normalises a quote the same way as text, and trims the whitespace a copy-paste adds. */
export function normaliseQuote(input: string): string {
  return normaliseText(input).trim();
}
