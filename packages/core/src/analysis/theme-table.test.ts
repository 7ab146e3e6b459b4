import { describe, expect, it } from 'vitest';
import { themeTable } from './theme-table.js';
import { hospitalStudy } from './test-study.js';
import { buildAnalysisData, code, participant, perspective, theme } from './test-factory.js';

describe('themeTable', () => {
  it('counts active participants per perspective, in sort order', () => {
    expect(themeTable(hospitalStudy()).perspectives).toEqual([
      { id: 'P', label: 'Patients', participants: 3 },
      { id: 'N', label: 'Nurses', participants: 2 },
      { id: 'D', label: 'Doctors', participants: 2 },
      { id: 'R', label: 'Relatives', participants: 1 },
    ]);
  });

  it('orders main themes with their subthemes (nb collation), cross-cutting last', () => {
    const rows = themeTable(hospitalStudy()).themes;
    // Ø sorts after P in Norwegian (it would sort with O in English).
    expect(rows.map((r) => [r.perspective, r.name, r.level, r.parent])).toEqual([
      ['P', 'Being kept waiting', 'main', null],
      ['P', 'Pain unheard', 'sub', 'Being kept waiting'],
      ['P', 'Ønsket om ro', 'sub', 'Being kept waiting'],
      ['N', 'Handover gaps', 'main', null],
      ['D', 'Time pressure', 'main', null],
      ['D', 'Shared decisions', 'sub', 'Time pressure'],
      [null, 'Waiting together', 'main', null],
      [null, 'Family', 'main', null],
    ]);
  });

  it('counts distinct segments and participants of the theme perspective only', () => {
    const byName = new Map(themeTable(hospitalStudy()).themes.map((r) => [r.name, r]));
    // s0, s1 (two coders, once), s2, s11; P4 is withdrawn, N1's and D1's waiting are other perspectives.
    expect(byName.get('Being kept waiting')).toMatchObject({ codes: ['waiting', 'time'], segments: 4, participants: 3 });
    expect(byName.get('Pain unheard')).toMatchObject({ segments: 3, participants: 2 });
    expect(byName.get('Ønsket om ro')).toMatchObject({ segments: 1, participants: 1 });
    expect(byName.get('Handover gaps')).toMatchObject({ segments: 2, participants: 2 });
    // P2's "time" segment does not count for the doctors' theme.
    expect(byName.get('Time pressure')).toMatchObject({ segments: 1, participants: 1 });
    expect(byName.get('Shared decisions')).toMatchObject({ segments: 2, participants: 2 });
    // Cross-cutting: from everyone, but only the theme's own codes (drawsOn is not table evidence).
    expect(byName.get('Family')).toMatchObject({ segments: 1, participants: 1, definition: 'Family defined' });
    expect(byName.get('Waiting together')).toMatchObject({ codes: [], segments: 0, participants: 0 });
  });

  it('counts a cross-cutting theme from every perspective but never the interviewer', () => {
    const data = buildAnalysisData({
      perspectives: [perspective('A', 'A', 0), perspective('B', 'B', 1)],
      participants: [participant('A1', 'A'), participant('B1', 'B')],
      codes: [code('x')],
      themes: [theme('X', null, ['x'])],
      segments: [
        { participant: 'A1', codes: ['x'] },
        { participant: 'B1', codes: ['x'] },
        { participant: 'B1', codes: ['x'] },
        { participant: null, codes: ['x'] },
      ],
    });
    expect(themeTable(data).themes[0]).toMatchObject({ segments: 3, participants: 2 });
  });

  it('stays fast on 100,000 codings and 1,000 codes', () => {
    const codes = Array.from({ length: 1000 }, (_, i) => code(`c${i}`));
    const participants = Array.from({ length: 300 }, (_, i) => participant(`${'JTS'[i % 3]}${i}`, 'JTS'[i % 3] ?? 'J'));
    const themes = Array.from({ length: 100 }, (_, i) =>
      theme(`t${i}`, 'JTS'[i % 3] ?? null, codes.slice(i * 10, i * 10 + 10).map((c) => c.id), { sort: i }),
    );
    const segments = Array.from({ length: 50_000 }, (_, i) => ({
      participant: participants[i % 300]?.id ?? null,
      codes: [`c${i % 1000}`, `c${(i * 7) % 1000}`],
    }));
    const data = buildAnalysisData({
      perspectives: [perspective('J', 'J', 0), perspective('T', 'T', 1), perspective('S', 'S', 2)],
      participants, codes, themes, segments,
    });
    expect(data.codings.code).toHaveLength(100_000);
    // The budget is checked by bench/, not here (no timing assertions); this guards correctness at scale.
    const table = themeTable(data);
    expect(table.themes).toHaveLength(100);
    expect(table.themes.every((t) => t.segments > 0)).toBe(true);
  });
});
