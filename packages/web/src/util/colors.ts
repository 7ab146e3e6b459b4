/**
 * The Okabe–Ito palette, safe for the common colour-vision deficiencies. Perspectives take
 * colours in their table order, the same everywhere (chips, stripes, board columns, tables).
 * Yellow comes last: it is the weakest on white.
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442'] as const;

/** Text colour on a palette colour with at least 4.5:1 contrast (only the dark blue needs white). */
export function textOn(background: string): string {
  return background.toUpperCase() === '#0072B2' ? '#ffffff' : '#111111';
}

/** The colour of a perspective by its position in the project's perspective order. */
export function perspectiveColor(order: readonly string[], perspective: string | null): string {
  if (perspective === null) return '#6b7280';
  const i = order.indexOf(perspective);
  return i < 0 ? '#6b7280' : (OKABE_ITO[i % OKABE_ITO.length] as string);
}

/** A translucent version of `#rrggbb` for highlights that keep the text readable. */
export function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
