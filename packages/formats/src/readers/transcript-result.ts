import type { Turn } from '@polyphony/core';

/** Transcript formats read by {@link readTranscript}. */
export type TranscriptFormat = 'txt' | 'docx' | 'vtt' | 'srt';

/** A transcript read from a file: normalised text, its speaker turns, and what to tell the user. */
export interface TranscriptReadResult {
  format: TranscriptFormat;
  /** Normalised text (see `normaliseText`); turn offsets point into it. */
  text: string;
  /** Turns with `participant: null`; use `mapSpeakers` to link them to participants. */
  turns: Turn[];
  /** Things that worked but deserve a look (encoding guessed, …). */
  warnings: string[];
}
