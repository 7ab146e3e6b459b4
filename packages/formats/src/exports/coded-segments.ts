import type { ProjectSnapshot } from '@polyphony/core';
import { codesInHierarchyOrder, PATH_SEPARATOR } from './code-hierarchy.js';
import { lineNumberLookup } from './line-number.js';
import { compareNatural } from './participant-order.js';
import { LIST_SEPARATOR, themesByCode, withdrawnParticipants } from './snapshot-lookup.js';
import type { ExportCell, ExportTable } from './table.js';

/**
 * The coded segments as a table, one row per coding (a segment with two codes gives two rows):
 * code (its hierarchy path), themes (joined `; `), participant, perspective and case (labels),
 * one column per participant attribute (the union of names, sorted), source, start and end
 * (UTF-16 offsets into the normalised text), line (1-based), coder (name) and quote.
 *
 * Rows follow the sources' order, then position, then code order, then coder. Segments of
 * withdrawn participants are left out. Orphaned segments are kept (an export must not hide
 * them) with their last known offsets but an empty line, since their position no longer points
 * at their text. Interviewer segments have empty participant columns.
 */
export function codedSegmentRows(snapshot: ProjectSnapshot): ExportTable {
  const withdrawn = withdrawnParticipants(snapshot);
  const participants = new Map(snapshot.participants.map((p) => [p.id, p]));
  const perspectives = new Map(snapshot.perspectives.map((p) => [p.id, p.label]));
  const cases = new Map(snapshot.cases.map((c) => [c.id, c.label]));
  const coders = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  const sources = new Map(snapshot.sources.map((s) => [s.id, s]));
  const sourceIndex = new Map(snapshot.sources.map((s, i) => [s.id, i]));
  const segments = new Map(snapshot.segments.map((s) => [s.id, s]));
  const placed = codesInHierarchyOrder(snapshot.codes);
  const codeRank = new Map(placed.map((p, i) => [p.code.id, i]));
  const codePath = new Map(placed.map((p) => [p.code.id, p.path.join(PATH_SEPARATOR)]));
  const themes = themesByCode(snapshot.themes);
  const lineOf = new Map(snapshot.sources.map((s) => [s.id, lineNumberLookup(s.text)]));

  const attributeNames = [
    ...new Set(
      snapshot.participants.filter((p) => !withdrawn.has(p.id)).flatMap((p) => Object.keys(p.attributes)),
    ),
  ].sort(compareNatural);

  const codings = snapshot.codings.flatMap((coding) => {
    const segment = segments.get(coding.segment);
    const rank = codeRank.get(coding.code);
    if (segment === undefined || rank === undefined) return [];
    if (segment.participant !== null && withdrawn.has(segment.participant)) return [];
    return [{ coding, segment, rank }];
  });
  codings.sort(
    (a, b) =>
      (sourceIndex.get(a.segment.source) ?? Infinity) - (sourceIndex.get(b.segment.source) ?? Infinity) ||
      a.segment.start - b.segment.start ||
      a.segment.end - b.segment.end ||
      a.rank - b.rank ||
      compareNatural(coders.get(a.coding.coder) ?? a.coding.coder, coders.get(b.coding.coder) ?? b.coding.coder),
  );

  const rows = codings.map(({ coding, segment }): ExportCell[] => {
    const person = segment.participant === null ? undefined : participants.get(segment.participant);
    const source = sources.get(segment.source);
    const line = segment.status === 'anchored' ? lineOf.get(segment.source)?.(segment.start) : undefined;
    return [
      codePath.get(coding.code) ?? '',
      [...new Set((themes.get(coding.code) ?? []).map((t) => t.name))].join(LIST_SEPARATOR),
      segment.participant ?? '',
      person?.perspective == null ? '' : (perspectives.get(person.perspective) ?? person.perspective),
      person?.case == null ? '' : (cases.get(person.case) ?? person.case),
      ...attributeNames.map((name) => person?.attributes[name] ?? ''),
      source?.name ?? '',
      segment.start,
      segment.end,
      line ?? null,
      coders.get(coding.coder) ?? coding.coder,
      segment.exact,
    ];
  });

  return {
    header: ['code', 'themes', 'participant', 'perspective', 'case', ...attributeNames, 'source', 'start', 'end', 'line', 'coder', 'quote'],
    rows,
  };
}
