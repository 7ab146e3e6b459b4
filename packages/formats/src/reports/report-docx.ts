import type { ReportModel } from '@polyphony/core';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { relationText } from './report-markdown.js';

/** Half an inch in twentieths of a point (Word's unit for indents). */
const QUOTE_INDENT = 720;

const text = (t: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text: t, bold })] });
const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph => new Paragraph({ text: t, heading: level });
const cell = (lines: string[], bold = false): TableCell => new TableCell({ children: lines.map((l) => text(l, bold)) });

/** A real Word table whose first row repeats as a header on every page. */
function table(header: string[], rows: string[][][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell([h], true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((lines) => cell(lines)) })),
    ],
  });
}

/**
 * Renders a report as a Word document (docx): headings, "Table 1" and the triangulation as real
 * tables with a header row, exemplar quotes as indented italic paragraphs. Returns the file's bytes.
 */
export async function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    heading(model.title, HeadingLevel.TITLE),
    text(`${model.date} · Phase ${model.phase.number}: ${model.phase.name}`),
    heading(model.table.caption, HeadingLevel.HEADING_1),
  ];
  if (model.table.rows.length === 0) body.push(text('No themes by perspective yet.'));
  else {
    body.push(
      table(
        ['', ...model.table.columns.map((c) => c.text)],
        model.table.rows.map((r) => [[r.label], ...r.cells.map((c) => (c === null ? ['—'] : [c.name, c.evidence]))]),
      ),
    );
  }
  if (model.table.note !== '') body.push(text(model.table.note));

  body.push(heading('Themes', HeadingLevel.HEADING_1));
  let group: string | null = null;
  for (const t of model.themes) {
    if (t.perspectiveLabel !== group) {
      group = t.perspectiveLabel;
      body.push(heading(group, HeadingLevel.HEADING_2));
    }
    body.push(heading(t.name, HeadingLevel.HEADING_3));
    body.push(new Paragraph({ children: [new TextRun({ text: `${t.level === 'main' ? 'Main theme' : `Subtheme of ${t.parent ?? ''}`} · ${t.evidence}`, italics: true })] }));
    if (t.definition !== '') body.push(text(t.definition));
    for (const q of t.exemplars) {
      body.push(new Paragraph({ indent: { left: QUOTE_INDENT }, children: [new TextRun({ text: q.citation, italics: true })] }));
    }
  }

  body.push(heading('Triangulation', HeadingLevel.HEADING_1));
  if (model.triangulation.length === 0) body.push(text('No cross-cutting themes yet.'));
  for (const t of model.triangulation) {
    body.push(heading(`${t.name} (${relationText(t.relation)})`, HeadingLevel.HEADING_2));
    if (t.note !== '') body.push(text(t.note));
    body.push(table(['Perspective', 'Summary', 'Evidence'], t.voices.map((v) => [[v.label], [v.summary || '—'], [v.evidence]])));
    body.push(text(`Silent: ${t.silent.length === 0 ? 'none' : t.silent.join(', ')}.`));
  }

  body.push(heading('Reflexive journal', HeadingLevel.HEADING_1));
  if (model.journal.length === 0) body.push(text('No journal entries yet.'));
  for (const phase of model.journal) {
    body.push(heading(`Phase ${phase.phase}: ${phase.name}`, HeadingLevel.HEADING_2));
    for (const e of phase.entries) body.push(text(`${e.at.slice(0, 10)}, ${e.author}: ${e.text}`));
  }

  const doc = new Document({ title: model.title, creator: 'Polyphony', sections: [{ children: body }] });
  return Packer.pack(doc, 'uint8array');
}
