/** Something in a REFI-QDA file that Polyphony did not import, and why. */
export interface SkippedItem {
  /** The REFI element (`PDFSource`, `PlainTextSelection`, `Graph`, …). */
  kind: string;
  /** Its name, or its GUID when it has no name. */
  name: string;
  reason: string;
}

/** Counts of what an import brought in. */
export interface ImportCounts {
  sources: number;
  codes: number;
  segments: number;
  codings: number;
  memos: number;
  participants: number;
  coders: number;
  themes: number;
}

/**
 * What an import did: counts, everything left out with a reason (never dropped silently), and
 * warnings about repairs (line-ending mismatches, missing references resolved by fallback).
 */
export interface ImportReport {
  imported: ImportCounts;
  skipped: SkippedItem[];
  warnings: string[];
}

/** An empty report to fill while importing. */
export function emptyReport(): ImportReport {
  return {
    imported: { sources: 0, codes: 0, segments: 0, codings: 0, memos: 0, participants: 0, coders: 0, themes: 0 },
    skipped: [],
    warnings: [],
  };
}
