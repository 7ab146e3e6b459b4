import { tableOne, type ThemeTable, type ThemeTableRow } from '@polyphony/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Lang } from '../i18n/i18n.js';
import { htmlForClipboard } from './copy-table.js';
import { TableOneView, tableOneTsv } from './TableOneView.js';

afterEach(cleanup);

const theme = (perspective: string | null, name: string, parent: string | null, segments: number, participants: number): ThemeTableRow => ({
  perspective, name, level: parent === null ? 'main' : 'sub', parent, definition: '', codes: [], segments, participants,
});

/** Jobseekers with a sub-subtheme, therapists with one main theme, social workers with none. */
const table: ThemeTable = {
  perspectives: [{ id: 'J', label: 'Jobseekers', participants: 6 }, { id: 'T', label: 'Therapists', participants: 1 }, { id: 'S', label: 'Social workers', participants: 2 }],
  themes: [
    theme('J', 'Wanting room', null, 12, 5),
    theme('J', 'Being heard', 'Wanting room', 3, 2),
    theme('J', 'Heard by the therapist', 'Being heard', 1, 1),
    theme('J', 'Trusted', 'Wanting room', 2, 2),
    theme('T', 'Holding back', null, 2, 1),
    theme(null, 'Information that never arrives', null, 0, 0),
  ],
};

function screen(lang: Lang): HTMLTableElement {
  const { container } = render(
    <I18nProvider lang={lang}>
      <TableOneView table={table} colorOf={() => '#E69F00'} />
    </I18nProvider>,
  );
  const el = container.querySelector('#theme-table');
  if (!(el instanceof HTMLTableElement)) throw new Error('no #theme-table');
  return el;
}

/** Each cell's lines: the text of its block children, or its own text. */
const lines = (cell: Element): string[] => (cell.children.length > 0 ? [...cell.children].map((c) => c.textContent ?? '') : [cell.textContent ?? '']);

describe('TableOneView', () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`shows the rows and texts of the model, the sub-subtheme included (${lang})`, () => {
      const model = tableOne(table, lang);
      const el = screen(lang);
      expect(el.caption?.textContent).toBe(model.caption);
      expect([...el.tHead?.rows[0]?.cells ?? []].map((th) => th.textContent)).toEqual(['', ...model.columns.map((c) => `${c.label}${c.count}`)]);
      const body = [...el.tBodies[0]?.rows ?? []].map((tr) => [...tr.cells].map(lines));
      expect(body).toEqual(model.rows.map((r) => [[r.label], ...r.cells.map((c) => (c === null ? [''] : [c.name, c.evidence]))]));
      expect(el.tFoot?.textContent).toBe(model.note);
    });
  }

  it('shows the sub-subtheme in its own row, one level deeper, under its subtheme', () => {
    const rows = [...screen('en').tBodies[0]?.rows ?? []];
    expect(rows.map((tr) => [tr.cells[0]?.textContent, tr.className])).toEqual([
      ['Main theme', 'main-row'],
      ['Subtheme 1', 'sub-row level-1'],
      ['Subtheme 1.1', 'sub-row level-2'],
      ['Subtheme 2', 'sub-row level-1'],
    ]);
    expect(rows[2]?.cells[1]?.textContent).toBe('Heard by the therapist1 segment, 1 of 6 participants');
  });

  it('copies for Word without classes, name and evidence as lines of their own, and as tab-separated text', () => {
    const html = htmlForClipboard(screen('en'));
    expect(html).not.toMatch(/class=|id=/);
    expect(html).toContain('<td><div>Heard by the therapist</div><div>1 segment, 1 of 6 participants</div></td>');
    expect(tableOneTsv(tableOne(table)).split('\n')).toEqual([
      '\tJobseekers (n = 6)\tTherapists (n = 1)\tSocial workers (n = 2)',
      'Main theme\tWanting room — 12 segments, 5 of 6 participants\tHolding back — 2 segments, 1 of 1 participant\t',
      'Subtheme 1\tBeing heard — 3 segments, 2 of 6 participants\t\t',
      'Subtheme 1.1\tHeard by the therapist — 1 segment, 1 of 6 participants\t\t',
      'Subtheme 2\tTrusted — 2 segments, 2 of 6 participants\t\t',
      'Cross-cutting themes (see the triangulation): Information that never arrives.',
    ]);
  });
});
