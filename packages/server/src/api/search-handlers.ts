import { PolyphonyError, type ApiInput, type ApiOutput, type ExchangeApi } from '@polyphony/core';
import type { ProjectPort } from '../project-port.js';
import { snippetParts } from './snippet-parts.js';

type SearchRoute = 'GET /api/search/hits' | 'GET /api/search/code-all' | 'POST /api/search/code-all';
type SearchHandler<R extends SearchRoute> = (project: ProjectPort, input: ApiInput<R>) => Promise<ApiOutput<R>>;

/**
 * "Code all hits" codes in one transaction; beyond this many matches the query is almost
 * certainly too broad (a stop word), and one undo step of that size helps nobody.
 */
export const CODE_ALL_LIMIT = 5000;

/** The search screen's commands: a page of hits in context, and coding every hit. */
export const searchHandlers: { [R in SearchRoute & keyof ExchangeApi]: SearchHandler<R> } = {
  'GET /api/search/hits': async (p, { q, offset = 0, limit = 20 }) => {
    const page = await p.searchPage(q, { offset, limit });
    // A page holds at most `limit` hits, so each source's text is read at most once per page.
    const texts = new Map<string, Promise<string>>();
    const textOf = (id: string) => {
      let t = texts.get(id);
      if (!t) texts.set(id, (t = p.getSource(id).then((s) => s.text)));
      return t;
    };
    const hits = await Promise.all(
      page.hits.map(async (h) => ({
        source: h.source, sourceName: h.sourceName, participant: h.participant, perspective: h.perspective, speaker: h.speaker,
        start: h.start, end: h.end, ...snippetParts(await textOf(h.source), h.start, h.end),
      })),
    );
    return { q, total: page.total, offset, hits };
  },
  'GET /api/search/code-all': async (p, { q }) => {
    const matches = await p.searchMatches(q);
    const bySource = new Map<string, { source: string; sourceName: string; matches: number }>();
    for (const m of matches) {
      const entry = bySource.get(m.source) ?? { source: m.source, sourceName: m.sourceName, matches: 0 };
      entry.matches++;
      bySource.set(m.source, entry);
    }
    return { q, matches: matches.length, sources: [...bySource.values()] };
  },
  'POST /api/search/code-all': async (p, { q, code }) => {
    const target = await p.getCode(code);
    const matches = await p.searchMatches(q);
    if (matches.length === 0) throw new PolyphonyError('not_found', `Nothing matches “${q}”, so there is nothing to code`);
    if (matches.length > CODE_ALL_LIMIT) {
      throw new PolyphonyError('bad_input', `“${q}” matches ${matches.length} places; narrow the search to at most ${CODE_ALL_LIMIT} before coding all hits`);
    }
    const result = await p.codeRanges(target.id, matches);
    return { ...result, sources: new Set(matches.map((m) => m.source)).size };
  },
};
