import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ProjectSnapshot } from '@polyphony/core';
import { codebookDisplayHeader, codebookTable } from './codebook-rows.js';
import type { ExportCell } from './table.js';
import { stripIllegalXmlChars } from './xml-text.js';

const HEX_COLOUR = /^#([0-9a-f]{6})$/i;

function cellParagraphs(cell: ExportCell, bold: boolean): Paragraph[] {
  // docx escapes markup but not control characters, which would make Word reject the file.
  const text = cell === null ? '' : stripIllegalXmlChars(String(cell));
  // One paragraph per line: a description's line breaks survive into Word.
  return text.split(/\r?\n|\r/).map((line) => new Paragraph({ children: [new TextRun({ text: line, ...(bold ? { bold } : {}) })] }));
}

function tableCell(cell: ExportCell, bold: boolean, colourColumn: boolean): TableCell {
  const hex = colourColumn && typeof cell === 'string' ? HEX_COLOUR.exec(cell)?.[1] : undefined;
  return new TableCell({
    children: cellParagraphs(cell, bold),
    // The colour cell shows the colour itself, as in the workbench's code tree.
    ...(hex === undefined ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex } }),
  });
}

/**
 * The codebook as a Word document: a heading with the project name and one full-width table
 * with a header row (repeated on every page) and one row per code in hierarchy order —
 * the same columns as {@link codebookTable}. Works in Node and in the browser.
 */
export async function codebookDocx(snapshot: ProjectSnapshot): Promise<Uint8Array> {
  const { header, rows } = codebookTable(snapshot);
  const colourColumn = header.indexOf('colour');
  const headings = codebookDisplayHeader(header);
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headings.map((h) => tableCell(h, true, false)) }),
      ...rows.map(
        (row) => new TableRow({ children: row.map((cell, i) => tableCell(cell, false, i === colourColumn)) }),
      ),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(stripIllegalXmlChars(`Codebook: ${snapshot.name}`))],
          }),
          table,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
