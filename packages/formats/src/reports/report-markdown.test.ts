import { describe, expect, it } from 'vitest';
import { renderReportMarkdown } from './report-markdown.js';
import { clinicReport } from './test-report.js';

describe('renderReportMarkdown', () => {
  const md = renderReportMarkdown(clinicReport());

  it('renders "Table 1" as a GFM table with escaped pipes and empty cells', () => {
    expect(md).toContain(
      [
        '|  | Patients (P) | Nurses (N) |',
        '| --- | --- | --- |',
        '| Main theme | Being kept waiting<br>4 segments, 3 of 3 participants | Handover \\| gaps<br>2 segments, 2 of 2 participants |',
        '| Subtheme 1 | Ønsket om ro<br>1 segment, 1 of 3 participants | — |',
      ].join('\n'),
    );
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
