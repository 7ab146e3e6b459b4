import { strToU8, zipSync, type Zippable } from 'fflate';
import { PolyphonyError } from '@polyphony/core';
import { sanitiseSheetNames } from './sheet-name.js';
import type { ExportCell } from './table.js';
import {
  contentTypesXml,
  packageRelsXml,
  stylesXml,
  workbookRelsXml,
  workbookXml,
} from './xlsx-package-parts.js';
import { MAX_COLUMNS, MAX_ROWS, worksheetXml } from './xlsx-worksheet.js';

/** One worksheet to write: its name (sanitised on write), header row and data rows. */
export interface XlsxSheet {
  name: string;
  header: string[];
  rows: ExportCell[][];
}

/**
 * Writes a workbook (.xlsx) with one worksheet per entry, in memory. Sheet names are made valid
 * and unique (see `sanitiseSheetNames`); headers are bold and frozen; numbers stay numbers;
 * text over Excel's 32,767-character cell limit is cut there.
 *
 * Errors: `bad_input` when there is no sheet (Excel cannot open an empty workbook) or a sheet
 * exceeds Excel's 1,048,576 rows or 16,384 columns.
 */
export function toXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  if (sheets.length === 0) throw new PolyphonyError('bad_input', 'A workbook needs at least one sheet.');
  for (const sheet of sheets) {
    // A loop, not Math.max(...rows): spreading a million rows overflows the call stack.
    const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), sheet.header.length);
    if (sheet.rows.length + 1 > MAX_ROWS || width > MAX_COLUMNS) {
      throw new PolyphonyError('bad_input', `Sheet "${sheet.name}" is larger than Excel allows.`, {
        rows: sheet.rows.length + 1,
        columns: width,
      });
    }
  }
  const names = sanitiseSheetNames(sheets.map((s) => s.name));
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypesXml(sheets.length)),
    '_rels/.rels': strToU8(packageRelsXml()),
    'xl/workbook.xml': strToU8(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelsXml(sheets.length)),
    'xl/styles.xml': strToU8(stylesXml()),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet.header, sheet.rows));
  });
  // A fixed date keeps the bytes identical for identical input (reproducible exports).
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
