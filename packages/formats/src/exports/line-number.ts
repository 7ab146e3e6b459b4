/**
 * Builds a function from a UTF-16 offset in `text` to its 1-based line number. Line starts are
 * found once per source so that a thousand segments in one transcript cost a binary search each.
 * Texts are normalised, so `\n` is the only line end.
 */
export function lineNumberLookup(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
