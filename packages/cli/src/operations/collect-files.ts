import fs from 'node:fs';
import path from 'node:path';
import { PolyphonyError } from '@polyphony/core';

/** Extensions the transcript readers understand. */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.docx', '.vtt', '.srt'] as const;

/**
 * Expands the paths given on the command line into transcript files: files as given, folders
 * to their transcript files (not recursive, sorted naturally so J2 comes before J10). A path that
 * does not exist is an error before anything is imported.
 */
export function collectTranscriptFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const collator = new Intl.Collator('nb', { numeric: true });
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new PolyphonyError('not_found', `No such file or folder: ${p}`, { path: p });
    }
    if (stat.isDirectory()) {
      const names = fs
        .readdirSync(p)
        .filter((n) => TRANSCRIPT_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e)) && !n.startsWith('.') && !n.startsWith('~$'))
        .sort(collator.compare);
      out.push(...names.map((n) => path.join(p, n)));
    } else {
      out.push(p);
    }
  }
  return [...new Set(out)];
}
