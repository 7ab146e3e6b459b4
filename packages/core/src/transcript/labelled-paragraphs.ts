import type { Turn } from '../model/types.js';
import { matchSpeakerLabel } from './speaker-label.js';

/** Options of {@link parseLabelledParagraphs}. */
export interface LabelledParagraphsOptions {
  /** Labels to accept whatever their shape (e.g. bold labels found in a docx). */
  labels?: Iterable<string>;
}

interface Block {
  start: number;
  end: number;
}

/**
 * Splits a transcript into speaker turns, one per `Label: text` paragraph.
 *
 * Paragraphs are separated by blank lines; a text with no blank line at all has one paragraph per
 * non-empty line. Inside a paragraph, a line that starts with a label already used at a paragraph
 * start begins a new turn too (files that mix both styles). A paragraph without a label continues
 * the previous turn; text before the first label becomes a turn with speaker `''`.
 * A label with lowercase words (`Job specialist:`) is accepted only if it starts at least two
 * paragraphs, so that `I said: no` in the middle of an answer does not become a speaker.
 *
 * `text` must already be normalised (`normaliseText`); offsets are UTF-16 indices into it.
 * Turns come back with `participant: null`, `isInterviewer: false` and no media times.
 */
export function parseLabelledParagraphs(text: string, options: LabelledParagraphsOptions = {}): Turn[] {
  const forced = new Set([...(options.labels ?? [])].map((l) => l.trim().toLowerCase()));
  const blocks = splitBlocks(text);

  const counts = new Map<string, number>();
  for (const b of blocks) {
    const m = matchSpeakerLabel(text.slice(b.start, b.end));
    if (m) counts.set(m.label.toLowerCase(), (counts.get(m.label.toLowerCase()) ?? 0) + 1);
  }
  const accept = (line: string, atBlockStart: boolean): ReturnType<typeof matchSpeakerLabel> => {
    const m = matchSpeakerLabel(line);
    if (!m) return null;
    const key = m.label.toLowerCase();
    if (forced.has(key)) return m;
    const count = counts.get(key) ?? 0;
    // Inside a paragraph only labels that also start a paragraph count, to spare wrapped lines.
    if (!atBlockStart && count === 0) return null;
    return m.strong || count > 1 ? m : null;
  };

  const turns: Turn[] = [];
  for (const block of blocks) {
    for (const line of splitLabelledLines(text, block, accept)) {
      const m = line.match;
      const previous = turns[turns.length - 1];
      if (!m && previous) {
        previous.end = line.end;
        continue;
      }
      turns.push({
        seq: turns.length,
        speaker: m ? m.label : '',
        participant: null,
        isInterviewer: false,
        start: line.start,
        end: line.end,
        textStart: m ? Math.min(line.start + m.textOffset, line.end) : line.start,
        startMs: null,
        endMs: null,
      });
    }
  }
  return turns;
}

/** Paragraph spans with surrounding whitespace trimmed. */
function splitBlocks(text: string): Block[] {
  const hasBlankLine = /\n[ \t]*\n/.test(text.trim());
  const separator = hasBlankLine ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const blocks: Block[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) blocks.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (const sep of text.matchAll(separator)) {
    push(from, sep.index);
    from = sep.index + sep[0].length;
  }
  push(from, text.length);
  return blocks;
}

interface LabelledLine extends Block {
  match: ReturnType<typeof matchSpeakerLabel>;
}

/** Cuts a paragraph where a line starts with an accepted label. */
function splitLabelledLines(
  text: string,
  block: Block,
  accept: (line: string, atBlockStart: boolean) => ReturnType<typeof matchSpeakerLabel>,
): LabelledLine[] {
  const parts: LabelledLine[] = [];
  let lineStart = block.start;
  let current: LabelledLine | null = null;
  while (lineStart < block.end) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 || nl > block.end ? block.end : nl;
    const match = accept(text.slice(lineStart, lineEnd), lineStart === block.start);
    if (current === null || match) {
      if (current) current.end = trimEnd(text, current.start, current.end);
      // A label line may be indented; the turn starts at the label, not at the blanks.
      const indent = match ? /^[ \t]*/.exec(text.slice(lineStart, lineEnd))?.[0].length ?? 0 : 0;
      current = { start: lineStart + indent, end: lineEnd, match: match && { ...match, textOffset: match.textOffset - indent } };
      parts.push(current);
    } else {
      current.end = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  return parts;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return e;
}
