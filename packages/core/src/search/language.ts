import { scanWords } from './tokenise.js';

/**
 * Which stemmer a source's words get. Detection counts common function words of each language;
 * transcripts are long enough that this simple vote is reliable, and it costs one pass.
 */

/** Languages with a stemmer in the search index: Norwegian bokmål and English. */
export type SearchLanguage = 'nb' | 'en';

/** Both search languages, in the order query terms are stemmed. */
export const SEARCH_LANGUAGES: readonly SearchLanguage[] = ['en', 'nb'];

const STOP_WORDS: Record<SearchLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'is', 'it', 'that', 'of', 'to', 'was', 'what', 'you', 'with', 'this', 'have', 'but', 'not', 'they', 'would', 'about']),
  nb: new Set(['og', 'er', 'det', 'at', 'jeg', 'ikke', 'som', 'på', 'med', 'en', 'ei', 'har', 'var', 'hva', 'de', 'til', 'om', 'meg', 'vi', 'hun', 'han']),
};

/** Guesses the language of a text from its stop words; English wins ties and empty texts. */
export function detectLanguage(text: string): SearchLanguage {
  let en = 0;
  let nb = 0;
  // A sample is enough: the first 20,000 characters of a transcript decide its language.
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const lower = sample.toLowerCase();
  scanWords(lower, 0, lower.length, (start, end) => {
    // Stop words are short: skipping long words saves slicing most of the text.
    if (end - start > 6) return;
    const w = lower.slice(start, end);
    if (STOP_WORDS.en.has(w)) en++;
    if (STOP_WORDS.nb.has(w)) nb++;
  });
  return nb > en ? 'nb' : 'en';
}
