import { isContentWord } from './function-words.js';
import { quoteWords, type QuoteWord } from './quote-words.js';

/**
 * How many consecutive words of a participant's make a quote of them. Five: researchers quote
 * part of a sentence ("told her sister about the debt"), so whole sentences alone would miss most
 * quotes, while four-word chunks ("I don't know what", "at the same time") are everyday speech
 * that any memo may contain. A run must also hold {@link QUOTE_RUN_CONTENT_WORDS} content words.
 */
export const QUOTE_RUN_WORDS = 5;
/**
 * Content words (not function words) a run needs: three, so that a researcher's own phrasing
 * that happens to share a few words with them ("be shared with NAV and the") is left alone.
 */
export const QUOTE_RUN_CONTENT_WORDS = 3;
/**
 * Content words a whole sentence needs. Fewer than a run: a sentence standing alone in a memo,
 * set off by punctuation or quotation marks, word for word theirs, is a quote ("Nobody asked me
 * about work."), but "I don't know." is anyone's.
 */
export const QUOTE_SENTENCE_CONTENT_WORDS = 2;
/** A run or sentence this long counts whatever its words: no memo repeats eight words by chance. */
export const QUOTE_LONG_WORDS = 8;
/** The shortest whole sentence that counts ("Quokkafjord saved me."); "Yes." and "I see." never do. */
export const QUOTE_SENTENCE_WORDS = 3;

/**
 * A participant's words, indexed for finding quotes of them: every run of
 * {@link QUOTE_RUN_WORDS} consecutive words inside one passage, and their whole sentences.
 * Holds keys only (normalised words joined by spaces), never offsets into their sources.
 */
export interface SpokenWords {
  readonly runs: ReadonlySet<string>;
  readonly sentences: ReadonlySet<string>;
}

/** The keys of `words[from, to)` joined by spaces. */
export function joinKeys(words: readonly QuoteWord[], from: number, to: number): string {
  let key = words[from]?.key ?? '';
  for (let i = from + 1; i < to; i++) key += ` ${words[i]?.key ?? ''}`;
  return key;
}

/** Whether `words[from, to)` are enough to be a quote: long, or with `minContent` content words. */
export function isQuotable(words: readonly QuoteWord[], from: number, to: number, minContent: number): boolean {
  if (to - from >= QUOTE_LONG_WORDS) return true;
  let content = 0;
  for (let i = from; i < to; i++) if (isContentWord(words[i]?.key ?? '')) content++;
  return content >= minContent;
}

/**
 * Indexes what a participant said. Each passage is one stretch of their speech (a turn, or the
 * text of a source that is theirs alone); runs never cross from one passage into the next.
 */
export function indexSpokenWords(passages: Iterable<string>): SpokenWords {
  const runs = new Set<string>();
  const sentences = new Set<string>();
  for (const passage of passages) {
    const words = quoteWords(passage);
    for (let i = 0; i + QUOTE_RUN_WORDS <= words.length; i++) runs.add(joinKeys(words, i, i + QUOTE_RUN_WORDS));
    let start = 0;
    for (let i = 1; i <= words.length; i++) {
      if (i < words.length && !words[i]?.boundaryBefore) continue;
      if (i - start >= QUOTE_SENTENCE_WORDS && isQuotable(words, start, i, QUOTE_SENTENCE_CONTENT_WORDS)) sentences.add(joinKeys(words, start, i));
      start = i;
    }
  }
  return { runs, sentences };
}
