import { describe, expect, it } from 'vitest';
import { renderReportMarkdown } from './report-markdown.js';
import { clinicReport } from './test-report.js';

/** A GFM table row back into its cell texts: `|` and `\\` unescaped, `<br>` a line break. */
function parseRow(line: string): string[] {
  const cells = line.slice(2, -2).split(/ \| /);
  return cells.map((c) => c.replace(/<br>/g, '\n').replace(/\\(.)/g, '$1'));
}

describe('renderReportMarkdown', () => {
  const md = renderReportMarkdown(clinicReport());

  it('renders "Table 1" as a GFM table with escaped pipes, empty cells and the note', () => {
    expect(md).toContain(
      [
        '## Table 1. Main themes and subthemes by perspective',
        '',
        '|  | Patients (n = 3) | Nurses (n = 2) | Relatives (n = 1) |',
        '| --- | --- | --- | --- |',
        '| Main theme | Being kept waiting<br>4 segments, 3 of 3 participants | Handover \\| gaps<br>2 segments, 2 of 2 participants | — |',
        '| Subtheme 1 | Ønsket om ro<br>1 segment, 1 of 3 participants | Shift change<br>1 segment, 1 of 2 participants | — |',
        '| Subtheme 1.1 | Ro om natten<br>1 segment, 1 of 3 participants | — | — |',
        '| Subtheme 2 | Pain unheard<br>2 segments, 2 of 3 participants | — | — |',
        '',
        'Cross-cutting themes (see the triangulation): Waiting together.',
      ].join('\n'),
    );
  });

  it('renders the rows and texts of the model, the sub-subtheme included, and nothing else', () => {
    const model = clinicReport().table;
    const lines = md.split('\n');
    const start = lines.indexOf(`## ${model.caption}`) + 2;
    const parsed = lines.slice(start, lines.indexOf('', start)).map(parseRow);
    expect(parsed[0]).toEqual(['', ...model.columns.map((c) => c.text)]);
    expect(parsed.slice(2)).toEqual(model.rows.map((r) => [r.label, ...r.cells.map((c) => (c === null ? '—' : `${c.name}\n${c.evidence}`))]));
    expect(parsed.flat().join()).toContain('Ro om natten');
  });

  it('renders themes with definitions and quotes cited by pseudonym', () => {
    expect(md).toContain('#### Being kept waiting\n\n*Main theme · 4 segments, 3 of 3 participants*\n\nPatients wait without knowing why.\n\n> "I waited for hours." (P5)');
    expect(md).toContain('*Subtheme of Being kept waiting · 1 segment, 1 of 3 participants*');
  });

  it('renders the triangulation, an undecided relation and silent perspectives, then the journal', () => {
    expect(md).toContain('### Waiting together (relation not decided)');
    expect(md).toContain('| Nurses | — | 0 segments, 0 of 2 participants |');
    expect(md).toContain('Silent: Nurses.');
    expect(md).toContain('### Phase 1: Familiarising with the data\n\n- 2024-02-01, ann: First read.');
    expect(md.indexOf('## Triangulation')).toBeLessThan(md.indexOf('## Reflexive journal'));
  });
});
