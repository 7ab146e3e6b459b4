import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisData } from './analysis-data.js';
import { parseAnalysisFile, type AnalysisFile } from './analysis-file.js';
import { code, participant, perspective, theme } from './test-factory.js';
import { themeTable } from './theme-table.js';

const DIR = '/work/shared/data/ips-meetings';

/** metadata.csv has no quoted fields, so a plain split is enough here. */
function participantsFromCsv(): AnalysisData['participants'] {
  const [header, ...lines] = readFileSync(`${DIR}/metadata.csv`, 'utf8').trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const get = (k: string): string => cells[cols.indexOf(k)] ?? '';
    return participant(get('participant'), get('perspective'), { case: get('case'), attributes: { gender: get('gender') } });
  });
}

/** AnalysisData the way the store would fill it: one segment per distinct (participant, quote). */
function demoData(file: AnalysisFile): AnalysisData {
  const segmentIndex = new Map<string, number>();
  const data: AnalysisData = {
    perspectives: file.perspectives.map((p, i) => perspective(p.id, p.label, i)),
    cases: [],
    participants: participantsFromCsv(),
    codes: file.codes.map((c) => code(c.name)),
    themes: file.themes.map((t, i) =>
      theme(`${t.perspective}/${t.name}`, t.perspective, t.codes, { name: t.name, parent: t.parent === undefined ? null : `${t.perspective}/${t.parent}`, sort: i }),
    ),
    segments: { id: [], participant: [], source: [] },
    codings: { segment: [], code: [], coder: [] },
  };
  for (const c of file.codings) {
    const key = `${c.participant}\u0000${c.quote}`;
    let seg = segmentIndex.get(key);
    if (seg === undefined) {
      seg = data.segments.id.length;
      segmentIndex.set(key, seg);
      data.segments.id.push(`s${seg}`);
      data.segments.participant.push(c.participant);
      data.segments.source.push(`${c.participant}.txt`);
    }
    data.codings.segment.push(seg);
    data.codings.code.push(c.code);
    data.codings.coder.push('demo');
  }
  return data;
}

describe('theme table of the demo study (ips-meetings)', () => {
  const { file, problems } = parseAnalysisFile(JSON.parse(readFileSync(`${DIR}/analysis.json`, 'utf8')));
  const table = themeTable(demoData(file));
  const perspectiveOf = new Map(participantsFromCsv().map((p) => [p.id, p.perspective]));

  it('has six participants in each of J, T, S', () => {
    expect(problems).toEqual([]);
    expect(table.perspectives).toEqual([
      { id: 'J', label: 'Jobseekers', participants: 6 },
      { id: 'T', label: 'Therapists', participants: 6 },
      { id: 'S', label: 'Social workers', participants: 6 },
    ]);
  });

  it('matches counts computed directly from the codings', () => {
    expect(table.themes).toHaveLength(9);
    for (const t of file.themes) {
      // Independent count: distinct (participant, quote) among codings of the theme's codes from its perspective.
      const hits = file.codings.filter((c) => t.codes.includes(c.code) && perspectiveOf.get(c.participant) === t.perspective);
      const segments = new Set(hits.map((c) => `${c.participant}|${c.quote}`)).size;
      const participants = new Set(hits.map((c) => c.participant)).size;
      const row = table.themes.find((r) => r.perspective === t.perspective && r.name === t.name);
      expect(row, t.name).toMatchObject({ level: t.level, parent: t.parent ?? null, codes: t.codes, segments, participants });
    }
    // Spot checks against hand-run counts, so that a shared mistake in both paths would still show.
    expect(table.themes.map((r) => [r.perspective, r.level, r.segments, r.participants])).toEqual([
      ['J', 'main', 21, 6], ['J', 'sub', 13, 6], ['J', 'sub', 20, 6],
      ['T', 'main', 20, 6], ['T', 'sub', 19, 6], ['T', 'sub', 5, 5],
      ['S', 'main', 19, 6], ['S', 'sub', 10, 6], ['S', 'sub', 20, 6],
    ]);
  });
});
