/**
 * Which characters may stand in a name, and what to call the ones that may not. A name is shown
 * in lists, tables, exports and other programs, so every character in it must be one a reader
 * can see or that shapes the letters around it. Positions and code points are Unicode code
 * points (a lone surrogate counts as one).
 */

const ZWNJ = 0x200c;
const ZWJ = 0x200d;

/** Characters with a name a researcher may recognise; the rest are described by their class. */
const NAMED: ReadonlyMap<number, string> = new Map([
  [0x0000, 'a NUL character'],
  [0x0009, 'a tab'],
  [0x000a, 'a line break'],
  [0x000d, 'a line break'],
  [0x0085, 'a line break'],
  [0x2028, 'a line separator'],
  [0x2029, 'a paragraph separator'],
  [0x00ad, 'a soft hyphen'],
  [0x061c, 'an Arabic letter mark'],
  [0x200b, 'a zero-width space'],
  [0x200e, 'a left-to-right mark'],
  [0x200f, 'a right-to-left mark'],
  [0x202a, 'a left-to-right embedding'],
  [0x202b, 'a right-to-left embedding'],
  [0x202c, 'a pop directional formatting'],
  [0x202d, 'a left-to-right override'],
  [0x202e, 'a right-to-left override'],
  [0x2060, 'a word joiner'],
  [0x2066, 'a left-to-right isolate'],
  [0x2067, 'a right-to-left isolate'],
  [0x2068, 'a first strong isolate'],
  [0x2069, 'a pop directional isolate'],
  [0xfeff, 'a zero-width no-break space'],
]);

// Cc and Cf cover the bidirectional controls and marks as well; Zl and Zp are the two Unicode
// line breaks that are not control characters.
const CONTROL_OR_FORMAT = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u;
const NONCHARACTER = /^\p{Noncharacter_Code_Point}$/u;
/** Characters that draw nothing on their own: a name made only of these looks empty. */
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\u2800]$/u;
/** Characters that show as a blank or not at all, written as ⟨U+XXXX⟩ in messages. */
const HIDDEN = /^[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u2800]$/u;

/** `U+202E`: how a code point is written in messages. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/**
 * A zero-width (non-)joiner is part of the spelling between two letters of a script that uses
 * it (Persian, Indic scripts) or two emoji of a sequence. Next to ASCII, a space, the edge of
 * the name or another joiner it changes nothing visible and only makes look-alike twins.
 */
function joins(prev: number | undefined, next: number | undefined): boolean {
  const fits = (cp: number | undefined): boolean =>
    cp !== undefined && cp > 0x7f && cp !== ZWJ && cp !== ZWNJ && !/^\p{White_Space}$/u.test(String.fromCodePoint(cp));
  return fits(prev) && fits(next);
}

/**
 * What is wrong with the code point `cp` at its place in a name (between `prev` and `next`,
 * `undefined` at an edge), as words for a message (`a right-to-left override (U+202E)`), or
 * `null` if it may stand there.
 */
export function forbiddenCharacter(cp: number, prev: number | undefined, next: number | undefined): string | null {
  const label = codePointLabel(cp);
  if (isSurrogate(cp)) return `a lone surrogate (${label}), half of a character that was cut apart`;
  if (cp === ZWJ || cp === ZWNJ) {
    return joins(prev, next) ? null : `a zero-width ${cp === ZWJ ? 'joiner' : 'non-joiner'} (${label}) that joins no two letters`;
  }
  const ch = String.fromCodePoint(cp);
  if (NONCHARACTER.test(ch)) return `a noncharacter (${label})`;
  if (!CONTROL_OR_FORMAT.test(ch)) return null;
  const named = NAMED.get(cp);
  if (named) return `${named} (${label})`;
  return /^\p{Cc}$/u.test(ch) ? `a control character (${label})` : `an invisible formatting character (${label})`;
}

/** Whether a code point draws nothing by itself (spaces, joiners, combining marks, fillers). */
export function isInvisible(cp: number): boolean {
  return isSurrogate(cp) || INVISIBLE.test(String.fromCodePoint(cp));
}

/** Tabs and line breaks: inside a name cleaned from a file they become one space. */
export function isLineBreakOrTab(cp: number): boolean {
  return cp === 0x09 || cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** Whether a code point is shown as ⟨U+XXXX⟩ when a name is quoted in a message. */
export function isHidden(cp: number): boolean {
  return cp !== 0x20 && (isSurrogate(cp) || HIDDEN.test(String.fromCodePoint(cp)));
}

/** The code points of a string; a lone surrogate is one code point of its own. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) ?? 0);
  return out;
}

/** The string of a list of code points (in slices: a long list would overflow the call's arguments). */
export function fromCodePoints(cps: readonly number[]): string {
  let s = '';
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}
