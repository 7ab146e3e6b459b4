import { stripIllegalXmlChars } from './xml-text.js';

/** Excel refuses longer sheet names (and repairs the file, dropping data, if one slips through). */
const MAX_SHEET_NAME = 31;
/** Characters Excel forbids in sheet names; they are replaced, not dropped, to keep names readable. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair (an emoji in a name). */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function cleanName(raw: string): string {
  const name = stripIllegalXmlChars(raw)
    .replace(/[\r\n\t]/g, ' ')
    .replace(FORBIDDEN, '_')
    // Excel forbids an apostrophe at either end: it quotes sheet names with it in formulas.
    .replace(/^'+|'+$/g, '')
    .trim();
  // "History" is reserved by Excel for change tracking.
  if (name === '' || name.toLowerCase() === 'history') return name === '' ? 'Sheet' : `${name}_`;
  return name;
}

/**
 * Makes sheet names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, no leading
 * or trailing apostrophe, not empty, not "History", and unique ignoring case (Excel compares
 * names case-insensitively). Duplicates get ` (2)`, ` (3)`, … within the length limit.
 * Returns one name per input, in order.
 */
export function sanitiseSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    // Cleaned again after cutting: the cut can leave an apostrophe or a space at the end.
    const base = cleanName(truncate(cleanName(raw), MAX_SHEET_NAME));
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
