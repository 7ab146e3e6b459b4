import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '@polyphony/core';
import { exportQdc } from './export-qdc.js';
import { exportQdpx } from './export-qdpx.js';
import { importQdc } from './import-qdc.js';
import { importQdpx } from './import-qdpx.js';
import { richSnapshot } from './test-snapshot.js';

const now = new Date('2024-05-01T12:00:00Z');

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

describe('qdpx round trip of positions', () => {
  it('keeps the positions of its own files as written, even where a line-end repair looks cleaner', () => {
    // Read as counted on CRLF text, 5–8 would become "ja " on word boundaries instead of "a n".
    const base = richSnapshot();
    const text = 'Hei\nja nei';
    const source = { ...base.sources[0]!, text, turns: [{ ...base.sources[0]!.turns[0]!, end: text.length }] };
    const segment = { ...base.segments[0]!, source: source.id, start: 5, end: 8, exact: 'a n', prefix: 'Hei\nj', suffix: 'ei' };
    const snapshot: ProjectSnapshot = { ...base, sources: [source], segments: [segment], codings: [{ ...base.codings[0]!, segment: segment.id }], themes: [], memos: [] };
    const back = importQdpx(exportQdpx(snapshot, { now }), { now });
    expect(back.snapshot.segments.map((x) => [x.start, x.end, x.exact])).toEqual([[5, 8, 'a n']]);
    expect(back.report.warnings).toEqual([]);
  });
});

describe('qdpx round trip', () => {
  const original = richSnapshot();
  const { snapshot: back, report } = importQdpx(exportQdpx(original, { now }), { now });

  it('reports nothing skipped and counts everything', () => {
    expect(report.skipped).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.imported).toEqual({ sources: 2, codes: 4, segments: 4, codings: 5, memos: 5, participants: 2, coders: 2, themes: 4 });
  });

  it('keeps the project identity, name and phase', () => {
    expect([back.id, back.name, back.phase]).toEqual([original.id, original.name, original.phase]);
  });

  it('restores sources with their text, kind, participant, revision and turns', () => {
    expect(byId(back.sources)).toEqual(byId(original.sources));
  });

  it('restores codes: names, colours, descriptions, hierarchy, creators', () => {
    expect(byId(back.codes)).toEqual(byId(original.codes));
  });

  it('restores segments exactly (UTF-16 offsets with emoji and æøå)', () => {
    expect(byId(back.segments)).toEqual(byId(original.segments));
  });

  it('restores codings per coder, with comments', () => {
    expect(byId(back.codings)).toEqual(byId(original.codings));
    expect(back.coders).toEqual(original.coders);
  });

  it('restores memos with author, date, text, target and phase', () => {
    expect(byId(back.memos)).toEqual(byId(original.memos));
  });

  it('restores participants, perspectives and cases', () => {
    expect(byId(back.participants)).toEqual(byId(original.participants));
    expect(back.perspectives).toEqual(original.perspectives);
    expect(back.cases).toEqual(original.cases);
  });

  it('restores themes: name, definition, perspective, parent, codes, status, summaries', () => {
    expect(byId(back.themes)).toEqual(byId(original.themes));
  });

  it('exports the re-imported project with the same GUIDs (byte-identical archive)', () => {
    expect(exportQdpx(back, { now })).toEqual(exportQdpx(original, { now }));
  });
});

describe('qdc round trip', () => {
  it('restores the code tree and themes (GUIDs become the ids)', () => {
    const original: ProjectSnapshot = richSnapshot();
    const { codes, themes, report } = importQdc(exportQdc(original), { coder: 'ann', now });
    expect(report.skipped).toEqual([]);
    const name = new Map(codes.map((c) => [c.id, c.name]));
    const shape = (c: { name: string; description: string; color: string }, parentName: string | undefined) => ({
      name: c.name, description: c.description, color: c.color, parent: parentName,
    });
    expect(codes.map((c) => shape(c, c.parent === null ? undefined : name.get(c.parent)))).toEqual(
      original.codes.map((c) => shape(c, original.codes.find((p) => p.id === c.parent)?.name)),
    );
    const codeNames = (ids: string[], lookup: Map<string, string>) => ids.map((id) => lookup.get(id));
    const originalNames = new Map(original.codes.map((c) => [c.id, c.name]));
    expect(themes.map((t) => ({ ...t, codes: codeNames(t.codes, name) }))).toEqual(
      original.themes.map((t) => ({ ...t, codes: codeNames(t.codes, originalNames), exemplars: [] })),
    );
  });
});
