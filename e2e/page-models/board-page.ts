import type { Locator, Page } from 'playwright-core';

/** The theme board (phase 3) as a user sees it: columns, theme cards, and the shared code picker. */
export class BoardPage {
  constructor(readonly page: Page) {}

  /** Makes a theme in a column by typing its name and pressing Enter. */
  async newTheme(column: string, name: string): Promise<Locator> {
    const field = this.page.getByRole('textbox', { name: `New theme in ${column}` });
    await field.fill(name);
    await field.press('Enter');
    const card = this.card(name);
    await card.waitFor();
    return card;
  }

  /** A theme card by its name. */
  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  /**
   * Adds a code to a theme by keyboard: the card's "Add a code…" button opens the board's one
   * searchable picker; type part of the name, arrow to the exact code, Enter.
   */
  async addCode(theme: string, code: string): Promise<void> {
    await this.card(theme).getByRole('button', { name: `Add a code to ${theme}` }).click();
    const picker = this.page.getByRole('dialog', { name: `Add a code to ${theme}` });
    await picker.getByRole('combobox').fill(code);
    const options = picker.getByRole('listbox').getByRole('option');
    await options.filter({ hasText: code }).first().waitFor();
    const names = await options.allInnerTexts();
    const at = names.findIndex((n) => n.trim() === code);
    if (at < 0) throw new Error(`no code named ${code} in the picker: ${names.join(', ')}`);
    for (let i = 0; i < at; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
  }
}
