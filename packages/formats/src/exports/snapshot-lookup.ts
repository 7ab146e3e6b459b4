import type { ProjectSnapshot, Theme } from '@polyphony/core';

/**
 * Ids of participants who withdrew. Their words must not appear in any export (DESIGN.md,
 * "Security and data protection"); the store removes them, and exports check again so that a
 * snapshot taken mid-withdrawal cannot leak a quote.
 */
export function withdrawnParticipants(snapshot: ProjectSnapshot): Set<string> {
  return new Set(snapshot.participants.filter((p) => p.status === 'withdrawn').map((p) => p.id));
}

/** For each code id, the themes (and subthemes) that gather it, in the snapshot's theme order. */
export function themesByCode(themes: readonly Theme[]): Map<string, Theme[]> {
  const byCode = new Map<string, Theme[]>();
  for (const theme of themes) {
    for (const code of new Set(theme.codes)) {
      const list = byCode.get(code) ?? [];
      list.push(theme);
      byCode.set(code, list);
    }
  }
  return byCode;
}

/** Separator between several theme names in one cell. */
export const LIST_SEPARATOR = '; ';
