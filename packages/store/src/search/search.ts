import type Database from 'better-sqlite3';
import { findMatchSpans, makeSnippet, parseSearchQuery, PolyphonyError, toFtsMatch, type MatchSpan, type SearchLanguage, type SearchQuery } from '@polyphony/core';
import { countMatches, matchedTurns, sourceText, type MatchedTurn } from '../sqlite/search-rows.js';

/** One search hit: the first match in a matching turn. Offsets are into the source text. */
export interface SearchHit {
  source: string;
  sourceName: string;
  participant: string | null;
  perspective: string | null;
  speaker: string;
  start: number;
  end: number;
  snippet: string;
}

/** A page of search results; `total` counts matching turns. */
export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
}

/** Paging of {@link search}. */
export interface SearchOptions {
  limit?: number;
  offset?: number;
}

/** One matched stretch of text (for coding every hit). */
export type SearchMatch = Omit<SearchHit, 'snippet'> & { exact: string };

const COLUMNS = { text: 'text', stem: 'stem' };

function compile(query: string): { parsed: SearchQuery; match: string } {
  const parsed = parseSearchQuery(query);
  return { parsed, match: toFtsMatch(parsed, COLUMNS) };
}

function spansOf(db: Database.Database, texts: Map<string, string>, t: MatchedTurn, parsed: SearchQuery): { text: string; spans: MatchSpan[] } {
  let text = texts.get(t.source);
  if (text === undefined) {
    text = sourceText(db, t.source);
    texts.set(t.source, text);
  }
  const lang: SearchLanguage = t.language === 'nb' ? 'nb' : 'en';
  return { text, spans: findMatchSpans(text, t.textStart, t.end, parsed, lang) };
}

/** Full-text search over every turn: phrases, prefixes, stems in English and bokmål. */
export function search(db: Database.Database, query: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new PolyphonyError('bad_input', `limit and offset must be whole numbers ≥ 0 (got ${limit}, ${offset})`);
  }
  const { parsed, match } = compile(query);
  const total = countMatches(db, match);
  const texts = new Map<string, string>();
  const hits = matchedTurns(db, match, limit, offset).map((t): SearchHit => {
    const { text, spans } = spansOf(db, texts, t, parsed);
    const first = spans[0] ?? { start: t.textStart, end: t.textStart };
    return {
      source: t.source, sourceName: t.sourceName, participant: t.participant, perspective: t.perspective, speaker: t.speaker,
      start: first.start, end: first.end, snippet: makeSnippet(text, t.textStart, t.end, first),
    };
  });
  return { query, total, hits };
}

/** Every matched stretch in every matching turn, in import order ("code every hit"). */
export function searchAll(db: Database.Database, query: string): SearchMatch[] {
  const { parsed, match } = compile(query);
  const texts = new Map<string, string>();
  const out: SearchMatch[] = [];
  for (const t of matchedTurns(db, match)) {
    const { text, spans } = spansOf(db, texts, t, parsed);
    for (const s of spans) {
      out.push({ source: t.source, sourceName: t.sourceName, participant: t.participant, perspective: t.perspective, speaker: t.speaker, start: s.start, end: s.end, exact: text.slice(s.start, s.end) });
    }
  }
  return out;
}
