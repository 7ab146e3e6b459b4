import { describe, expect, it } from 'vitest';
import { isPolyphonyError } from '@polyphony/core';
import { sanitiseSheetNames } from './sheet-name.js';
import { readSheet, unzipXmlParts } from './test-support/read-back.js';
import { toXlsx } from './xlsx.js';

describe('toXlsx', () => {
  const bytes = toXlsx([
    { name: 'Data', header: ['text', 'n'], rows: [['<b>&amp; "x"', 42], [null, -1.5], ['line\nbreak æøå 😊', null]] },
    { name: 'a/b:c*?[d]\\e', header: ['only'], rows: [['ctrl\u0001char\uD800lone']] },
  ]);
  const parts = unzipXmlParts(bytes);

  it('holds every part of a minimal SpreadsheetML package, each well-formed', () => {
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(parts.get('[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml');
  });

  it('keeps text as inline strings and numbers as numbers', () => {
    const xml = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(readSheet(xml)).toEqual([['text', 'n'], ['<b>&amp; "x"', 42], [null, -1.5], ['line\nbreak æøå 😊']]);
    expect(xml).toContain('<c r="B2"><v>42</v></c>');
  });

  it('makes the header bold and frozen', () => {
    const xml = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(xml).toMatch(/<c r="A1" t="inlineStr" s="1">/);
    expect(xml).toContain('state="frozen"');
    expect(parts.get('xl/styles.xml')).toMatch(/<font><b\/>/);
  });

  it('drops characters XML 1.0 forbids and sanitises sheet names', () => {
    expect(readSheet(parts.get('xl/worksheets/sheet2.xml') ?? '')[1]).toEqual(['ctrlcharlone']);
    expect(parts.get('xl/workbook.xml')).toContain('name="a_b_c___d__e"');
  });

  it('refuses an empty workbook', () => {
    let caught: unknown;
    try {
      toXlsx([]);
    } catch (e) {
      caught = e;
    }
    expect(isPolyphonyError(caught) && caught.code).toBe('bad_input');
  });

  it('writes identical bytes for identical input', () => {
    const sheet = { name: 'S', header: ['a'], rows: [['b']] };
    expect(toXlsx([sheet])).toEqual(toXlsx([sheet]));
  });
});

describe('sanitiseSheetNames', () => {
  it('follows Excel rules: length, forbidden characters, apostrophes, reserved and unique names', () => {
    const long = 'Coded segments per perspective and case';
    const names = sanitiseSheetNames([long, long, 'Codebook', 'codebook', "'quoted'", '', 'History', 'x'.repeat(30) + '😊']);
    expect(names).toEqual([
      'Coded segments per perspective',
      'Coded segments per perspect (2)',
      'Codebook',
      'codebook (2)',
      'quoted',
      'Sheet',
      'History_',
      'x'.repeat(30),
    ]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });
});
