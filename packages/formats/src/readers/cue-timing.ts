import { PolyphonyError } from '@polyphony/core';

/** Start and end of a subtitle cue in milliseconds. */
export interface CueTiming {
  startMs: number;
  endMs: number;
}

// `hh:mm:ss.ttt` or `mm:ss.ttt` (WebVTT; SRT uses a comma). Hours may have more than two digits.
const TIME = String.raw`(?:(\d{1,}):)?([0-5]\d):([0-5]\d)[.,](\d{3})`;
const TIMING = new RegExp(String.raw`^\s*${TIME}[ \t]+-->[ \t]+${TIME}(?:[ \t].*)?$`);

/**
 * Parses a cue timing line (`00:01:02.500 --> 00:01:04.000 align:start`); cue settings after the
 * end time are ignored. `separator` is the decimal mark the format requires: `.` for WebVTT,
 * `,` for SRT (SRT files written with `.` are accepted too, as many tools do). Throws
 * `parse_error` naming the file and line for anything else, or an end before the start.
 */
export function parseCueTiming(line: string, fileName: string, lineNumber: number, separator: '.' | ','): CueTiming {
  const m = TIMING.exec(line);
  const bad = (why: string): PolyphonyError =>
    new PolyphonyError('parse_error', `${fileName}, line ${lineNumber}: ${why}: "${line.trim()}"`, {
      file: fileName,
      line: lineNumber,
      text: line,
    });
  if (!m || (separator === '.' && line.replace(/-->.*/, '').includes(','))) throw bad('malformed cue timing');
  const ms = (h: string | undefined, mm: string | undefined, ss: string | undefined, t: string | undefined): number =>
    ((Number(h ?? 0) * 60 + Number(mm)) * 60 + Number(ss)) * 1000 + Number(t);
  const startMs = ms(m[1], m[2], m[3], m[4]);
  const endMs = ms(m[5], m[6], m[7], m[8]);
  if (endMs < startMs) throw bad('cue ends before it starts');
  return { startMs, endMs };
}
