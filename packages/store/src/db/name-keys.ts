/**
 * The names to look for when a caller names something: as given, and as the name rules store it
 * (NFC, trimmed; ADR 008), so `Økonomi på sikt` typed decomposed finds the stored name, and a
 * name stored before the rules existed is still found as written.
 */
export function nameKeys(idOrName: string): string[] {
  const stored = idOrName.normalize('NFC').trim();
  return stored === idOrName ? [idOrName] : [idOrName, stored];
}
