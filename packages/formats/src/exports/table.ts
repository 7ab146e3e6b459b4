/**
 * One cell of an exported table. Strings are text, numbers are numbers (XLSX keeps them numeric
 * so researchers can sort and sum), null is an empty cell.
 */
export type ExportCell = string | number | null;

/** A rectangular export: a header row and data rows of the same width. */
export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
}
