import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemNorwegian } from '@orama/stemmers/norwegian';
import type { SearchLanguage } from './language.js';
import { scanWords, words } from './tokenise.js';

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

/**
 * The text of the stem column for new search rows: each distinct stem of `text` in `language`
 * that differs from its word, separated by spaces. A word that is its own stem is already in the
 * text column, and a stem matched once per turn is enough (hits are turns, ordered by rowid, not
 * ranked), so the index holds a fraction of the tokens that {@link stemText} gives it. Queries
 * compiled by `toFtsMatch` look for a stem in both columns, so rows written with either form match.
 */
export function indexStems(text: string, language: SearchLanguage): string {
  const lower = text.toLowerCase();
  const cache = caches[language];
  const seen = new Set<string>();
  let out = '';
  scanWords(lower, 0, lower.length, (start, end) => {
    const word = lower.slice(start, end);
    const stem = cache.get(word) ?? stemWord(word, language);
    if (stem === word || seen.has(stem)) return;
    seen.add(stem);
    out = out === '' ? stem : `${out} ${stem}`;
  });
  return out;
}
