import type { Page } from 'playwright-core';

/** The analysis workbench as a user sees it: rail, sources, transcript, code list, context. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  /** Opens a source from the sources pane by its name. */
  async openSource(name: string): Promise<void> {
    await this.page.getByRole('button', { name }).click();
    await this.page.locator('.transcript-title', { hasText: name }).waitFor();
  }

  /** The transcript's words, as shown. */
  async transcriptText(): Promise<string> {
    return this.page.locator('.transcript').innerText();
  }

  /** Selects a quote in the transcript the way a mouse drag would, then releases the mouse. */
  async select(quote: string): Promise<void> {
    await this.page.evaluate((q) => {
      const root = document.querySelector('.transcript');
      if (!root) throw new Error('no transcript');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(q);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + q.length);
        const sel = window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`quote not in transcript: ${q}`);
    }, quote);
  }

  /** Codes the selection with the keyboard only: C, type the code name, Enter. */
  async codeSelectionWithKeyboard(codeName: string): Promise<void> {
    await this.page.keyboard.press('c');
    await this.page.getByRole('dialog').waitFor();
    await this.page.keyboard.type(codeName);
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  /** Names in the code tree (every level that is shown). */
  async codeNames(): Promise<string[]> {
    return this.page.locator('.code-tree .code-name').allInnerTexts();
  }

  /** How many highlighted runs the transcript shows. */
  async highlightCount(): Promise<number> {
    return this.page.locator('.transcript .coded').count();
  }

  async undo(): Promise<void> {
    await this.page.locator('body').press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.locator('body').press('Control+Shift+Z');
  }

  /** Switches between English and Norwegian with the rail's language button. */
  async toggleLanguage(): Promise<void> {
    await this.page.locator('.rail-item.lang').click();
  }

  /** Goes to a phase screen by its rail label. */
  async goToPhase(label: string): Promise<void> {
    await this.page.locator('.rail .rail-item', { hasText: label }).click();
  }

  /** Opens the sources-and-codes drawer (only shown in a narrow window or at 200% zoom). */
  async openSidePane(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sources and codes' }).click();
  }

  /** The transcript's width as a share of the viewport's. */
  async transcriptWidthShare(): Promise<number> {
    return this.page.evaluate(() => (document.querySelector('.transcript')?.getBoundingClientRect().width ?? 0) / document.documentElement.clientWidth);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }
}
