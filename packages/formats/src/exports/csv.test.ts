import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv.js';
import { parseCsv } from './test-support/read-back.js';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM, CRLF records and quoting only where needed', () => {
    const csv = toCsv(['name', 'note'], [
      ['a,b', 'say "hi"'],
      ['line\nbreak', 3],
      [null, 'plain æøå'],
    ]);
    expect(csv).toBe(
      '\uFEFFname,note\r\n' + '"a,b","say ""hi"""\r\n' + '"line\nbreak",3\r\n' + ',plain æøå\r\n',
    );
  });

  it('reads back to the same cells', () => {
    const rows = [
      ['"quoted"', 'comma, inside', 'crlf\r\nin field'],
      ['', ' spaced ', 'Trøndelag 😊'],
    ];
    expect(parseCsv(toCsv(['x', 'y', 'z'], rows))).toEqual([['x', 'y', 'z'], ...rows]);
  });

  it('neutralises text a spreadsheet would run as a formula, but not our numbers', () => {
    const cells = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', 'safe=1', 'a-b'];
    const [, row] = parseCsv(toCsv(['n', ...cells.map((_, i) => `c${i}`)], [[-3, ...cells]]));
    expect(row).toEqual(['-3', "'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tTAB", "'\rCR", 'safe=1', 'a-b']);
  });

  it('neutraliseFormula prefixes only the dangerous first characters', () => {
    expect(neutraliseFormula('=cmd|calc')).toBe("'=cmd|calc");
    expect(neutraliseFormula('Hours')).toBe('Hours');
  });
});
