import type { Participant, Perspective } from '@polyphony/core';

/** Numeric-aware comparison so that J2 sorts before J10. */
const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two ids in natural order (J1, J2, …, J10), ties broken by code units for stability. */
export function compareNatural(a: string, b: string): number {
  return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Orders participants by their perspective's `sort` (participants without a known perspective
 * last), then by id in natural order — the column order of every matrix and table.
 */
export function participantsInOrder(
  participants: readonly Participant[],
  perspectives: readonly Perspective[],
): Participant[] {
  const rank = new Map(perspectives.map((p) => [p.id, p.sort]));
  const rankOf = (p: Participant): number =>
    (p.perspective === null ? undefined : rank.get(p.perspective)) ?? Number.POSITIVE_INFINITY;
  return [...participants].sort((a, b) => {
    const byPerspective = rankOf(a) - rankOf(b);
    // Infinity - Infinity is NaN: two unranked participants fall through to the id comparison.
    return byPerspective || compareNatural(a.id, b.id);
  });
}

/** Perspectives in table order (`sort`, then label). */
export function perspectivesInOrder(perspectives: readonly Perspective[]): Perspective[] {
  return [...perspectives].sort((a, b) => a.sort - b.sort || compareNatural(a.label, b.label));
}
