import type { Participant } from '@polyphony/core';
import fc from 'fast-check';

/** How a participants CSV is written: delimiter, quoting, line ends, a byte-order mark. */
export interface CsvStyle {
  delimiter: ',' | ';' | '\t';
  quoteAll: boolean;
  lineEnd: '\n' | '\r\n';
  bom: boolean;
  padding: boolean;
}

// Values as people type them, with the characters CSV must quote. Control characters and other
// name problems are left to the name-cleaning work (issue 7, item 7).
const VALUE = fc.constantFrom('J', 'T', 'S', 'G1', 'G2', '30–39', 'kvinne', 'mann', 'psykolog', 'Bjørn "Bamse"', 'a, b', 'x;y', 'linje\nto', 'æøå', '👍🏽', '');

/** Participants with unique ids (case-insensitively), perspectives, cases and two attributes. */
export function participantRows(): fc.Arbitrary<Participant[]> {
  const id = fc.stringMatching(/^[A-ZÆØÅ][A-Za-z0-9æøå]{0,5}$/);
  const row = fc.record({ id, perspective: VALUE, case: VALUE, age: VALUE, note: VALUE });
  return fc.uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => r.id.toLowerCase() }).map((rows) =>
    rows.map((r) => {
      const attributes: Record<string, string> = {};
      if (r.age.trim() !== '') attributes['age_band'] = r.age.trim();
      if (r.note.trim() !== '') attributes['note'] = r.note.trim();
      return { id: r.id, perspective: r.perspective.trim() || null, case: r.case.trim() || null, attributes, status: 'active' as const };
    }),
  );
}

/** The CSV of `rows` in `style`. */
export function participantsCsv(rows: readonly Participant[], style: CsvStyle): string {
  const cell = (v: string): string => {
    const needs = style.quoteAll || v.includes(style.delimiter) || /["\r\n]/.test(v) || (style.padding && v !== '');
    const quoted = needs ? `"${v.replace(/"/g, '""')}"` : v;
    return style.padding ? ` ${quoted} ` : quoted;
  };
  const header = ['participant', 'perspective', 'case', 'age_band', 'note'];
  const lines = [header, ...rows.map((r) => [r.id, r.perspective ?? '', r.case ?? '', r.attributes['age_band'] ?? '', r.attributes['note'] ?? ''])];
  return (style.bom ? '\uFEFF' : '') + lines.map((l) => l.map(cell).join(style.delimiter)).join(style.lineEnd) + style.lineEnd;
}

/** Arbitrary {@link CsvStyle}s. */
export function csvStyles(): fc.Arbitrary<CsvStyle> {
  return fc.record({
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
    quoteAll: fc.boolean(),
    lineEnd: fc.constantFrom('\n' as const, '\r\n' as const),
    bom: fc.boolean(),
    padding: fc.boolean(),
  });
}
