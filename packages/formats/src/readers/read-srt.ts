import { PolyphonyError, composeTranscript } from '@polyphony/core';
import { decodeText } from './decode-text.js';
import { parseCueTiming } from './cue-timing.js';
import { cuesToTurns, type RawCue } from './cue-turns.js';
import { textBlocks } from './text-blocks.js';
import type { TranscriptReadResult } from './transcript-result.js';

/**
 * Reads a SubRip (`.srt`) file: numbered blocks with `hh:mm:ss,ttt --> hh:mm:ss,ttt` timings.
 * The number is optional (some tools leave it out). Speakers come from `Name:` prefixes; tags
 * such as `<i>` are stripped; consecutive cues of one speaker merge into one turn.
 */
export function readSrt(fileName: string, bytes: Uint8Array): TranscriptReadResult {
  const { text: source, warnings } = decodeText(fileName, bytes);
  const cues: RawCue[] = [];
  for (const block of textBlocks(source)) {
    const at = /^\d+$/.test((block.lines[0] ?? '').trim()) ? 1 : 0;
    const timingLine = block.lines[at];
    if (timingLine === undefined || !timingLine.includes('-->')) {
      throw new PolyphonyError(
        'parse_error',
        `${fileName}, line ${block.line + at}: expected a subtitle timing line ("00:00:01,000 --> 00:00:02,000")`,
        { file: fileName, line: block.line + at, text: timingLine ?? '' },
      );
    }
    const timing = parseCueTiming(timingLine, fileName, block.line + at, ',');
    cues.push({ ...timing, lines: block.lines.slice(at + 1) });
  }
  return { format: 'srt', ...composeTranscript(cuesToTurns(cues)), warnings };
}
