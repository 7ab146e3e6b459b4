import { PolyphonyError } from '../errors.js';
import { normaliseQuote } from '../text/normalise.js';
import type { TextRange } from './anchor-types.js';
import { closestMatch } from './closest-match.js';
import { findAll, findAllFolded, foldForMatching, foldQuote, lacksFoldedMatch } from './tolerant-text.js';

/** Options for {@link locateQuote}. */
export interface LocateQuoteOptions {
  /**
   * Only matches lying wholly inside one of these `[start, end)` ranges count — for example
   * one participant's turns. Without it the whole text is searched.
   */
  ranges?: ReadonlyArray<readonly [number, number]>;
}

/** One of several places a quote was found, for the `quote_ambiguous` error. */
export interface QuoteMatch extends TextRange {
  /** About 40 characters around the match, whitespace collapsed, for people to choose from. */
  context: string;
}

const CONTEXT_SIDE = 20;
// Messages name at most this many places; `details.matches` always has them all.
const MESSAGE_MATCHES = 20;

function contextOf(text: string, r: TextRange): string {
  const exact = text.slice(r.start, r.end);
  const shown = exact.length > 40 ? `${exact.slice(0, 28)}…${exact.slice(-10)}` : exact;
  const before = text.slice(Math.max(0, r.start - CONTEXT_SIDE), r.start);
  const after = text.slice(r.end, r.end + CONTEXT_SIDE);
  return `${r.start > CONTEXT_SIDE ? '…' : ''}${before}${shown}${after}${r.end + CONTEXT_SIDE < text.length ? '…' : ''}`
    .replace(/\s+/g, ' ');
}

function shortQuote(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
}

/**
 * Finds the one place where `quote` occurs in `text` (already normalised) and returns it.
 * The quote is normalised first (`normaliseQuote`). An exact match is tried first; only if
 * there is none, a tolerant one in which whitespace runs are equal and typographic quotes,
 * apostrophes and dashes equal their ASCII forms (quotes pasted from Word). Offsets are in
 * `text`, UTF-16 code units.
 *
 * Throws `bad_input` for an empty quote; `quote_ambiguous` when it occurs more than once
 * (`details.matches`: every `{ start, end, context }`); `quote_not_found` when it does not
 * occur (`details.closest`: `{ text, start, end, similarity }` of the nearest text, or null).
 */
export function locateQuote(text: string, quote: string, options: LocateQuoteOptions = {}): TextRange {
  const q = normaliseQuote(quote);
  if (q === '') throw new PolyphonyError('bad_input', 'The quote is empty.', { quote });
  const allowed: TextRange[] = options.ranges
    ? options.ranges.map(([start, end]) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    : [{ start: 0, end: text.length }];
  const inside = (r: TextRange): boolean => allowed.some((a) => r.start >= a.start && r.end <= a.end);

  let matches = findAll(text, q).filter(inside);
  if (matches.length === 0) {
    // Folding a long text costs far more than the lookups that usually rule a miss out.
    const folded = foldQuote(q);
    if (!lacksFoldedMatch(text, folded)) matches = findAllFolded(foldForMatching(text), folded).filter(inside);
  }

  const [only, ...rest] = matches;
  if (only !== undefined && rest.length === 0) return only;
  if (only !== undefined) {
    const listed: QuoteMatch[] = matches.map((r) => ({ start: r.start, end: r.end, context: contextOf(text, r) }));
    const named = listed.slice(0, MESSAGE_MATCHES).map((r) => `${r.start}–${r.end} "${r.context}"`);
    const more = listed.length > MESSAGE_MATCHES ? `; and ${listed.length - MESSAGE_MATCHES} more` : '';
    throw new PolyphonyError(
      'quote_ambiguous',
      `The quote "${shortQuote(q)}" occurs ${listed.length} times: ${named.join('; ')}${more}. Give a longer quote or a range.`,
      { quote: q, matches: listed },
    );
  }
  const closest = closestMatch(text, q, allowed);
  const hint = closest === null
    ? 'nothing in the text resembles it'
    : `the closest text is "${shortQuote(closest.text)}" at ${closest.start}–${closest.end} (similarity ${closest.similarity})`;
  throw new PolyphonyError('quote_not_found', `The quote "${shortQuote(q)}" was not found: ${hint}.`, {
    quote: q,
    closest,
  });
}
