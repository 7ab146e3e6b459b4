export { renderReportMarkdown, relationText } from './report-markdown.js';
export { renderReportDocx } from './report-docx.js';
export { renderTableOneCsv } from './table-one-csv.js';
