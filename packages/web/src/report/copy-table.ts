/**
 * A table as Word wants it on the clipboard: plain HTML without our classes and inline colours
 * (Word would carry them into the document), with simple borders. Blocks inside a cell (a theme's
 * name, its evidence) stay `<div>`s, so that they paste as lines of their own.
 */
export function htmlForClipboard(table: HTMLTableElement): string {
  const copy = table.cloneNode(true) as HTMLTableElement;
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    el.removeAttribute('class');
    el.removeAttribute('style');
    el.removeAttribute('id');
  }
  copy.setAttribute('border', '1');
  copy.setAttribute('cellpadding', '4');
  copy.style.borderCollapse = 'collapse';
  return copy.outerHTML;
}

/**
 * Puts a table on the clipboard as HTML and as `text` (tab-separated, for editors that take only
 * plain text); false when the browser refuses.
 */
export async function copyTable(table: HTMLTableElement, text: string): Promise<boolean> {
  const html = htmlForClipboard(table);
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
