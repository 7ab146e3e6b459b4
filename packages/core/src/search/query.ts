import { PolyphonyError } from '../errors.js';
import { SEARCH_LANGUAGES } from './language.js';
import { stemWord } from './stem.js';
import { words } from './tokenise.js';

/**
 * One item of a search query. A plain `term` matches any word with the same stem (in English or
 * bokmål); a `prefix` (`arb*`) and a `phrase` (`"har ikke"`) match the words as written.
 */
export type QueryItem =
  | { kind: 'term'; term: string; stems: string[] }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'phrase'; terms: string[] };

/** A parsed query: alternatives joined by `OR`, each a list of items that must all match. */
export interface SearchQuery {
  text: string;
  any: QueryItem[][];
}

/** Column names of the search index that a query is compiled against. */
export interface IndexColumns {
  text: string;
  stem: string;
}

function bad(message: string, query: string): PolyphonyError {
  return new PolyphonyError('bad_input', `Search query ${JSON.stringify(query)}: ${message}`, { query });
}

function itemFor(raw: string, quoted: boolean, query: string): QueryItem | null {
  if (quoted) {
    const terms = words(raw);
    if (terms.length === 0) throw bad('the phrase "" has no words in it', query);
    return { kind: 'phrase', terms };
  }
  if (raw.endsWith('*')) {
    const prefixWords = words(raw.slice(0, -1));
    if (prefixWords.length !== 1 || raw.slice(0, -1).includes('*')) {
      throw bad(`a prefix needs one word before the star, not "${raw}"`, query);
    }
    return { kind: 'prefix', prefix: prefixWords[0] as string };
  }
  if (raw.includes('*')) throw bad(`a star may only end a word, as in "arb*", not "${raw}"`, query);
  const ws = words(raw);
  if (ws.length === 0) return null; // punctuation on its own carries nothing to search for
  if (ws.length > 1) return { kind: 'phrase', terms: ws }; // "e-post" is searched as written
  const term = ws[0] as string;
  const stems = [...new Set(SEARCH_LANGUAGES.map((l) => stemWord(term, l)))];
  return { kind: 'term', term, stems };
}

/**
 * Parses what a user types: words, `"phrases"`, `prefix*`, and `OR` between alternatives
 * (words are otherwise all required). Throws `bad_input` naming the problem for an empty query,
 * an unclosed quote, a misplaced star or a dangling `OR` — never lets FTS5 see bad syntax.
 */
export function parseSearchQuery(query: string): SearchQuery {
  const any: QueryItem[][] = [[]];
  const re = /"([^"]*)"|(\S+)/g;
  const quotes = (query.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) throw bad('a quote is not closed', query);
  for (const m of query.matchAll(re)) {
    const current = any[any.length - 1] as QueryItem[];
    if (m[1] === undefined && m[2] === 'OR') {
      if (current.length === 0) throw bad('OR needs words on both sides', query);
      any.push([]);
      continue;
    }
    const item = itemFor(m[1] ?? m[2] ?? '', m[1] !== undefined, query);
    if (item) current.push(item);
  }
  const last = any[any.length - 1] as QueryItem[];
  if (last.length === 0) throw bad(any.length > 1 ? 'OR needs words on both sides' : 'there is nothing to search for', query);
  return { text: query, any };
}

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/** Compiles a parsed query to an FTS5 MATCH expression over the given index columns. */
export function toFtsMatch(q: SearchQuery, cols: IndexColumns): string {
  const item = (i: QueryItem): string => {
    switch (i.kind) {
      case 'term': {
        // The stem column leaves out stems equal to their word (see indexStems), so a stem that
        // is a word of its own is also looked up as written. Only such fixed points: a stem that
        // would stem further (e.g. "gener") is not a word the index meant by it.
        const asWritten = i.stems.filter((s) => SEARCH_LANGUAGES.some((l) => stemWord(s, l) === s));
        const stems = `${cols.stem} : (${i.stems.map(quote).join(' OR ')})`;
        return asWritten.length === 0 ? stems : `(${cols.text} : (${asWritten.map(quote).join(' OR ')}) OR ${stems})`;
      }
      case 'prefix':
        return `${cols.text} : ${quote(i.prefix)} *`;
      case 'phrase':
        return `${cols.text} : ${quote(i.terms.join(' '))}`;
    }
  };
  return q.any.map((all) => `(${all.map(item).join(' AND ')})`).join(' OR ');
}
