import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from './report-docx.js';
import { clinicReport } from './test-report.js';

/** The office binary if one is on PATH; the conversion test runs only then. */
function office(): string | undefined {
  for (const bin of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [bin], { stdio: 'ignore' });
      return bin;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

/** The texts of the paragraphs in a piece of WordprocessingML, entities decoded. */
function paragraphs(xml: string): string[] {
  return xml
    .split('</w:p>')
    .slice(0, -1)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(''))
    .map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}

describe('renderReportDocx', () => {
  it('writes a docx whose document holds a header-row table, the cells and the quotes', async () => {
    const bytes = await renderReportDocx(clinicReport());
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml).toContain('<w:tblHeader/>');
    for (const t of ['Patients (n = 3)', 'Main theme', 'Subtheme 1', 'Being kept waiting', '4 segments, 3 of 3 participants', 'Handover | gaps', 'Ønsket om ro']) {
      expect(xml).toContain(`>${t}</w:t>`);
    }
    // The quote is an indented italic paragraph.
    expect(xml).toMatch(/<w:ind w:left="720"\/>.*?<w:i\/>.*?&quot;I waited for hours\.&quot; \(P5\)<\/w:t>/s);
    expect(xml).toContain('Waiting together (relation not decided)');
  });

  it('holds "Table 1" with the rows and texts of the model, the sub-subtheme included, then its note', async () => {
    const model = clinicReport().table;
    const xml = strFromU8(unzipSync(await renderReportDocx(clinicReport()))['word/document.xml'] ?? new Uint8Array());
    const first = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const rows = first.split('</w:tr>').slice(0, -1).map((tr) => tr.split('</w:tc>').slice(0, -1).map(paragraphs));
    expect(rows[0]).toEqual([[''], ...model.columns.map((c) => [c.text])]);
    expect(rows.slice(1)).toEqual(model.rows.map((r) => [[r.label], ...r.cells.map((c) => (c === null ? ['—'] : [c.name, c.evidence]))]));
    expect(rows.flat(2)).toContain('Ro om natten');
    expect(paragraphs(xml.slice(xml.indexOf('</w:tbl>'))).slice(0, 1)).toEqual([model.note]);
  });

  const bin = office();
  it.skipIf(bin === undefined)('opens in LibreOffice and converts to text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyphony-report-'));
    writeFileSync(join(dir, 'report.docx'), await renderReportDocx(clinicReport()));
    execFileSync(bin ?? 'soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'report.docx')], { stdio: 'ignore', timeout: 60_000 });
    const txt = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(txt).toContain('Being kept waiting');
    expect(txt).toContain('"I waited for hours." (P5)');
    expect(txt).toContain('Ønsket om ro');
  });
});
