import type { Code, ProjectSnapshot, Theme } from '@polyphony/core';
import { entityGuid } from './guid.js';
import { THEME_MARKER_PREFIX, type ThemeMarker } from './polyphony-data.js';
import { element, textElement } from './xml-writer.js';

/** Which schema the code tree is written for: Project.xsd allows NoteRefs, Codebook.xsd does not. */
export type CodebookFlavour = 'project' | 'codebook';

/** The GUID of one of the snapshot's entities (see {@link entityGuid}). */
export type GuidOf = (kind: string, id: string) => string;

/** A {@link GuidOf} for one snapshot. */
export function guidsFor(snapshot: ProjectSnapshot): GuidOf {
  return (kind, id) => entityGuid(snapshot.id, kind, id);
}

/** GUID of the non-codable code that holds all theme codes. */
export function themesContainerGuid(guid: GuidOf): string {
  return guid('container', 'themes');
}

/**
 * The `<Code>` elements of the codebook: the code tree, then (when there are themes) one
 * non-codable "Themes" code whose children are the theme codes, subthemes nested in their
 * parents. `noteRefs` maps a code GUID to the Note GUIDs attached to it (project flavour only).
 */
export function codeElements(
  snapshot: ProjectSnapshot,
  guid: GuidOf,
  flavour: CodebookFlavour,
  noteRefs: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const refs = (g: string): string[] =>
    flavour === 'project' ? (noteRefs.get(g) ?? []).map((note) => element('NoteRef', { targetGUID: note })) : [];

  const codeTree = forest(snapshot.codes, (c) => c.parent);
  const writeCode = (code: Code): string => {
    const g = guid('code', code.id);
    return element('Code', { guid: g, name: code.name, isCodable: true, color: hexColor(code.color) }, [
      ...(code.description !== '' ? [textElement('Description', code.description)] : []),
      ...refs(g),
      ...(codeTree.children.get(code.id) ?? []).map(writeCode),
    ]);
  };
  const out = codeTree.roots.map(writeCode);
  if (snapshot.themes.length === 0) return out;

  const themeTree = forest(snapshot.themes, (t) => t.parent);
  const writeTheme = (theme: Theme): string => {
    const g = guid('theme', theme.id);
    return element('Code', { guid: g, name: theme.name, isCodable: false }, [
      ...(theme.definition !== '' ? [textElement('Description', theme.definition)] : []),
      ...refs(g),
      ...(themeTree.children.get(theme.id) ?? []).map(writeTheme),
    ]);
  };
  out.push(
    element('Code', { guid: themesContainerGuid(guid), name: 'Themes', isCodable: false }, [
      textElement('Description', 'Themes and subthemes (Polyphony). Not for coding: each theme has a set of its codes.'),
      ...themeTree.roots.map(writeTheme),
    ]),
  );
  return out;
}

/** One `<Set>` per theme with its codes as members and the theme's own data in the Description. */
export function themeSetElements(snapshot: ProjectSnapshot, guid: GuidOf, flavour: CodebookFlavour): string[] {
  const codeIds = new Set(snapshot.codes.map((c) => c.id));
  return snapshot.themes.map((theme) => {
    const marker: ThemeMarker = {
      id: theme.id,
      code: guid('theme', theme.id),
      container: themesContainerGuid(guid),
      status: theme.status,
      perspective: theme.perspective,
      relation: theme.relation,
      note: theme.note,
      summaries: theme.summaries,
      drawsOn: theme.drawsOn,
      exemplars: theme.exemplars,
      sort: theme.sort,
    };
    const members = theme.codes
      .filter((id) => codeIds.has(id))
      .map((id) => element('MemberCode', flavour === 'project' ? { targetGUID: guid('code', id) } : { guid: guid('code', id) }));
    return element('Set', { guid: guid('theme-set', theme.id), name: `Theme: ${theme.name}` }, [
      textElement('Description', THEME_MARKER_PREFIX + JSON.stringify(marker)),
      ...members,
    ]);
  });
}

/** `#rrggbb` or `#rgb` as REFI's upper-case `#RRGGBB`; anything else is left out. */
export function hexColor(color: string): string | undefined {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim());
  if (!m?.[1]) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((ch) => ch + ch).join('') : m[1];
  return `#${hex.toUpperCase()}`;
}

/**
 * Roots and children of a parent-linked list, in list order. An item whose parent is missing,
 * or that sits on a parent cycle, becomes a root, so every item is written exactly once.
 */
function forest<T extends { id: string }>(items: readonly T[], parentOf: (item: T) => string | null) {
  const byId = new Map(items.map((item) => [item.id, item]));
  const reachesRoot = (item: T): boolean => {
    const seen = new Set<string>([item.id]);
    let parent = parentOf(item);
    while (parent !== null) {
      const next = byId.get(parent);
      if (!next) return false;
      if (seen.has(parent)) return false;
      seen.add(parent);
      parent = parentOf(next);
    }
    return true;
  };
  const roots: T[] = [];
  const children = new Map<string, T[]>();
  for (const item of items) {
    const parent = parentOf(item);
    if (parent === null || !byId.has(parent) || !reachesRoot(item)) {
      roots.push(item);
    } else {
      const siblings = children.get(parent);
      if (siblings) siblings.push(item);
      else children.set(parent, [item]);
    }
  }
  return { roots, children };
}
