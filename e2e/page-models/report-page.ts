import type { Page } from 'playwright-core';

/** The Report screen: Table 1 (themes by perspective) and the triangulation table. */
export class ReportPage {
  constructor(readonly page: Page) {}

  /** The header cells of the theme table (perspective names). */
  async tableHeaders(): Promise<string[]> {
    await this.page.locator('#theme-table').waitFor();
    return this.page.locator('#theme-table thead th').allInnerTexts();
  }

  /** The row labels of the theme table (Main theme, Subtheme 1, …). */
  async rowLabels(): Promise<string[]> {
    return this.page.locator('#theme-table tbody th').allInnerTexts();
  }

  async tableText(): Promise<string> {
    return this.page.locator('#theme-table').innerText();
  }

  async triangulationText(): Promise<string> {
    return this.page.locator('#triangulation-table').innerText();
  }
}
