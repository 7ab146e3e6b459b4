/** A selected stretch of a source's text, in UTF-16 offsets. */
export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

/** The source offset of a DOM position inside a run element carrying `data-start`. */
function offsetOf(node: Node, offset: number, atEnd: boolean): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    return run ? Number(run.dataset.start) + offset : null;
  }
  const el = node as Element;
  // A selection that ends at an element boundary: use the nearest run before or after it.
  const child = el.childNodes[Math.min(offset, el.childNodes.length - 1)];
  const run = (child instanceof Element ? child : child?.parentElement)?.closest<HTMLElement>('[data-start]') ??
    el.querySelector<HTMLElement>('[data-start]');
  if (!run) return null;
  return atEnd && offset >= el.childNodes.length ? Number(run.dataset.end) : Number(run.dataset.start);
}

/**
 * Turns the browser's selection inside `root` into source offsets, or null when nothing (or
 * something outside the transcript) is selected. Offsets come from the runs' data attributes,
 * never from counting rendered characters, so chips and timestamps cannot shift them.
 */
export function readSelection(root: HTMLElement, text: string): TextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = offsetOf(range.startContainer, range.startOffset, false);
  let end = offsetOf(range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  // Trim the spaces a double-click or drag picks up, so quotes start and end on words.
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end <= start) return null;
  return { start, end, quote: text.slice(start, end) };
}
