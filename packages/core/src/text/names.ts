import { PolyphonyError } from '../errors.js';
import { codePointLabel, codePoints, forbiddenCharacter, fromCodePoints, isHidden, isInvisible, isLineBreakOrTab } from './name-characters.js';

/**
 * The name rules (ADR 008). A name — of a code, theme, source, perspective, case, participant or
 * the project — is stored NFC-normalised and trimmed, so that two names that look the same are
 * the same string and the uniqueness checks catch them. It must hold something visible, no
 * control characters (NUL, tab, line breaks), no bidirectional controls or other invisible
 * formatting characters (zero-width joiners only between two letters or emoji that need them),
 * no lone surrogates or noncharacters, and at most {@link NAME_MAX_LENGTH} characters.
 * {@link checkName} refuses what breaks a rule (`invalid_name`) for what a person types;
 * {@link cleanName} repairs what another program wrote.
 */

/** What a name belongs to, as a message says it (`Code name "…" contains …`). */
export type NameKind =
  | 'code name'
  | 'theme name'
  | 'source name'
  | 'project name'
  | 'perspective id'
  | 'perspective label'
  | 'case id'
  | 'case label'
  | 'participant id'
  | 'coder name';

/**
 * The longest name, in characters (Unicode code points). Long enough for any code label a
 * codebook holds ("Economic insecurity when the job ends — fear of losing benefits" is 62);
 * short enough to stay a name in a table cell, a tree row and a REFI-QDA attribute.
 */
export const NAME_MAX_LENGTH = 200;

/** Names longer than this are cut with `…` in messages. */
const SHOWN_LENGTH = 80;

const ZWJ = 0x200d;
const ZWNJ = 0x200c;

/**
 * A name as it can be printed in a message: every character that shows as a blank or nothing
 * (controls, bidirectional controls, zero-width characters, odd spaces) written as ⟨U+XXXX⟩, so a
 * right-to-left override cannot turn the message around and a NUL cannot cut it short.
 */
export function showName(name: string): string {
  const cps = codePoints(name);
  const shown = cps.slice(0, SHOWN_LENGTH).map((cp) => (isHidden(cp) ? `⟨${codePointLabel(cp)}⟩` : String.fromCodePoint(cp)));
  return shown.join('') + (cps.length > SHOWN_LENGTH ? '…' : '');
}

const capital = (kind: NameKind): string => kind.charAt(0).toUpperCase() + kind.slice(1);

/** What is wrong with an NFC-normalised, trimmed, non-empty name; `null` if nothing. */
function problemOf(name: string): { problem: string; details: Record<string, unknown> } | null {
  const cps = codePoints(name);
  for (const [i, cp] of cps.entries()) {
    const what = forbiddenCharacter(cp, cps[i - 1], cps[i + 1]);
    if (what) return { problem: `contains ${what} at position ${i + 1}`, details: { position: i + 1, character: codePointLabel(cp) } };
  }
  if (cps.every(isInvisible)) return { problem: 'has only invisible characters', details: {} };
  if (cps.length > NAME_MAX_LENGTH) {
    return { problem: `is ${cps.length} characters long; a name has at most ${NAME_MAX_LENGTH}`, details: { length: cps.length, max: NAME_MAX_LENGTH } };
  }
  return null;
}

/**
 * Checks a name that a person gave and returns it as it is stored: NFC-normalised and trimmed.
 * `invalid_name` says which rule it breaks and where, e.g.
 * `Code name "Pres⟨U+202E⟩sure" contains a right-to-left override (U+202E) at position 5`
 * (positions count characters from 1, in the trimmed name).
 */
export function checkName(kind: NameKind, raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (name === '') throw new PolyphonyError('invalid_name', `A ${kind} cannot be empty`, { kind });
  const found = problemOf(name);
  if (found) throw new PolyphonyError('invalid_name', `${capital(kind)} "${showName(name)}" ${found.problem}`, { kind, ...found.details });
  return name;
}

/**
 * The visible part of a text, fit to be a name, or `''`: NFC, tabs and line breaks become one
 * space, control and invisible formatting characters, lone surrogates and noncharacters go,
 * zero-width joiners stay only between two letters that need them, trimmed and cut to
 * {@link NAME_MAX_LENGTH} characters. `changes`, when given, collects what was done, in words.
 */
export function stripInvisible(raw: string, changes: string[] = []): string {
  const kept: number[] = [];
  for (const cp of codePoints(raw.normalize('NFC'))) {
    if (isLineBreakOrTab(cp)) {
      changes.push(`${forbiddenCharacter(cp, undefined, undefined) ?? codePointLabel(cp)} replaced by a space`);
      if (kept.at(-1) !== 0x20) kept.push(0x20);
      continue;
    }
    const what = cp === ZWJ || cp === ZWNJ ? null : forbiddenCharacter(cp, undefined, undefined);
    if (what) changes.push(`${what} removed`);
    else kept.push(cp);
  }
  let cps = codePoints(fromCodePoints(kept).trim());
  if (cps.length > NAME_MAX_LENGTH) {
    changes.push(`cut to ${NAME_MAX_LENGTH} characters`);
    cps = cps.slice(0, NAME_MAX_LENGTH);
  }
  // Joiners are judged after cutting: a cut can leave one at the end.
  const joined = cps.filter((cp, i) => {
    const what = cp === ZWJ || cp === ZWNJ ? forbiddenCharacter(cp, cps[i - 1], cps[i + 1]) : null;
    if (what) changes.push(`${what} removed`);
    return what === null;
  });
  // Removing a character between a letter and its accent can leave them uncomposed: NFC again.
  return fromCodePoints(joined).normalize('NFC').trim();
}

/**
 * Repairs a name that another program wrote (a REFI-QDA project, a transcript's file name) with
 * {@link stripInvisible} and returns it as stored. When that changed more than NFC and trimming,
 * a warning for the import report is added to `warnings`. `invalid_name` only when nothing
 * visible is left.
 */
export function cleanName(kind: NameKind, raw: string, warnings?: string[]): string {
  const before = raw.normalize('NFC').trim();
  const changes: string[] = [];
  const name = stripInvisible(raw, changes);
  if (name === '' || codePoints(name).every(isInvisible)) {
    const shown = before === '' ? `A ${kind} is empty` : `${capital(kind)} "${showName(before)}" has nothing visible`;
    throw new PolyphonyError('invalid_name', `${shown} once control and invisible characters are removed`, { kind });
  }
  if (name !== before && warnings) warnings.push(`${capital(kind)} "${showName(before)}" was stored as "${name}" (${summarise(changes)})`);
  return checkName(kind, name);
}

/** The first few distinct changes, in words. */
function summarise(changes: readonly string[]): string {
  const distinct = [...new Set(changes)];
  return distinct.length > 3 ? `${distinct.slice(0, 3).join(', ')}, …` : distinct.join(', ');
}
