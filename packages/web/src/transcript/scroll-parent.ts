/** The nearest ancestor that scrolls vertically (the workbench's centre pane), or the page. */
export function scrollParentOf(el: HTMLElement): HTMLElement {
  for (let at = el.parentElement; at; at = at.parentElement) {
    const y = getComputedStyle(at).overflowY;
    if (y === 'auto' || y === 'scroll') return at;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/** Where the top of `el` sits inside the scrolled content of `parent`, in pixels. */
export function offsetWithin(el: HTMLElement, parent: HTMLElement): number {
  return el.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
}
