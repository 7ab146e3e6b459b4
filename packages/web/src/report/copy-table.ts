/**
 * A table as Word wants it on the clipboard: plain HTML without our classes and inline colours
 * (Word would carry them into the document), with simple borders, and as tab-separated text for
 * editors that take only plain text.
 */
export function tableForClipboard(table: HTMLTableElement): { html: string; text: string } {
  const copy = table.cloneNode(true) as HTMLTableElement;
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    el.removeAttribute('class');
    el.removeAttribute('style');
    el.removeAttribute('id');
  }
  copy.setAttribute('border', '1');
  copy.setAttribute('cellpadding', '4');
  copy.style.borderCollapse = 'collapse';
  const text = Array.from(table.rows)
    .map((row) => Array.from(row.cells).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\t'))
    .join('\n');
  return { html: copy.outerHTML, text };
}

/** Puts a table on the clipboard as HTML and text; false when the browser refuses. */
export async function copyTable(table: HTMLTableElement): Promise<boolean> {
  const { html, text } = tableForClipboard(table);
  try {
    if (typeof ClipboardItem === 'undefined') {
      await navigator.clipboard.writeText(text);
      return true;
    }
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
    ]);
    return true;
  } catch {
    return false;
  }
}
