import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemNorwegian } from '@orama/stemmers/norwegian';
import type { SearchLanguage } from './language.js';
import { wordCharLength, words } from './tokenise.js';

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

// The stem column's own cache, built for the indexing loop: each word is found by a hash of its
// code units computed while scanning, and confirmed with `startsWith`, so the millions of words of
// an import are looked up without slicing a new string (and hashing it) for each. A word's entry
// points at a shared entry of its stem, whose `mark` says whether the current row already has it.
interface StemEntry {
  stem: string;
  mark: number;
}
interface WordEntry {
  word: string;
  /** `null` when the word is its own stem: the text column already holds it. */
  stem: StemEntry | null;
  next: WordEntry | undefined;
}
interface IndexCache {
  words: Map<number, WordEntry>;
  stems: Map<string, StemEntry>;
  size: number;
}
const indexCaches: Record<SearchLanguage, IndexCache> = {
  en: { words: new Map(), stems: new Map(), size: 0 },
  nb: { words: new Map(), stems: new Map(), size: 0 },
};
let rowMark = 0;

function addWord(cache: IndexCache, hash: number, word: string, language: SearchLanguage): WordEntry {
  if (cache.size >= CACHE_LIMIT) {
    // Marks live on stem entries; dropping them all at once keeps every mark consistent.
    cache.words.clear();
    cache.stems.clear();
    cache.size = 0;
  }
  const stem = stemWord(word, language);
  let entry: StemEntry | null = null;
  if (stem !== word) {
    entry = cache.stems.get(stem) ?? null;
    if (!entry) cache.stems.set(stem, (entry = { stem, mark: 0 }));
  }
  const w: WordEntry = { word, stem: entry, next: cache.words.get(hash) };
  cache.words.set(hash, w);
  cache.size++;
  return w;
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
  const cache = indexCaches[language];
  const mark = ++rowMark;
  let out = '';
  let start = -1;
  let hash = 0;
  const n = lower.length;
  let i = 0;
  // Words are the runs that `scanWords` finds; the loop is inlined to hash each word as it goes.
  while (i <= n) {
    const step = i < n ? wordCharLength(lower, i) : 0;
    if (step > 0) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + lower.charCodeAt(i)) | 0;
      if (step === 2) hash = (Math.imul(hash, 31) + lower.charCodeAt(i + 1)) | 0;
      i += step;
      continue;
    }
    if (start >= 0) {
      const len = i - start;
      let w = cache.words.get(hash);
      while (w !== undefined && !(w.word.length === len && lower.startsWith(w.word, start))) w = w.next;
      if (w === undefined) w = addWord(cache, hash, lower.slice(start, i), language);
      const s = w.stem;
      if (s !== null && s.mark !== mark) {
        s.mark = mark;
        out = out === '' ? s.stem : `${out} ${s.stem}`;
      }
      start = -1;
    }
    i++;
  }
  return out;
}
