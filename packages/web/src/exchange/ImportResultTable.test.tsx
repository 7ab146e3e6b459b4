import type { FileImportResultDto } from '@polyphony/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { ImportResultTable } from './ImportResultTable.js';

afterEach(cleanup);

const results: FileImportResultDto[] = [
  { file: 'J1.txt', status: 'imported', source: 'J1', participant: 'J1', turns: 12, warnings: [] },
  { file: 'J2.docx', status: 'updated', source: 'J2', participant: 'J2', turns: 9, reanchored: { stayed: 4, moved: 2, orphaned: 1 }, warnings: [] },
  { file: 'broken.docx', status: 'failed', warnings: [], error: { code: 'parse_error', message: 'broken.docx: not a readable zip archive' } },
  { file: 'group.vtt', status: 'imported', source: 'group', participant: null, turns: 40, unmappedSpeakers: ['Kari'], warnings: [] },
];

function rowOf(file: string) {
  return screen.getByRole('row', { name: new RegExp(file.replace('.', '\\.')) });
}

describe('ImportResultTable', () => {
  it('shows one row per file with its result and what happened', () => {
    render(
      <I18nProvider lang="en">
        <ImportResultTable results={results} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('row')).toHaveLength(5);
    expect(within(rowOf('J1.txt')).getByText(/imported/).textContent).toContain('imported');
    expect(rowOf('J1.txt').textContent).toContain('12 turns');
    expect(rowOf('J2.docx').textContent).toContain('codings: 4 in place, 2 moved, 1 orphaned');
    expect(rowOf('J2.docx').textContent).toContain('Review orphaned codings');
    expect(rowOf('group.vtt').textContent).toContain('speakers not recognised: Kari');
  });

  it('gives the reason of a failed file and says that nothing of it was stored', () => {
    render(
      <I18nProvider lang="nb">
        <ImportResultTable results={results} />
      </I18nProvider>,
    );
    const failed = rowOf('broken.docx');
    expect(failed.textContent).toContain('mislyktes');
    expect(failed.textContent).toContain('not a readable zip archive');
    expect(failed.textContent).toContain('Ingenting fra denne filen ble lagret.');
  });

  it('renders nothing before any file is imported', () => {
    const { container } = render(
      <I18nProvider lang="en">
        <ImportResultTable results={[]} />
      </I18nProvider>,
    );
    expect(container.innerHTML).toBe('');
  });
});
