import type { ErrorCode } from '@polyphony/core';
import type { InputFile, ParseKind, ParsedInputs } from './parse-input.js';

/** The main thread asks the import worker to read one file. */
export interface ParseRequest {
  /** Matches the reply to the request. */
  id: number;
  kind: ParseKind;
  file: InputFile;
}

/**
 * The worker's answer: the parsed value, a refusal (a `PolyphonyError`'s fields, rebuilt on the
 * main thread), or a bug (any other exception, with its stack, answered as an internal error).
 */
export type ParseReply =
  | { id: number; ok: true; value: ParsedInputs[ParseKind] }
  | { id: number; ok: false; error: { code: ErrorCode; message: string; details: Record<string, unknown> } }
  | { id: number; ok: false; bug: string };
