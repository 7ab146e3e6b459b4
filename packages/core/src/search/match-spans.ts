import type { SearchLanguage } from './language.js';
import type { QueryItem, SearchQuery } from './query.js';
import { stemWord } from './stem.js';
import { tokenise, type Token } from './tokenise.js';

/** A matched stretch of text, `[start, end)` in UTF-16 code units of the source text. */
export interface MatchSpan {
  start: number;
  end: number;
}

function itemSpans(tokens: Token[], item: QueryItem, language: SearchLanguage): MatchSpan[] {
  const out: MatchSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (item.kind === 'term') {
      if (item.stems.includes(stemWord(t.term, language))) out.push({ start: t.start, end: t.end });
    } else if (item.kind === 'prefix') {
      if (t.term.startsWith(item.prefix)) out.push({ start: t.start, end: t.end });
    } else {
      const n = item.terms.length;
      let ok = i + n <= tokens.length;
      for (let k = 0; ok && k < n; k++) ok = tokens[i + k]?.term === item.terms[k];
      if (ok) out.push({ start: t.start, end: (tokens[i + n - 1] as Token).end });
    }
  }
  return out;
}

/**
 * Every stretch of `text.slice(from, to)` that one of the query's items matches, in text order,
 * using the same rules as the index (stems in the source's language, prefixes and phrases on the
 * words as written). Search hits are computed here because FTS5 offsets are not UTF-16 offsets.
 */
export function findMatchSpans(text: string, from: number, to: number, query: SearchQuery, language: SearchLanguage): MatchSpan[] {
  const tokens = tokenise(text, from, to);
  const spans: MatchSpan[] = [];
  for (const all of query.any) for (const item of all) spans.push(...itemSpans(tokens, item, language));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the outermost of overlapping matches so that "code every hit" never codes a word twice.
  const out: MatchSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/**
 * A one-line excerpt around a match with the match marked as `**…**` and about `context`
 * characters either side, cut at word boundaries, newlines flattened.
 */
export function makeSnippet(text: string, from: number, to: number, match: MatchSpan, context = 60): string {
  let a = Math.max(from, match.start - context);
  let b = Math.min(to, match.end + context);
  if (a > from) {
    const sp = text.indexOf(' ', a);
    if (sp !== -1 && sp < match.start) a = sp + 1;
  }
  if (b < to) {
    const sp = text.lastIndexOf(' ', b);
    if (sp > match.end) b = sp;
  }
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  return `${a > from ? '…' : ''}${flat(text.slice(a, match.start)).trimStart()}**${flat(text.slice(match.start, match.end))}**${flat(text.slice(match.end, b)).trimEnd()}${b < to ? '…' : ''}`;
}
