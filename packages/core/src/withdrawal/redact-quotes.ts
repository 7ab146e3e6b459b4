import { findQuotes, type QuoteOptions } from './find-quotes.js';
import type { SpokenWords } from './spoken-words.js';

/** What stands where a withdrawn participant's words were: in transcripts and in free text. */
export const WITHDRAWN_MARK = '[withdrawn]';

/** A free text with a participant's words taken out, and how many passages were. */
export interface Redaction {
  text: string;
  passages: number;
}

/**
 * Replaces every quote of the participant in `text` (see {@link findQuotes}) with
 * {@link WITHDRAWN_MARK} and keeps the rest, punctuation and quotation marks included.
 */
export function redactQuotes(spoken: SpokenWords, text: string, options: QuoteOptions = {}): Redaction {
  const spans = findQuotes(spoken, text, options);
  if (spans.length === 0) return { text, passages: 0 };
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + WITHDRAWN_MARK;
    at = s.end;
  }
  return { text: out + text.slice(at), passages: spans.length };
}
