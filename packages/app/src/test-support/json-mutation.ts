import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (the root is `[]`). */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/**
 * Replaces, removes or wraps values at 1 to 3 random places of a JSON value: the kind of damage a
 * hand edit, another tool or a hostile file does to a structure a reader expects (a list where an
 * object was, a number where a text was, a missing field, an extra level).
 */
export function mutateJson(value: unknown, g: fc.GeneratorValue): unknown {
  let root = JSON.parse(JSON.stringify(value)) as Json;
  for (let n = g(fc.integer, { min: 1, max: 3 }); n > 0; n--) {
    const all = paths(root);
    const path = all[g(fc.nat, { max: all.length - 1 })]!;
    const kind = g(fc.constantFrom, 'replace', 'remove', 'wrap');
    const replacement = kind === 'replace' ? (g(fc.jsonValue, { maxDepth: 2 }) as Json) : null;
    if (path.length === 0) {
      root = kind === 'wrap' ? [root] : replacement;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, root) as Record<string | number, Json> | Json[];
    const key = path[path.length - 1]!;
    if (kind === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else {
      (parent as Record<string | number, Json>)[key] = kind === 'wrap' ? { value: (parent as Record<string | number, Json>)[key] ?? null } : replacement;
    }
  }
  return root;
}
