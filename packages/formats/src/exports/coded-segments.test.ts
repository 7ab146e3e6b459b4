import { describe, expect, it } from 'vitest';
import { codedSegmentRows } from './coded-segments.js';
import { toCsv } from './csv.js';
import { INTERVIEW, MEETING, richSnapshot } from './test-support/rich-snapshot.js';
import { parseCsv, readSheet, unzipXmlParts } from './test-support/read-back.js';
import { toXlsx } from './xlsx.js';

const HEADER = [
  'code', 'themes', 'participant', 'perspective', 'case',
  'age_band', 'note', 'profession', 'region',
  'source', 'start', 'end', 'line', 'coder', 'quote',
];

describe('codedSegmentRows', () => {
  const table = codedSegmentRows(richSnapshot());
  const byQuote = (quote: string) => table.rows.filter((r) => r.at(-1) === quote);

  it('has one row per coding, in source and position order, without withdrawn participants', () => {
    expect(table.header).toEqual(HEADER);
    expect(table.rows.map((r) => `${r[2]}:${r[0]}`)).toEqual([
      ':Work', // interviewer question, line 1
      'A1:Work > Hours', // the segment with two codes: Hours comes first in the code tree
      'A1:Fear',
      'A1:Work > Pay, wages',
      'A1:Work', // the orphan keeps its old offsets (500), so it comes last in its source
      'M1:Work',
      'M10:Work > Hours',
      'A3:Work > Pay, wages',
    ]);
    expect(JSON.stringify(table)).not.toContain('Secret');
    expect(table.header).not.toContain('secret_attr');
  });

  it('fills participant, perspective, case, attributes, position, line and coder', () => {
    const start = INTERVIEW.indexOf('Four hours');
    expect(byQuote('Four hours a day suits me.')[0]).toEqual([
      'Work > Hours', 'Belonging; Security', 'A1', 'Apprentices', 'Gruppe Ø',
      '25–34', 'says "fine", often', '', '',
      'Intervju A1 (æøå).txt', start, start + 26, 2, 'Kari Nordmann', 'Four hours a day suits me.',
    ]);
    expect(byQuote('Four hours a day suits me.')[1]?.slice(0, 2)).toEqual(['Fear', 'Belonging']);
  });

  it('counts offsets in UTF-16 units and lines from 1', () => {
    const [row] = byQuote('I like the team 😊 and the pay.');
    const start = MEETING.indexOf('I like');
    expect(row?.slice(10, 13)).toEqual([start, start + 31, 3]);
  });

  it('leaves the line of an orphan empty and the interviewer without participant', () => {
    expect(byQuote('text that was edited away')[0]?.slice(10, 13)).toEqual([500, 510, null]);
    expect(byQuote('How are the hours?')[0]?.slice(2, 9)).toEqual(['', '', '', '', '', '', '']);
  });

  it('survives a CSV round trip, with the formula-like quote neutralised', () => {
    const parsed = parseCsv(toCsv(table.header, table.rows));
    const expected = table.rows.map((r) =>
      r.map((c) => (c === null ? '' : typeof c === 'string' && /^[=\-]/.test(c) ? `'${c}` : String(c))),
    );
    expect(parsed).toEqual([HEADER, ...expected]);
    expect(parsed.flat()).toContain('\'=HYPERLINK("http://evil.example") is what I typed.');
  });

  it('survives an XLSX round trip', () => {
    const parts = unzipXmlParts(toXlsx([{ name: 'Coded segments', ...table }]));
    const cells = readSheet(parts.get('xl/worksheets/sheet1.xml') ?? '');
    // A trailing null cell is simply absent from the sheet.
    const trimmed = table.rows.map((r) => (r.at(-1) === null ? r.slice(0, -1) : r));
    expect(cells).toEqual([HEADER, ...trimmed]);
  });
});
