/**
 * Readers used only by the export tests, to check what the writers produce by reading it back
 * independently: a minimal RFC 4180 parser and a worksheet reader. Not exported from the package.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Parses RFC 4180 CSV (BOM stripped, CRLF records, quoted fields with doubled quotes). */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' && field === '') {
      // Quoted field: runs to the next quote not followed by another quote.
      for (i++; i < s.length; i++) {
        if (s[i] === '"' && s[i + 1] === '"') { field += '"'; i++; }
        else if (s[i] === '"') { i++; break; }
        else field += s[i];
      }
      continue;
    }
    if (ch === ',') { record.push(field); field = ''; i++; continue; }
    if (ch === '\r' && s[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i += 2; continue; }
    if (ch === '\r' || ch === '\n') throw new Error(`bare line end at ${i}: records must end in CRLF`);
    field += ch;
    i++;
  }
  if (field !== '' || record.length > 0) throw new Error('last record does not end in CRLF');
  return records;
}

/** Unzips an OOXML package and returns its parts as text, failing if any XML part is malformed. */
export function unzipXmlParts(bytes: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const text = strFromU8(data);
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      const valid = XMLValidator.validate(text);
      if (valid !== true) throw new Error(`${name} is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
    }
    parts.set(name, text);
  }
  return parts;
}

type XmlNode = Record<string, unknown>;

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A worksheet's cells as read back: strings for inline strings, numbers for `<v>`, null for gaps. */
export function readSheet(xml: string): (string | number | null)[][] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    alwaysCreateTextNode: true,
    isArray: (name) => name === 'row' || name === 'c',
  });
  const doc = parser.parse(xml) as { worksheet: { sheetData: { row?: XmlNode[] } } };
  return (doc.worksheet.sheetData.row ?? []).map((row) => {
    const cells: (string | number | null)[] = [];
    for (const c of (row['c'] ?? []) as XmlNode[]) {
      const at = columnIndex(String(c['@_r']));
      while (cells.length < at) cells.push(null);
      if (c['@_t'] === 'inlineStr') {
        const t = (c['is'] as XmlNode)['t'] as XmlNode;
        cells.push(String(t['#text'] ?? ''));
      } else {
        cells.push(Number((c['v'] as XmlNode)['#text']));
      }
    }
    return cells;
  });
}
