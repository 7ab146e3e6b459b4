/**
 * Withdrawal's pure part: finding a participant's words quoted in free text (memos, comments,
 * definitions) by sentence and by runs of words, and redacting them.
 */
export { quoteWords, type QuoteWord } from './quote-words.js';
export { isContentWord } from './function-words.js';
export {
  indexSpokenWords, QUOTE_RUN_WORDS, QUOTE_RUN_CONTENT_WORDS, QUOTE_SENTENCE_CONTENT_WORDS, QUOTE_LONG_WORDS, QUOTE_SENTENCE_WORDS,
  type SpokenWords,
} from './spoken-words.js';
export { findQuotes, type QuoteOptions, type QuoteSpan } from './find-quotes.js';
export { redactQuotes, WITHDRAWN_MARK, type Redaction } from './redact-quotes.js';
