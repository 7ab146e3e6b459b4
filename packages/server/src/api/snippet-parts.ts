/** How many characters of context a hit shows on each side (about half a line). */
const CONTEXT = 70;

const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Cuts a hit out of its text with some context either side, ending at word boundaries, so the
 * browser can mark the match itself instead of trusting markup inside the snippet.
 */
export function snippetParts(text: string, start: number, end: number): { before: string; match: string; after: string } {
  let a = Math.max(0, start - CONTEXT);
  let b = Math.min(text.length, end + CONTEXT);
  if (a > 0) {
    const space = text.indexOf(' ', a);
    if (space !== -1 && space < start) a = space + 1;
  }
  if (b < text.length) {
    const space = text.lastIndexOf(' ', b);
    if (space > end) b = space;
  }
  return {
    before: (a > 0 ? '…' : '') + flat(text.slice(a, start)).trimStart(),
    match: flat(text.slice(start, end)),
    after: flat(text.slice(end, b)).trimEnd() + (b < text.length ? '…' : ''),
  };
}
