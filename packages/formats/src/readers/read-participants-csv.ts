import { PolyphonyError, type Participant } from '@polyphony/core';
import { INPUT_LIMITS, tooLarge } from '../input-limits.js';
import { parseCsvRows } from './csv-rows.js';

/** Participants read from a CSV, and the names of the attribute columns in file order. */
export interface ParticipantsCsv {
  participants: Participant[];
  attributeNames: string[];
}

const KNOWN = ['participant', 'perspective', 'case'] as const;

/**
 * Reads a participants table: a header row with a `participant` column (required), optional
 * `perspective` and `case`, and any number of attribute columns (age_band, gender, …). Header
 * names are matched case-insensitively after trimming; values are trimmed; an empty perspective,
 * case or attribute counts as missing. The delimiter is `,`, or `;` (Norwegian Excel) or a tab
 * when the header has no comma. Every participant starts `active`.
 *
 * Errors are `parse_error` naming the line: unterminated quote, a row with the wrong number of
 * fields, an empty or duplicate participant id, a missing participant column, a repeated column.
 */
export function readParticipantsCsv(text: string, fileName = 'participants CSV'): ParticipantsCsv {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerLine = source.split(/\r?\n|\r/, 1)[0] ?? '';
  const delimiter = headerLine.includes(',') ? ',' : headerLine.includes(';') ? ';' : headerLine.includes('\t') ? '\t' : ',';
  const fail = (line: number, why: string): PolyphonyError =>
    new PolyphonyError('parse_error', `${fileName}, line ${line}: ${why}`, { file: fileName, line });

  const [header, ...rows] = parseCsvRows(source, delimiter, fileName);
  if (header === undefined) throw fail(1, 'the file is empty');
  const names = header.fields.map((f) => f.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (name !== '' && seen.has(name.toLowerCase())) throw fail(header.line, `column "${name}" appears twice`);
    seen.add(name.toLowerCase());
  }
  const column = (name: string): number => names.findIndex((n) => n.toLowerCase() === name);
  const idColumn = column('participant');
  if (idColumn === -1) throw fail(header.line, 'no "participant" column in the header');
  const perspectiveColumn = column('perspective');
  const caseColumn = column('case');
  const attributeColumns = names
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => name !== '' && !(KNOWN as readonly string[]).includes(name.toLowerCase()));

  const participants: Participant[] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      throw fail(row.line, `${row.fields.length} fields where the header has ${names.length}`);
    }
    const value = (index: number): string => (index === -1 ? '' : (row.fields[index] ?? '').trim());
    names.forEach((name, index) => {
      if (name === '' && value(index) !== '') throw fail(row.line, `a value in a column without a name (column ${index + 1})`);
    });
    const id = value(idColumn);
    if (id === '') throw fail(row.line, 'empty participant id');
    if (ids.has(id.toLowerCase())) throw fail(row.line, `participant "${id}" appears twice`);
    ids.add(id.toLowerCase());
    const attributes: Record<string, string> = {};
    for (const { name, index } of attributeColumns) if (value(index) !== '') attributes[name] = value(index);
    participants.push({
      id,
      perspective: value(perspectiveColumn) || null,
      case: value(caseColumn) || null,
      attributes,
      status: 'active',
    });
  }
  return { participants, attributeNames: attributeColumns.map((c) => c.name) };
}

/**
 * Reads a participants CSV from its bytes (UTF-8; invalid bytes become U+FFFD), refusing a file
 * over {@link INPUT_LIMITS}`.participantsCsvBytes` with `file_too_large` before decoding it.
 * Otherwise as {@link readParticipantsCsv}.
 */
export function readParticipantsCsvFile(fileName: string, bytes: Uint8Array): ParticipantsCsv {
  if (bytes.length > INPUT_LIMITS.participantsCsvBytes) {
    throw tooLarge(fileName, `the file (${bytes.length.toLocaleString('en-US')} bytes)`, INPUT_LIMITS.participantsCsvBytes, 'bytes', { size: bytes.length });
  }
  return readParticipantsCsv(new TextDecoder('utf-8').decode(bytes), fileName);
}
