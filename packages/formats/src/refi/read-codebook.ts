import type { Code, Theme } from '@polyphony/core';
import { guidKey } from './guid.js';
import type { ImportReport } from './import-report.js';
import { parseThemeMarker, type ThemeMarker } from './polyphony-data.js';
import { attribute, child, childText, children, type XmlNode } from './xml-nodes.js';

/** Context for {@link readCodebook}. */
export interface CodebookContext {
  /** Our ids for derived GUIDs (from the project data note; empty for foreign files). */
  ids: Readonly<Record<string, string>>;
  /** Creator and time per code GUID, when known. */
  codeOrigin: (guid: string) => { createdBy: string; createdAt: string };
  report: ImportReport;
}

/** Codes and themes read from a `<Codes>` and `<Sets>` element (project or codebook). */
export interface CodebookContent {
  codes: Code[];
  themes: Theme[];
  /** Code id by GUID key, for CodeRefs. */
  codeByGuid: Map<string, string>;
  /** Theme id by the GUID key of its non-codable code. */
  themeByGuid: Map<string, string>;
  /** NoteRefs found on codes and theme codes: note GUID key → target. */
  noteTargets: { note: string; kind: 'code' | 'theme'; id: string }[];
}

/**
 * Reads the code tree. A code whose GUID is named by a Polyphony theme Set (see
 * {@link parseThemeMarker}) is a theme, its parent theme code makes it a subtheme, and the Set's
 * members are its codes; the "Themes" container is dropped. Every other code is a code, codable
 * or not. Sets that are not ours are reported as skipped.
 */
export function readCodebook(codesElement: XmlNode | null, setsElement: XmlNode | null, ctx: CodebookContext): CodebookContent {
  const themeSets = new Map<string, { marker: ThemeMarker; members: string[]; name: string }>();
  const containers = new Set<string>();
  for (const set of children(setsElement, 'Set')) {
    const name = attribute(set, 'name') ?? attribute(set, 'guid') ?? '';
    const marker = parseThemeMarker(childText(set, 'Description'));
    if (marker === null) {
      ctx.report.skipped.push({ kind: 'Set', name, reason: 'sets other than Polyphony theme sets are not imported' });
      continue;
    }
    const members = children(set, 'MemberCode').map((m) => attribute(m, 'targetGUID') ?? attribute(m, 'guid') ?? '');
    themeSets.set(guidKey(marker.code), { marker, members, name });
    if (marker.container !== '') containers.add(guidKey(marker.container));
  }

  const out: CodebookContent = { codes: [], themes: [], codeByGuid: new Map(), themeByGuid: new Map(), noteTargets: [] };
  const seen = new Set<string>();
  const walk = (node: XmlNode, parentCode: string | null, parentTheme: string | null): void => {
    const guid = attribute(node, 'guid') ?? '';
    const name = attribute(node, 'name') ?? guid;
    const key = guidKey(guid);
    if (guid === '' || seen.has(key)) {
      ctx.report.skipped.push({ kind: 'Code', name, reason: guid === '' ? 'code without a GUID' : `duplicate GUID ${guid}` });
      return;
    }
    seen.add(key);
    const themeSet = themeSets.get(key);
    const notes = children(node, 'NoteRef').map((r) => guidKey(attribute(r, 'targetGUID') ?? ''));
    if (themeSet) {
      const id = themeSet.marker.id;
      out.themeByGuid.set(key, id);
      out.themes.push({
        id,
        name,
        definition: childText(node, 'Description'),
        status: themeSet.marker.status,
        perspective: themeSet.marker.perspective,
        parent: parentTheme,
        codes: themeSet.members,
        exemplars: themeSet.marker.exemplars,
        relation: themeSet.marker.relation,
        note: themeSet.marker.note,
        summaries: themeSet.marker.summaries,
        drawsOn: themeSet.marker.drawsOn,
        sort: themeSet.marker.sort,
      });
      for (const note of notes) out.noteTargets.push({ note, kind: 'theme', id });
      for (const sub of children(node, 'Code')) walk(sub, null, id);
      return;
    }
    if (containers.has(key)) {
      for (const sub of children(node, 'Code')) walk(sub, null, null);
      return;
    }
    const id = ctx.ids[guid] ?? guid;
    out.codeByGuid.set(key, id);
    out.codes.push({
      id,
      name,
      description: childText(node, 'Description'),
      color: normaliseColor(attribute(node, 'color')),
      parent: parentCode,
      ...ctx.codeOrigin(guid),
    });
    for (const note of notes) out.noteTargets.push({ note, kind: 'code', id });
    for (const sub of children(node, 'Code')) walk(sub, id, null);
  };
  for (const code of children(child(codesElement, 'Codes') ?? codesElement, 'Code')) walk(code, null, null);

  const themeIds = new Set(out.themes.map((t) => t.id));
  for (const theme of out.themes) {
    const unknown = theme.codes.filter((g) => !out.codeByGuid.has(guidKey(g)));
    if (unknown.length > 0) ctx.report.warnings.push(`Theme "${theme.name}": ${unknown.length} member code(s) not in the codebook were left out`);
    theme.codes = theme.codes.flatMap((g) => out.codeByGuid.get(guidKey(g)) ?? []);
    theme.drawsOn = theme.drawsOn.filter((id) => themeIds.has(id));
  }
  for (const [key, set] of themeSets) {
    if (!out.themeByGuid.has(key)) ctx.report.skipped.push({ kind: 'Set', name: set.name, reason: 'theme set whose theme code is missing' });
  }
  return out;
}

/** REFI colours (`#RRGGBB`, `#RGB`) as our lower-case `#rrggbb`; no colour becomes neutral grey. */
export function normaliseColor(color: string | undefined): string {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color?.trim() ?? '');
  if (!m?.[1]) return '#999999';
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${hex.toLowerCase()}`;
}
