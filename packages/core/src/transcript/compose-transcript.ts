import type { Turn } from '../model/types.js';
import { normaliseText } from '../text/normalise.js';

/** A turn to write: who speaks, what they say, and media times when the format has them. */
export interface TurnInput {
  speaker: string;
  text: string;
  startMs?: number | null;
  endMs?: number | null;
}

/**
 * Writes turns as a transcript of `Speaker: text` paragraphs separated by a blank line, and
 * returns the turns with their offsets in that text. Turn text is normalised and trimmed; blank
 * lines inside a turn are reduced to a single line break so that one paragraph stays one turn
 * when the text is parsed again. Turns with no words are left out; a turn with speaker `''` is
 * written without a label.
 */
export function composeTranscript(input: readonly TurnInput[]): { text: string; turns: Turn[] } {
  let text = '';
  const turns: Turn[] = [];
  for (const item of input) {
    const words = normaliseText(item.text).trim().replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n');
    if (words.length === 0) continue;
    const speaker = normaliseText(item.speaker).replace(/\s+/g, ' ').trim();
    if (turns.length > 0) text += '\n\n';
    const start = text.length;
    text += speaker ? `${speaker}: ` : '';
    const textStart = text.length;
    text += words;
    turns.push({
      seq: turns.length,
      speaker,
      participant: null,
      isInterviewer: false,
      start,
      end: text.length,
      textStart,
      startMs: item.startMs ?? null,
      endMs: item.endMs ?? null,
    });
  }
  return { text, turns };
}
