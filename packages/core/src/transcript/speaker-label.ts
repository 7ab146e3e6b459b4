/** Longest label we read as a speaker name; longer text before a colon is part of a sentence. */
export const MAX_LABEL_LENGTH = 40;
/** Most words in a label (`Kari Nordmann`, `Job specialist 2`); more is a sentence. */
export const MAX_LABEL_WORDS = 4;

/** A speaker label found at the start of a line: `J1: Hei` → `{ label: 'J1', textOffset: 4 }`. */
export interface LabelMatch {
  /** The label as written, trimmed. */
  label: string;
  /** Offset in the line where the spoken words begin (after the colon and following blanks). */
  textOffset: number;
  /**
   * True when every word starts with a capital or a digit (`Kari Nordmann`, `J1`, `I`). A label
   * with lowercase words (`Job specialist`) is weak: it counts only if it recurs in the file.
   */
  strong: boolean;
}

// A name: starts with a letter, then letters, digits, blanks, `.`, `-`, `'`, `(`, `)`; then `:`
// and a blank or the end. Starting with a letter rules out clock times such as `10:30`.
const LABEL = /^[ \t]*(\p{L}[\p{L}\p{N} \t.'’()-]*?)[ \t]*:(?=\s|$)[ \t]*/u;

/**
 * Reads a speaker label at the start of `line`, or returns null when the line does not start
 * with something shaped like a speaker name followed by a colon.
 */
export function matchSpeakerLabel(line: string): LabelMatch | null {
  const m = LABEL.exec(line);
  const label = m?.[1]?.trim();
  if (!m || !label || label.length > MAX_LABEL_LENGTH) return null;
  const words = label.split(/[ \t]+/);
  if (words.length > MAX_LABEL_WORDS) return null;
  const strong = words.every((w) => /^[\p{Lu}\p{Lt}\p{N}(]/u.test(w));
  return { label, textOffset: m[0].length, strong };
}
