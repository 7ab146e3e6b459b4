import type { Code } from '@polyphony/core';

/** A code with its place in the tree. */
export interface PlacedCode {
  code: Code;
  /** Names from the root down, e.g. `['Work', 'Hours']`. */
  path: string[];
  /** 0 for a top-level code. */
  depth: number;
}

/** Separator between levels of a code path, as researchers write it in codebooks. */
export const PATH_SEPARATOR = ' > ';

/**
 * Orders codes depth-first (each parent followed by its children; siblings keep the snapshot's
 * order) and gives each its path. A code whose parent is missing is treated as top-level; codes
 * caught in a parent cycle (possible in imported data) are emitted once, as top-level, instead
 * of looping or disappearing.
 */
export function codesInHierarchyOrder(codes: readonly Code[]): PlacedCode[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parent !== null && ids.has(code.parent) ? code.parent : null;
    const list = children.get(parent) ?? [];
    list.push(code);
    children.set(parent, list);
  }
  const placed: PlacedCode[] = [];
  const seen = new Set<string>();
  const visit = (code: Code, path: string[]): void => {
    if (seen.has(code.id)) return;
    seen.add(code.id);
    const own = [...path, code.name];
    placed.push({ code, path: own, depth: path.length });
    for (const child of children.get(code.id) ?? []) visit(child, own);
  };
  for (const root of children.get(null) ?? []) visit(root, []);
  for (const code of codes) visit(code, []);
  return placed;
}
