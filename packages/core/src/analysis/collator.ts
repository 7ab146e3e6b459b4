/**
 * The one name order of computed outputs: Norwegian bokmål collation (Æ Ø Å after Z, as a
 * Norwegian reader expects) with numeric runs compared as numbers, so that case G10 follows G9.
 */
const collator = new Intl.Collator('nb', { numeric: true });

/** Compares two names for sorting (see the module comment for the order). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Sorts by `sort`, then by name: the order of perspectives and themes in every table. */
export function bySortThenName<T extends { sort: number; name?: string; id?: string }>(a: T, b: T): number {
  return a.sort - b.sort || compareNames(a.name ?? a.id ?? '', b.name ?? b.id ?? '');
}
