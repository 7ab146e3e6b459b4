/**
 * Conversion between our UTF-16 offsets and the Unicode code points REFI-QDA counts
 * (`startPosition`/`endPosition`). They differ for every character outside the Basic
 * Multilingual Plane (emoji): one code point, two UTF-16 units. Both lookups are built once per
 * text in O(n) so that a source with thousands of selections converts each one in O(1).
 */

/** Lookups between UTF-16 offsets and code-point positions of one text. */
export interface CodePointIndex {
  /** Number of code points in the text. */
  length: number;
  /** UTF-16 offset of a code-point position, or null when it lies outside the text. */
  toUtf16(position: number): number | null;
  /** Code-point position of a UTF-16 offset (an offset inside a surrogate pair counts the pair). */
  toCodePoint(offset: number): number;
}

/** Builds a {@link CodePointIndex} for `text`. */
export function codePointIndex(text: string): CodePointIndex {
  // Without surrogates (no emoji) both units count the same: no tables for a long text.
  if (!/[\uD800-\uDFFF]/.test(text)) {
    const length = text.length;
    return {
      length,
      toUtf16: (position) => (Number.isInteger(position) && position >= 0 && position <= length ? position : null),
      toCodePoint: (offset) => {
        const clamped = Math.max(0, Math.min(offset, length));
        // As the table lookup below: a fractional or NaN offset counts as the end.
        return Number.isInteger(clamped) ? clamped : length;
      },
    };
  }
  // Typed arrays: a long transcript has millions of units, and a growing JS array of them is slow.
  const utf16Of = new Int32Array(text.length + 1);
  const pointOf = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    utf16Of[points] = i;
    pointOf[i] = points;
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      pointOf[i] = points + 1;
    }
    points++;
  }
  utf16Of[points] = text.length;
  pointOf[text.length] = points;
  return {
    length: points,
    toUtf16: (position) =>
      Number.isInteger(position) && position >= 0 && position <= points ? (utf16Of[position] ?? null) : null,
    toCodePoint: (offset) => pointOf[Math.max(0, Math.min(offset, text.length))] ?? points,
  };
}
