import type { ProjectSnapshot } from '@polyphony/core';
import type { ImportReport } from './import-report.js';

/**
 * Makes an imported snapshot one that a project can hold, whatever the file said: REFI-QDA
 * allows what a Polyphony project does not (two codes named "Other" under different parents,
 * two sources of one name), and a hand-edited or hostile file can repeat GUIDs, point at
 * items that are not there, or make a parent chain go round in a circle. Here:
 * - an item whose id was seen before is left out (reported as skipped);
 * - a second source, code or theme of one name is renamed `name (2)` (reported as a warning);
 * - a reference to nothing becomes no reference (a parent, a participant, a perspective of a
 *   theme, a memo's target), or is dropped from a list (theme codes, exemplars, links);
 * - a parent chain that closes a circle is cut where it closes;
 * - a perspective or case that participants name but the file does not list is added.
 * The store's own constraints then never refuse what the importer produced.
 */
export function consistentSnapshot(s: ProjectSnapshot, report: ImportReport): ProjectSnapshot {
  const unique = <T extends { id: string }>(items: readonly T[], kind: string, nameOf: (item: T) => string): T[] => {
    const seen = new Set<string>();
    return items.filter((item) => {
      if (!seen.has(item.id)) return seen.add(item.id);
      report.skipped.push({ kind, name: nameOf(item), reason: `its id ${item.id} is used twice in the file` });
      return false;
    });
  };
  const renamed = <T extends { name: string }>(items: T[], kind: string): T[] => {
    const used = new Set<string>();
    return items.map((item) => {
      let name = item.name;
      for (let n = 2; used.has(name); n++) name = `${item.name} (${n})`;
      used.add(name);
      if (name === item.name) return item;
      report.warnings.push(`Two ${kind}s are named "${item.name}"; the second is imported as "${name}"`);
      return { ...item, name };
    });
  };

  const perspectives = unique(s.perspectives, 'Perspective', (p) => p.label);
  const cases = unique(s.cases, 'Case', (c) => c.label);
  const participants = unique(s.participants, 'Case', (p) => p.id);
  const needPerspective = (id: string | null): void => {
    if (id !== null && !perspectives.some((p) => p.id === id)) perspectives.push({ id, label: id, sort: perspectives.length });
  };
  for (const p of participants) {
    needPerspective(p.perspective);
    if (p.case !== null && !cases.some((c) => c.id === p.case)) cases.push({ id: p.case, label: p.case });
  }
  const participantIds = new Set(participants.map((p) => p.id));
  const participant = (id: string | null): string | null => (id !== null && participantIds.has(id) ? id : null);

  const sources = renamed(unique(s.sources, 'TextSource', (x) => x.name), 'source').map((x) => ({
    ...x,
    participant: participant(x.participant),
    turns: x.turns.map((t) => ({ ...t, participant: participant(t.participant) })),
  }));
  const sourceIds = new Set(sources.map((x) => x.id));
  const codes = withoutCircles(renamed(unique(s.codes, 'Code', (c) => c.name), 'code'));
  const codeIds = new Set(codes.map((c) => c.id));
  const segments = unique(s.segments, 'PlainTextSelection', (x) => x.id)
    .filter((x) => sourceIds.has(x.source))
    .map((x) => ({ ...x, participant: participant(x.participant) }));
  const segmentIds = new Set(segments.map((x) => x.id));
  const codings = unique(s.codings, 'Coding', (x) => x.id).filter((x) => codeIds.has(x.code) && segmentIds.has(x.segment));
  const themes = withoutCircles(renamed(unique(s.themes, 'Set', (t) => t.name), 'theme'));
  const themeIds = new Set(themes.map((t) => t.id));
  for (const t of themes) needPerspective(t.perspective);
  const existing = (ids: readonly string[], known: ReadonlySet<string>): string[] => [...new Set(ids)].filter((id) => known.has(id));
  const targets: Record<string, ReadonlySet<string>> = { source: sourceIds, code: codeIds, theme: themeIds, coding: new Set(codings.map((c) => c.id)) };
  const memos = unique(s.memos, 'Note', (m) => m.id).map((m) =>
    m.targetKind !== 'project' && (m.targetId === null || !targets[m.targetKind]?.has(m.targetId)) ? { ...m, targetKind: 'project' as const, targetId: null } : m,
  );

  return {
    ...s,
    perspectives,
    cases,
    participants,
    coders: unique(s.coders, 'User', (c) => c.name),
    sources,
    codes,
    segments,
    codings,
    memos,
    themes: themes.map((t) => ({
      ...t,
      codes: existing(t.codes, codeIds),
      exemplars: existing(t.exemplars, segmentIds),
      drawsOn: existing(t.drawsOn, themeIds).filter((id) => id !== t.id),
    })),
  };
}

/** Parents that exist and never lead back to the item itself; a circle is cut where it closes. */
function withoutCircles<T extends { id: string; parent: string | null }>(items: readonly T[]): T[] {
  const parentOf = new Map(items.map((i) => [i.id, i.parent]));
  for (const [id, parent] of parentOf) if (parent !== null && !parentOf.has(parent)) parentOf.set(id, null);
  // Walk each chain once; a node met again on the same walk closes a circle.
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const walk = new Set<string>();
    let at: string | null = start;
    while (at !== null && !done.has(at)) {
      walk.add(at);
      const parent: string | null = parentOf.get(at) ?? null;
      if (parent !== null && walk.has(parent)) {
        parentOf.set(at, null);
        break;
      }
      at = parent;
    }
    for (const id of walk) done.add(id);
  }
  return items.map((i) => (parentOf.get(i.id) === i.parent ? i : { ...i, parent: parentOf.get(i.id) ?? null }));
}
