/**
 * Items ordered so that every parent comes before its children: by the length of the parent
 * chain, found without recursion (a code tree may be as deep as the XML limit allows) and
 * remembered per item. A parent cycle in a hand-edited file ends its chain where it closes.
 */
export function parentsFirst<T extends { id: string; parent: string | null }>(items: readonly T[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const depth = new Map<string, number>();
  for (const item of items) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let at: string | null = item.id;
    while (at !== null && !depth.has(at) && !onChain.has(at) && byId.has(at)) {
      chain.push(at);
      onChain.add(at);
      at = byId.get(at)?.parent ?? null;
    }
    let d = at !== null && depth.has(at) ? depth.get(at)! + 1 : 0;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!, d++);
  }
  return [...items].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
}
