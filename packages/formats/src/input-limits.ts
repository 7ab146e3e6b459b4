import { PolyphonyError } from '@polyphony/core';

const MB = 1024 * 1024;

/**
 * The limits every reader of an untrusted file works within, in one place so that they can be
 * reasoned about together (docs/adr/005-bounded-input.md). Each is far above the largest
 * realistic input and small enough that the worst accepted file still parses in the import
 * worker's heap: a 300,000-word transcript has about 2 million characters and about 40,000
 * paragraphs, and Word writes it as a `document.xml` of 10–40 MB.
 */
export const INPUT_LIMITS = {
  /** Largest transcript file as given (txt, docx, vtt, srt), in bytes. */
  transcriptBytes: 50 * MB,
  /** Longest transcript text after reading, in UTF-16 code units (5× a 300,000-word transcript). */
  transcriptCharacters: 10_000_000,
  /** Most speaker turns in one transcript (a 300,000-word transcript has at most tens of thousands). */
  transcriptTurns: 200_000,
  /** Largest unpacked `word/document.xml` of a docx, in bytes. */
  docxXmlBytes: 128 * MB,
  /** Largest participants CSV, in bytes (10,000 participants with 50 attributes fit many times). */
  participantsCsvBytes: 10 * MB,
  /** Largest REFI-QDA codebook (.qdc), in bytes. */
  codebookBytes: 64 * MB,
  /** Deepest element nesting accepted in any XML (docx, .qde, .qdc); real files stay below 30. */
  xmlDepth: 256,
  /** Longest single tag (name and attributes), in characters. */
  xmlTagCharacters: 1 * MB,
  /** Most entries in a zip (docx, qdpx), directories included. */
  zipEntries: 10_000,
  /** Largest unpacked zip entry (a .qde, a source text), in bytes. */
  zipEntryBytes: 128 * MB,
  /** Largest unpacked zip in total, in bytes. */
  zipTotalBytes: 256 * MB,
} as const;

/** A size for people: whole megabytes as `128 MB`, anything else grouped (`10,000,000 characters`). */
export function formatLimit(amount: number, unit: 'bytes' | 'characters' | 'turns' | 'levels'): string {
  if (unit === 'bytes' && amount >= MB && amount % MB === 0) return `${amount / MB} MB`;
  return `${amount.toLocaleString('en-US')} ${unit}`;
}

/**
 * The one refusal for input over a limit: `file_too_large`, naming the file, what was too big and
 * the limit. `details` carries `file`, `limit` and whatever the caller measured.
 */
export function tooLarge(file: string, what: string, limit: number, unit: Parameters<typeof formatLimit>[1], details: Record<string, unknown> = {}): PolyphonyError {
  return new PolyphonyError('file_too_large', `${file}: ${what} is more than the limit of ${formatLimit(limit, unit)}`, {
    file,
    limit,
    unit,
    ...details,
  });
}
