/**
 * Default code colours: Paul Tol's "muted" scheme, distinguishable with the common forms of
 * colour blindness. Perspectives use Okabe–Ito, so codes get a different set.
 */
export const CODE_PALETTE = ['#cc6677', '#332288', '#ddcc77', '#117733', '#88ccee', '#882255', '#44aa99', '#999933', '#aa4499'] as const;

/** The default colour of the n-th code (0-based), cycling the palette. */
export function defaultCodeColor(n: number): string {
  return CODE_PALETTE[n % CODE_PALETTE.length] ?? CODE_PALETTE[0];
}

/** Whether a string is a `#rrggbb` colour. */
export function isHexColor(s: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(s);
}
