/** Readers of transcripts (txt, docx, WebVTT, SRT) and of the participants CSV. */
export * from './transcript-result.js';
export * from './read-transcript.js';
export { readTxt } from './read-txt.js';
export { readDocx } from './read-docx.js';
export { readVtt } from './read-vtt.js';
export { readSrt } from './read-srt.js';
export { decodeText, type DecodedText } from './decode-text.js';
export { parseCsvRows, type CsvRow } from './csv-rows.js';
export * from './read-participants-csv.js';
