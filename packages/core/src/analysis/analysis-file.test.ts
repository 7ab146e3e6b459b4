import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnalysisFile } from './analysis-file.js';

const demo: unknown = JSON.parse(readFileSync('/work/shared/data/ips-meetings/analysis.json', 'utf8'));

/** A small valid file that each test breaks in one place. */
function clinicFile() {
  return {
    perspectives: [{ id: 'P', label: 'Patients' }, { id: 'N', label: 'Nurses' }],
    codes: [
      { name: 'waiting', description: 'Being kept waiting' },
      { name: 'pain', description: 'Pain', color: '#aa0000', parent: 'waiting' },
    ],
    codings: [
      { participant: 'P1', code: 'waiting', quote: 'I waited for hours.' },
      { participant: 'N1', code: 'pain', quote: 'We had no time to ask about pain.', coder: 'ann' },
    ],
    themes: [
      { perspective: 'P', name: 'Waiting', level: 'main', definition: 'd', codes: ['waiting'], exemplars: ['I waited for hours.'] },
      { perspective: 'P', name: 'Pain', level: 'sub', parent: 'Waiting', definition: 'd', codes: ['pain'], status: 'reviewed' },
      { perspective: 'N', name: 'Rush', level: 'main', definition: 'd', codes: ['pain'] },
    ],
    triangulation: [
      { name: 'Time', per_perspective: { P: 'slow', N: 'rushed' }, relation: 'divergent', note: 'n', draws_on: { P: ['Waiting'], N: ['Rush'] } },
    ],
  };
}

describe('parseAnalysisFile', () => {
  it('accepts the demo study without problems', () => {
    const { file, problems } = parseAnalysisFile(demo);
    expect(problems).toEqual([]);
    expect([file.perspectives.length, file.codes.length, file.codings.length, file.themes.length, file.triangulation.length]).toEqual([3, 21, 153, 9, 2]);
  });

  it('accepts a valid file and keeps optional fields', () => {
    const { file, problems } = parseAnalysisFile(clinicFile());
    expect(problems).toEqual([]);
    expect(file.codes[1]).toEqual({ name: 'pain', description: 'Pain', color: '#aa0000', parent: 'waiting' });
    expect(file.themes[1]?.status).toBe('reviewed');
    expect(file.triangulation[0]?.draws_on).toEqual({ P: ['Waiting'], N: ['Rush'] });
  });

  it('reports every broken reference by item', () => {
    const f = clinicFile();
    f.codings.push({ participant: 'P2', code: 'X', quote: 'Nobody told me anything at all about the delay, ever.' });
    f.codings.push({ participant: 'P1', code: 'waiting', quote: 'I waited for hours.' });
    f.themes.push({ perspective: 'Q', name: 'Lost', level: 'sub', parent: 'Rush', definition: '', codes: ['nope'] });
    f.themes.push({ perspective: 'P', name: 'Waiting', level: 'main', parent: 'Pain', definition: '', codes: [] });
    f.themes.push({ perspective: 'P', name: 'Deep', level: 'sub', parent: 'Pain', definition: '', codes: [] });
    f.triangulation.push({ name: 'Time', per_perspective: { Z: '' }, relation: 'divergent', note: '', draws_on: { N: ['Waiting'] } });
    f.codes.push({ name: 'a', description: '', parent: 'b' }, { name: 'b', description: '', parent: 'a' });
    expect(parseAnalysisFile(f).problems).toEqual([
      { item: 'codings[3] (P1, "I waited for hours.")', message: 'duplicate coding (first at codings[0])' },
      { item: 'themes[4] (P, "Waiting")', message: 'duplicate theme name in this perspective (first at themes[0])' },
      { item: 'triangulation[1] ("Time")', message: 'duplicate triangulation name (first at triangulation[0])' },
      { item: 'codes[2] ("a")', message: 'parent codes form a cycle through "a"' },
      { item: 'codes[3] ("b")', message: 'parent codes form a cycle through "b"' },
      { item: 'codings[2] (P2, "Nobody told me anything at all about th…")', message: 'unknown code "X"' },
      { item: 'themes[3] (Q, "Lost")', message: 'unknown perspective "Q"' },
      { item: 'themes[3] (Q, "Lost")', message: 'unknown code "nope"' },
      { item: 'themes[3] (Q, "Lost")', message: 'parent "Rush" is not a main theme of perspective Q' },
      { item: 'themes[4] (P, "Waiting")', message: 'a main theme has no parent (found "Pain")' },
      { item: 'themes[5] (P, "Deep")', message: 'parent "Pain" is not a main theme of perspective P' },
      { item: 'triangulation[1] ("Time")', message: 'unknown perspective "Z" in per_perspective' },
      { item: 'triangulation[1] ("Time")', message: 'draws on unknown theme "Waiting" of perspective N' },
    ]);
  });

  it('checks a chain of 100,000 codes once per code, and still finds a circle at its end', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => ({ name: `c${i}`, description: '', ...(i > 0 ? { parent: `c${i - 1}` } : {}) }));
    const file = { perspectives: [], codes: chain, codings: [], themes: [], triangulation: [] };
    expect(parseAnalysisFile(file).problems).toEqual([]);
    chain[0] = { name: 'c0', description: '', parent: 'c99999' };
    const problems = parseAnalysisFile(file).problems;
    expect(problems).toHaveLength(100_000);
    expect(problems[0]).toEqual({ item: 'codes[0] ("c0")', message: 'parent codes form a cycle through "c0"' });
  });

  it('names where a chain enters a circle for a code outside it', () => {
    const f = clinicFile();
    f.codes.push({ name: 'a', description: '', parent: 'b' }, { name: 'b', description: '', parent: 'a' }, { name: 'lead', description: '', parent: 'a' });
    expect(parseAnalysisFile(f).problems.slice(-3)).toEqual([
      { item: 'codes[2] ("a")', message: 'parent codes form a cycle through "a"' },
      { item: 'codes[3] ("b")', message: 'parent codes form a cycle through "b"' },
      { item: 'codes[4] ("lead")', message: 'parent codes form a cycle through "a"' },
    ]);
  });

  it('reports shape problems, keeps the index of the input, and leaves bad items out', () => {
    const f: Record<string, unknown> = clinicFile();
    f['codings'] = [
      'not an object',
      { participant: 'P1', code: 'waiting' },
      { participant: 'P1', code: 'nope', quote: 'q' },
    ];
    f['themes'] = [{ perspective: 'P', name: 'T', level: 'top', definition: 'd', codes: 'waiting', status: 'done' }];
    f['triangulation'] = [{ name: 'Time', per_perspective: { P: 3 }, relation: 'agreeing', note: 'n' }];
    f['codes'] = [{ name: 'waiting', description: 'x', color: 'red' }];
    const { file, problems } = parseAnalysisFile(f);
    expect(problems).toEqual([
      { item: 'codes[0] ("waiting")', message: '"color" must look like #rrggbb, not "red"' },
      { item: 'codings[0]', message: 'must be an object' },
      { item: 'codings[1] (P1, ?)', message: '"quote" must be a non-empty text' },
      { item: 'themes[0] (P, "T")', message: '"level" must be "main" or "sub"' },
      { item: 'themes[0] (P, "T")', message: '"codes" must be a list of texts' },
      { item: 'themes[0] (P, "T")', message: '"status" must be one of candidate, reviewed, defined' },
      { item: 'triangulation[0] ("Time")', message: '"relation" must be one of convergent, divergent, complementary, silent (or null), not "agreeing"' },
      { item: 'triangulation[0] ("Time")', message: '"per_perspective" must be an object of texts' },
      // The cross-reference check still runs on the items with a good shape, naming their input index.
      { item: 'codings[2] (P1, "q")', message: 'unknown code "nope"' },
    ]);
    expect(file.codings).toEqual([{ participant: 'P1', code: 'nope', quote: 'q' }]);
    expect(file.themes).toEqual([]);
  });

  it('rejects a file that is not an object, and lists that are not lists', () => {
    expect(parseAnalysisFile([]).problems).toHaveLength(1);
    expect(parseAnalysisFile({ codes: {} }).problems).toEqual([{ item: 'codes', message: 'must be a list' }]);
  });

  it('reads names NFC, as the store keeps them, so a decomposed name in the file finds its code again', () => {
    const nfd = 'Økonomi på sikt'.normalize('NFD');
    const f = clinicFile();
    f.codes.push({ name: nfd, description: 'Money', color: '#00aa00', parent: 'waiting' }, { name: 'Lån'.normalize('NFD'), description: 'Loans', color: '#00aa00', parent: nfd });
    f.codings.push({ participant: 'P1', code: nfd, quote: 'I waited for hours.', coder: 'ann' });
    f.themes[0]?.codes.push(nfd);
    const { file, problems } = parseAnalysisFile(f);
    expect(problems).toEqual([]);
    expect(file.codes.slice(-2).map((c) => [c.name, c.parent])).toEqual([['Økonomi på sikt', 'waiting'], ['Lån', 'Økonomi på sikt']]);
    expect(file.codings.at(-1)?.code).toBe('Økonomi på sikt');
    expect(file.themes[0]?.codes).toContain('Økonomi på sikt');
  });
});
