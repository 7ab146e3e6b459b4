import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemNorwegian } from '@orama/stemmers/norwegian';
import type { SearchLanguage } from './language.js';
import { words } from './tokenise.js';

const STEMMERS: Record<SearchLanguage, (word: string) => string> = { en: stemEnglish, nb: stemNorwegian };

// Natural language repeats itself: a cache turns the stemmer's cost per word into a Map lookup,
// which is what keeps indexing millions of words close to a raw FTS5 insert. Bounded so that a
// long-running process does not grow without limit on unusual vocabularies.
const CACHE_LIMIT = 200_000;
const caches: Record<SearchLanguage, Map<string, string>> = { en: new Map(), nb: new Map() };

/** The stem of one lower-cased word in a language (cached). */
export function stemWord(word: string, language: SearchLanguage): string {
  const cache = caches[language];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = STEMMERS[language](word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

/**
 * The text of the stem column in the search index: every word of `text` stemmed in `language`,
 * separated by spaces. FTS5 cannot call a JavaScript stemmer, so this is indexed beside the text.
 */
export function stemText(text: string, language: SearchLanguage): string {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) ws[i] = stemWord(ws[i] as string, language);
  return ws.join(' ');
}
