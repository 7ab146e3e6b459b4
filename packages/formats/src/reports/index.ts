export { renderReportMarkdown, relationText } from './report-markdown.js';
export { renderReportDocx } from './report-docx.js';
