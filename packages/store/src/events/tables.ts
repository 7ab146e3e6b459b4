/**
 * The key columns of every table the write layer touches: what identifies a row in an event's
 * before/after copy, so that undo can find it again. Turns are logged with their source.
 */
export const TABLE_KEYS = {
  project: ['id'],
  perspectives: ['id'],
  cases: ['id'],
  participants: ['id'],
  coders: ['id'],
  sources: ['id'],
  codes: ['id'],
  segments: ['id'],
  codings: ['id'],
  memos: ['id'],
  themes: ['id'],
  theme_codes: ['theme_id', 'code_id'],
  theme_exemplars: ['theme_id', 'segment_id'],
  theme_draws_on: ['theme_id', 'draws_on'],
} as const satisfies Record<string, readonly string[]>;

/** A table that the write layer logs row by row. */
export type LoggedTable = keyof typeof TABLE_KEYS;

/** A row as plain column values, the shape stored in `events.before` / `events.after`. */
export type Row = Record<string, string | number | null>;

/**
 * Actions that undo reverts: the analytic decisions. Source imports, participants and
 * withdrawals are data management and are never undone.
 */
export function isAnalyticAction(action: string): boolean {
  return /^(code|coding|segment|memo|theme)\./.test(action) || action.startsWith('project.phase');
}

/** Whether a string names a logged table (for events read back from the log). */
export function isLoggedTable(name: string): name is LoggedTable {
  return Object.hasOwn(TABLE_KEYS, name);
}

/** The redacted form of an event's row copy that held a withdrawn participant's words. */
export const REDACTED = JSON.stringify({ withdrawn: true });
