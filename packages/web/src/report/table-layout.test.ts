import type { ThemeTable } from '@polyphony/core';
import { describe, expect, it } from 'vitest';
import { tableLayout } from './table-layout.js';

const row = (perspective: string | null, name: string, parent: string | null) => ({
  perspective, name, level: parent ? ('sub' as const) : ('main' as const), parent, definition: '', codes: [], segments: 1, participants: 1,
});

describe('tableLayout', () => {
  it('puts main themes in one row and subthemes in numbered rows, a column per perspective', () => {
    const table: ThemeTable = {
      perspectives: [{ id: 'J', label: 'Jobseekers', participants: 3 }, { id: 'T', label: 'Therapists', participants: 2 }],
      themes: [row('J', 'Being seen', null), row('J', 'Heard', 'Being seen'), row('J', 'Trusted', 'Being seen'), row('T', 'Holding back', null), row(null, 'Cross', null)],
    };
    const rows = tableLayout(table);
    expect(rows.map((r) => [r.kind, r.index, ...r.cells.map((c) => c?.name ?? '')])).toEqual([
      ['main', 0, 'Being seen', 'Holding back'],
      ['sub', 1, 'Heard', ''],
      ['sub', 2, 'Trusted', ''],
    ]);
  });
});
