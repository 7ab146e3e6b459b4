/** A cell's fill and the text colour that reads on it. */
export interface HeatShade {
  background: string;
  color: string;
}

/**
 * A sequential single-hue blue ramp (light to dark). One hue that only changes in lightness
 * reads the same for every common colour-vision deficiency and in greyscale print, and does not
 * clash with the Okabe–Ito perspective colours. Text colours were picked per step for at least
 * 4.5:1 contrast (a test checks it). The first step is for zero.
 */
export const HEAT_RAMP: readonly HeatShade[] = [
  { background: '#f7fbff', color: '#4b5563' },
  { background: '#deebf7', color: '#111111' },
  { background: '#c6dbef', color: '#111111' },
  { background: '#9ecae1', color: '#111111' },
  { background: '#6baed6', color: '#111111' },
  { background: '#2171b5', color: '#ffffff' },
  { background: '#08519c', color: '#ffffff' },
  { background: '#08306b', color: '#ffffff' },
];

/** The shade of `value` on a scale up to `max`: zero gets the first step, `max` the last. */
export function heatShade(value: number, max: number): HeatShade {
  const steps = HEAT_RAMP.length - 1;
  if (value <= 0 || max <= 0) return HEAT_RAMP[0]!;
  // Every non-zero value gets at least the first coloured step, so a single segment is visible.
  const step = 1 + Math.min(steps - 1, Math.floor((Math.min(value, max) / max) * steps - 1e-9));
  return HEAT_RAMP[step]!;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
