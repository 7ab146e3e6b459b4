/**
 * GUIDs for REFI-QDA. The standard identifies everything by GUID, and other tools merge or
 * update items by GUID, so the same project must export the same GUIDs every time (ATLAS.ti
 * changes them on each export and its users lose their merges). We derive them from
 * (project id, entity kind, entity id) with a small deterministic hash instead of storing them.
 */

const GUID_PATTERN = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

/** True when `value` already is a GUID as REFI-QDA writes them (with or without braces). */
export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value);
}

/** Lower-case, brace-free form of a GUID, for comparing references written in any case. */
export function guidKey(guid: string): string {
  return guid.replace(/[{}]/g, '').toLowerCase();
}

/**
 * A GUID for an entity: its own id when that already is a GUID (it came from an import, and
 * keeping it lets the other tool recognise its items), else a hash of (project, kind, id)
 * formatted as an RFC 4122 version-5-style UUID.
 */
export function entityGuid(projectId: string, kind: string, id: string): string {
  return isGuid(id) ? id.replace(/[{}]/g, '') : hashGuid(`${projectId}\u0000${kind}\u0000${id}`);
}

/**
 * A deterministic 128-bit hash of `input` as a UUID string. Four 32-bit lanes, each an
 * FNV-1a-style multiply-xor over the UTF-16 units with its own seed, cross-mixed at the end so
 * every output bit depends on every input unit. Not cryptographic: it only has to be stable and
 * spread well enough that distinct ids in one project never collide in practice.
 */
export function hashGuid(input: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  let c = 0x85ebca6b;
  let d = 0xc2b2ae35;
  for (let i = 0; i < input.length; i++) {
    const u = input.charCodeAt(i);
    a = Math.imul(a ^ u, 0x01000193);
    b = Math.imul(b ^ u, 0x5bd1e995);
    c = Math.imul(c ^ u, 0x27d4eb2f);
    d = Math.imul(d ^ u, 0x165667b1);
  }
  // Final avalanche across lanes (murmur3 fmix constants).
  const lanes = [a, b, c, d].map((x, i, all) => fmix(x ^ Math.imul(all[(i + 1) % 4] ?? 0, 0x9e3779b1) ^ input.length));
  const hex = lanes.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
  // Version 5 in the high nibble of byte 6, RFC 4122 variant (10xx) in byte 8.
  const version = `5${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

function fmix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x;
}
