import { parseAnalysisFile, parseAnalysisJson, type AnalysisFile, type AnalysisFileProblem } from '@polyphony/core';
import {
  importQdc,
  importQdpx,
  readParticipantsCsvFile,
  readTranscript,
  type ParticipantsCsv,
  type QdcImport,
  type QdpxImport,
  type TranscriptReadResult,
} from '@polyphony/formats';

/** A file as bytes with its name: the CLI reads them from disk, the server from an upload. */
export interface InputFile {
  /** The file name with its extension (J1.vtt); the path is not needed. */
  name: string;
  bytes: Uint8Array;
}

/** What each kind of untrusted file is read into, before anything touches a project. */
export interface ParsedInputs {
  transcript: TranscriptReadResult;
  participants: ParticipantsCsv;
  qdpx: QdpxImport;
  qdc: QdcImport;
  analysis: { file: AnalysisFile; problems: AnalysisFileProblem[] };
}

/** One file to read, and how to read it. */
export type ParseKind = keyof ParsedInputs;

/**
 * Reads `file` as `kind`, in this thread: transcript (txt, docx, vtt, srt), participants CSV,
 * REFI-QDA project or codebook, analysis file. Pure and synchronous — no project is touched — so
 * it can run in the import worker as well as here; every refusal is a `PolyphonyError` naming
 * the file (`file_too_large`, `nesting_too_deep`, `parse_error`, `unsafe_archive`, …).
 */
export function parseInput<K extends ParseKind>(kind: K, file: InputFile): ParsedInputs[K] {
  const read: { [P in ParseKind]: (f: InputFile) => ParsedInputs[P] } = {
    transcript: (f) => readTranscript(f.name, f.bytes),
    participants: (f) => readParticipantsCsvFile(f.name, f.bytes),
    qdpx: (f) => importQdpx(f.bytes, { fileName: f.name }),
    qdc: (f) => importQdc(f.bytes, { fileName: f.name }),
    analysis: (f) => parseAnalysisFile(parseAnalysisJson(new TextDecoder('utf-8').decode(f.bytes), f.name)),
  };
  return read[kind](file);
}

/**
 * Reads untrusted files for the use cases. The default reads in this thread; the server passes
 * the import worker's (`createWorkerParser`), which keeps its event loop free and its heap safe.
 */
export type Parser = <K extends ParseKind>(kind: K, file: InputFile) => Promise<ParsedInputs[K]>;

/** The {@link Parser} that reads in this thread (the CLI's, and the tests'). */
export const parseInThisThread: Parser = async (kind, file) => parseInput(kind, file);
