import { QUOTE_LONG_WORDS, QUOTE_RUN_CONTENT_WORDS, QUOTE_RUN_WORDS, QUOTE_SENTENCE_WORDS, isQuotable, joinKeys, type SpokenWords } from './spoken-words.js';
import { quoteWords, type QuoteWord } from './quote-words.js';

/** How quotes are told apart from the study's shared language. */
export interface QuoteOptions {
  /**
   * Whether someone else in the study said these words too (a passage of the text searched, as
   * it stands there). A passage shorter than {@link QUOTE_LONG_WORDS} that others said as well
   * is the study's common language ("with NAV and the job specialist"), not only theirs.
   */
  sharedElsewhere?: (passage: string) => boolean;
}

/** Marks `words[from, to)` as a quote unless it is short and shared with others. */
function mark(text: string, words: readonly QuoteWord[], from: number, to: number, marked: Uint8Array, options: QuoteOptions): void {
  const first = words[from];
  const last = words[to - 1];
  if (!first || !last) return;
  if (to - from < QUOTE_LONG_WORDS && options.sharedElsewhere?.(text.slice(first.start, last.end))) return;
  marked.fill(1, from, to);
}

/** A quoted passage in a free text: `[start, end)` in UTF-16 code units, first word to last. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Marks the words of runs of the participant's: overlapping windows of theirs, merged. */
function markRuns(spoken: SpokenWords, text: string, words: readonly QuoteWord[], marked: Uint8Array, options: QuoteOptions): void {
  let runStart = -1;
  let runEnd = -1;
  const close = () => {
    if (runStart >= 0 && isQuotable(words, runStart, runEnd, QUOTE_RUN_CONTENT_WORDS)) mark(text, words, runStart, runEnd, marked, options);
  };
  for (let i = 0; i + QUOTE_RUN_WORDS <= words.length; i++) {
    if (!spoken.runs.has(joinKeys(words, i, i + QUOTE_RUN_WORDS))) continue;
    if (i > runEnd) {
      close();
      runStart = i;
    }
    runEnd = i + QUOTE_RUN_WORDS;
  }
  close();
}

/** Marks sentences of the text that are, word for word, whole sentences of the participant's. */
function markSentences(spoken: SpokenWords, text: string, words: readonly QuoteWord[], marked: Uint8Array, options: QuoteOptions): void {
  let start = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && !words[i]?.boundaryBefore) continue;
    if (i - start >= QUOTE_SENTENCE_WORDS && spoken.sentences.has(joinKeys(words, start, i))) mark(text, words, start, i, marked, options);
    start = i;
  }
}

/**
 * Finds the participant's words in a free text (a memo, a comment, a definition): every run of
 * at least {@link QUOTE_RUN_WORDS} consecutive words of theirs with content in it, and every whole
 * sentence of theirs. Case, Unicode form, punctuation, quotation marks and line breaks do not
 * matter. Short passages others said too are left (see {@link QuoteOptions}). Spans next to each
 * other merge into one.
 */
export function findQuotes(spoken: SpokenWords, text: string, options: QuoteOptions = {}): QuoteSpan[] {
  if (spoken.runs.size === 0 && spoken.sentences.size === 0) return [];
  const words = quoteWords(text);
  const marked = new Uint8Array(words.length);
  markRuns(spoken, text, words, marked, options);
  markSentences(spoken, text, words, marked, options);
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !marked[i]) continue;
    const last = spans[spans.length - 1];
    if (last && marked[i - 1]) last.end = w.end;
    else spans.push({ start: w.start, end: w.end });
  }
  return spans;
}
