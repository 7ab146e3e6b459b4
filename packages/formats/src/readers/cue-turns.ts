import { matchSpeakerLabel, type TurnInput } from '@polyphony/core';
import { decodeXmlReferences } from '../archive/xml-references.js';

/** One subtitle cue: its timing and its raw payload lines (tags and all). */
export interface RawCue {
  startMs: number;
  endMs: number;
  lines: string[];
}

const VOICE = /^\s*<v(?:\.[^\s>]*)?[ \t]+([^>]+)>/;

/**
 * Turns subtitle cues into speaker turns. A line's speaker is its `<v Name>` voice tag (classes as
 * in `<v.loud Name>` allowed) or a `Name:` prefix; a lowercase prefix counts only if it recurs in
 * the file, like labels in text transcripts. Other tags are stripped and entities decoded.
 * Lines without a speaker continue the previous speaker; consecutive lines and cues of one
 * speaker merge into one turn (start of the first cue, end of the last), joined by a space
 * because subtitle lines are wrapped sentences.
 */
export function cuesToTurns(cues: readonly RawCue[]): TurnInput[] {
  const counts = new Map<string, number>();
  for (const cue of cues) {
    for (const line of cue.lines) {
      const m = VOICE.test(line) ? null : matchSpeakerLabel(cleanLine(line));
      if (m) counts.set(m.label.toLowerCase(), (counts.get(m.label.toLowerCase()) ?? 0) + 1);
    }
  }

  const turns: Array<Required<TurnInput>> = [];
  let speaker = '';
  for (const cue of cues) {
    for (const raw of cue.lines) {
      let line = raw;
      const voice = VOICE.exec(line);
      if (voice) {
        speaker = cleanLine(voice[1] ?? '').trim();
        line = line.slice(voice[0].length);
      }
      let words = cleanLine(line).trim();
      const label = voice ? null : matchSpeakerLabel(words);
      if (label && (label.strong || (counts.get(label.label.toLowerCase()) ?? 0) > 1)) {
        speaker = label.label;
        words = words.slice(label.textOffset).trim();
      }
      if (words.length === 0) continue;
      const last = turns[turns.length - 1];
      if (last && last.speaker === speaker) {
        last.text += ` ${words}`;
        last.endMs = Math.max(last.endMs ?? cue.endMs, cue.endMs);
      } else {
        turns.push({ speaker, text: words, startMs: cue.startMs, endMs: cue.endMs });
      }
    }
  }
  return turns;
}

/** Removes markup (`<i>`, `<c.x>`, `<00:00:01.000>`, `{\an8}`) and decodes entities. */
function cleanLine(line: string): string {
  const stripped = line.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, '');
  // A no-break space becomes a plain space so that searching for "to ord" finds it.
  return decodeXmlReferences(stripped.replace(/&nbsp;/g, ' ').replace(/&lrm;|&rlm;/g, ''));
}
