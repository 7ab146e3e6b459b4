import { PolyphonyError, composeTranscript } from '@polyphony/core';
import { decodeText } from './decode-text.js';
import { parseCueTiming } from './cue-timing.js';
import { cuesToTurns, type RawCue } from './cue-turns.js';
import { textBlocks } from './text-blocks.js';
import type { TranscriptReadResult } from './transcript-result.js';

/**
 * Reads a WebVTT file: `WEBVTT` header, cues with optional ids, NOTE/STYLE/REGION blocks skipped.
 * Speakers come from voice tags or `Name:` prefixes (see `cuesToTurns`); the text is composed as
 * `Speaker: text` paragraphs with each turn's media times kept.
 */
export function readVtt(fileName: string, bytes: Uint8Array): TranscriptReadResult {
  const { text: source, warnings } = decodeText(fileName, bytes);
  if (!/^WEBVTT(?:[ \t]|\n|$)/.test(source)) {
    throw new PolyphonyError('parse_error', `${fileName}, line 1: a WebVTT file must start with "WEBVTT"`, {
      file: fileName,
      line: 1,
    });
  }
  const cues: RawCue[] = [];
  const [, ...blocks] = textBlocks(source);
  for (const block of blocks) {
    const first = block.lines[0] ?? '';
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    // The timing is on the first line, or on the second after a cue id.
    const at = first.includes('-->') ? 0 : 1;
    const timingLine = block.lines[at];
    if (timingLine === undefined || !timingLine.includes('-->')) {
      throw new PolyphonyError(
        'parse_error',
        `${fileName}, line ${block.line + at}: expected a cue timing line ("00:00:01.000 --> 00:00:02.000")`,
        { file: fileName, line: block.line + at, text: timingLine ?? first },
      );
    }
    const timing = parseCueTiming(timingLine, fileName, block.line + at, '.');
    cues.push({ ...timing, lines: block.lines.slice(at + 1) });
  }
  return { format: 'vtt', ...composeTranscript(cuesToTurns(cues)), warnings };
}
