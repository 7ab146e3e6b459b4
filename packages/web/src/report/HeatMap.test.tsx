import type { MatrixDto } from '@polyphony/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { HeatTable } from './HeatMap.js';
import { contrast, HEAT_RAMP, heatShade } from './heat-scale.js';

afterEach(cleanup);

const matrix: MatrixDto = {
  cols: 'perspective',
  columns: [{ id: 'J', label: 'Jobseekers' }, { id: 'T', label: 'Therapists' }],
  attributes: ['gender'],
  rows: [
    { code: 'c1', name: 'Being heard', color: '#E69F00', cells: [{ segments: 8, participants: 3 }, { segments: 0, participants: 0 }], total: { segments: 8, participants: 3 } },
    { code: 'c2', name: 'Money', color: '#56B4E9', cells: [{ segments: 1, participants: 1 }, { segments: 4, participants: 2 }], total: { segments: 5, participants: 3 } },
  ],
};

describe('heat scale', () => {
  it('gives zero the lightest step, the maximum the darkest, and any hit a coloured step', () => {
    expect(heatShade(0, 8)).toBe(HEAT_RAMP[0]);
    expect(heatShade(8, 8)).toBe(HEAT_RAMP[HEAT_RAMP.length - 1]);
    expect(heatShade(1, 1000)).toBe(HEAT_RAMP[1]);
    const steps = [1, 2, 3, 4, 5, 6, 7, 8].map((v) => HEAT_RAMP.indexOf(heatShade(v, 8)));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('keeps every number readable: text contrast at least 4.5:1 (WCAG AA) on every step', () => {
    for (const s of HEAT_RAMP) expect(contrast(s.background, s.color), s.background).toBeGreaterThanOrEqual(4.5);
  });
});

describe('HeatTable', () => {
  it('is a real table: a header row of columns, a row header per code, the numbers in every cell', () => {
    render(
      <I18nProvider lang="en">
        <HeatTable matrix={matrix} columnsLabel="Perspective" colorOf={() => '#E69F00'} />
      </I18nProvider>,
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Code', 'Jobseekers', 'Therapists', 'All']);
    const row = within(table).getByRole('row', { name: /Money/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 (1)', '4 (2)', '5 (3)']);
    const darkest = within(within(table).getByRole('row', { name: /Being heard/ })).getAllByRole('cell')[0]!;
    expect(darkest.style.background).toBe('rgb(8, 48, 107)');
    expect(darkest.getAttribute('title')).toBe('8 segments from 3 participants');
  });

  it('explains the next step when there are no codes', () => {
    render(
      <I18nProvider lang="nb">
        <HeatTable matrix={{ ...matrix, rows: [] }} columnsLabel="Perspektiv" colorOf={() => '#E69F00'} />
      </I18nProvider>,
    );
    expect(screen.getByText(/Kod utdrag i Kode-fasen/)).toBeTruthy();
  });
});
