import fs from 'node:fs';
import path from 'node:path';
import { PolyphonyError } from '@polyphony/core';
import type { FileImportResult, ImportOptions, InputFile } from '@polyphony/app';
import { loadApp } from '../lazy.js';
import type { Project } from '@polyphony/store';

/** Reads a file named on the command line, as an import input. */
export function readInput(file: string): InputFile {
  try {
    return { name: path.basename(file), bytes: fs.readFileSync(file) };
  } catch {
    throw new PolyphonyError('not_found', `Cannot read ${file}`, { path: file });
  }
}

/**
 * The CLI's import: reads the named files and the participants CSV from disk and hands them to
 * the shared batch import. A transcript that cannot be read is a failed item, not a stop.
 */
export async function importPaths(
  project: Project,
  files: readonly string[],
  opts: Omit<ImportOptions, 'participantsCsv'> & { participantsCsv?: string } = {},
): Promise<{ participants: number; results: FileImportResult[] }> {
  const csv = opts.participantsCsv ? readInput(opts.participantsCsv) : undefined;
  const readable: InputFile[] = [];
  const unreadable: FileImportResult[] = [];
  for (const f of files) {
    try {
      readable.push(readInput(f));
    } catch (e) {
      unreadable.push({ file: path.basename(f), status: 'failed', warnings: [], error: { code: 'not_found', message: (e as Error).message } });
    }
  }
  const { importFiles } = await loadApp();
  const out = await importFiles(project, readable, { ...opts, participantsCsv: csv });
  return { participants: out.participants, results: [...out.results, ...unreadable] };
}
