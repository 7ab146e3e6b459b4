import {
  cleanName,
  isPolyphonyError,
  mapSpeakers,
  participantFromFileName,
  type FileImportResultDto,
  type SourceKind,
} from '@polyphony/core';
import type { Project } from '@polyphony/store';
import { parseInThisThread, type InputFile, type Parser } from './parse-input.js';

export type { InputFile } from './parse-input.js';

/**
 * What happened to one file of a batch import. The same shape travels over the HTTP API, so it is
 * defined once, in the API contract.
 */
export type FileImportResult = FileImportResultDto;

/** Options of a batch import. */
export interface ImportOptions {
  /** A participants CSV, applied before the transcripts, all or nothing. */
  participantsCsv?: InputFile;
  interviewerLabels?: string[];
  kind?: SourceKind;
  /** Called before each file, for progress bars. */
  onFile?: (name: string) => void;
  /** Reads the files; default in this thread (the server passes its import worker's). */
  parser?: Parser;
}

/**
 * Imports a participants CSV (all or nothing) and then each transcript in its own transaction,
 * so that one broken file is reported and stored not at all while the rest go on. A file whose
 * source name already exists is a corrected re-import: its text is replaced and every coded
 * segment re-anchored. Files are read by `opts.parser` before anything is written; a CSV that
 * cannot be read throws its `PolyphonyError` and changes nothing.
 */
export async function importFiles(
  project: Project,
  files: readonly InputFile[],
  opts: ImportOptions = {},
): Promise<{ participants: number; results: FileImportResult[] }> {
  const parser = opts.parser ?? parseInThisThread;
  let participantCount = 0;
  if (opts.participantsCsv) {
    const parsed = await parser('participants', opts.participantsCsv);
    await project.upsertParticipants(parsed.participants);
    participantCount = parsed.participants.length;
  }

  const ids = (await project.listParticipants()).map((p) => p.id);
  // Source names → ids, read once per batch: listing sources per file made big batches quadratic.
  const sourceIds = new Map((await project.listSources()).map((s) => [s.name, s.id]));
  const results: FileImportResult[] = [];
  for (const file of files) {
    opts.onFile?.(file.name);
    results.push(await importOne(project, file, ids, sourceIds, { ...opts, parser }));
  }
  return { participants: participantCount, results };
}

async function importOne(
  project: Project,
  file: InputFile,
  participantIds: string[],
  sourceIds: Map<string, string>,
  opts: ImportOptions & { parser: Parser },
): Promise<FileImportResult> {
  try {
    const read = await opts.parser('transcript', file);
    const name = cleanName('source name', file.name.replace(/\.[^.]+$/, ''), read.warnings);
    const owner = participantFromFileName(file.name, participantIds);
    const mapped = mapSpeakers(read.turns, {
      participants: participantIds.map((id) => ({ id })),
      interviewerLabels: opts.interviewerLabels,
      sourceParticipant: owner,
    });
    const speakers = new Set(mapped.turns.map((t) => t.participant).filter((p): p is string => p !== null));
    const participant = owner ?? (speakers.size === 1 ? [...speakers][0]! : null);
    const kind: SourceKind = opts.kind ?? (participant ? 'interview' : 'meeting');
    const common = { file: file.name, participant, turns: mapped.turns.length, unmappedSpeakers: mapped.unmapped, warnings: read.warnings };

    const existingId = sourceIds.get(name);
    if (existingId) {
      const existing = await project.getSource(existingId);
      if (existing.text === read.text) return { ...common, status: 'unchanged', source: existing.name };
      const r = await project.replaceSourceText(existing.id, read.text, mapped.turns);
      return { ...common, status: 'updated', source: existing.name, reanchored: { stayed: r.stayed, moved: r.moved, orphaned: r.orphaned } };
    }
    const source = await project.addSource({ name, kind, participant, text: read.text, turns: mapped.turns, format: read.format });
    sourceIds.set(source.name, source.id);
    return { ...common, status: 'imported', source: source.name };
  } catch (e) {
    if (!isPolyphonyError(e)) throw e;
    return { file: file.name, status: 'failed', warnings: [], error: { code: e.code, message: e.message } };
  }
}
