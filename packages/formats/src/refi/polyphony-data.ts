import type { Case, MemoTargetKind, Perspective, Relation, SegmentStatus, SourceKind, ThemeStatus, Turn } from '@polyphony/core';

/**
 * What Polyphony needs for an exact round trip and REFI-QDA cannot hold, written as JSON in one
 * project Note named {@link POLYPHONY_NOTE_NAME}. Keys are GUIDs as exported. Other tools show the
 * note as an ordinary memo; our importer reads it and never imports it as a memo. Everything a
 * REFI element already carries (names, texts, positions, code tree, authors, dates) is read from
 * the element, so edits made in another tool win over this note.
 */
export interface PolyphonyProjectData {
  format: typeof POLYPHONY_DATA_FORMAT;
  projectId: string;
  phase: number;
  /** Our id for every GUID that was derived from an id (absent: the GUID is the id). */
  ids: Record<string, string>;
  perspectives: Perspective[];
  cases: Case[];
  /** Variable GUID → what the variable means to us. */
  variables: Record<string, { role: VariableRole; key: string }>;
  sources: Record<string, { kind: SourceKind; participant: string | null; format: string; revision: number; turns: Turn[] }>;
  codes: Record<string, { createdBy: string; createdAt: string }>;
  segments: Record<string, { revision: number; status: SegmentStatus; participant: string | null }>;
  codings: Record<string, { comment: string }>;
  memos: Record<string, { targetKind: MemoTargetKind; phase: number | null }>;
}

/** How a participant's Variable is read back. */
export type VariableRole = 'perspective' | 'case' | 'status' | 'attribute';

/** Format tag of {@link PolyphonyProjectData}; a change of meaning gets a new tag. */
export const POLYPHONY_DATA_FORMAT = 'polyphony-refi/1';
/** Name of the Note that carries {@link PolyphonyProjectData}. */
export const POLYPHONY_NOTE_NAME = 'Polyphony project data';

/**
 * Theme data carried in the Description of the theme's Set (so it travels in .qdc codebooks too,
 * which have no notes). Name, definition, parent and codes are read from the REFI elements.
 */
export interface ThemeMarker {
  id: string;
  /** GUID of the theme's non-codable code. */
  code: string;
  /** GUID of the non-codable "Themes" code that holds the theme codes. */
  container: string;
  status: ThemeStatus;
  perspective: string | null;
  relation: Relation | null;
  note: string;
  summaries: Record<string, string>;
  drawsOn: string[];
  exemplars: string[];
  sort: number;
}

/** Opening of a Set Description that carries a {@link ThemeMarker}. */
export const THEME_MARKER_PREFIX = 'Polyphony theme (kept for re-import, please do not edit): ';

/** Reads a theme marker from a Set Description, or null when the set is not one of ours. */
export function parseThemeMarker(description: string): ThemeMarker | null {
  const at = description.indexOf(THEME_MARKER_PREFIX);
  if (at < 0) return null;
  const value = parseJson(description.slice(at + THEME_MARKER_PREFIX.length));
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.code !== 'string') return null;
  return {
    id: value.id,
    code: value.code,
    container: typeof value.container === 'string' ? value.container : '',
    status: value.status === 'reviewed' || value.status === 'defined' ? value.status : 'candidate',
    perspective: typeof value.perspective === 'string' ? value.perspective : null,
    relation: isRelation(value.relation) ? value.relation : null,
    note: typeof value.note === 'string' ? value.note : '',
    summaries: stringRecord(value.summaries),
    drawsOn: stringArray(value.drawsOn),
    exemplars: stringArray(value.exemplars),
    sort: typeof value.sort === 'number' ? value.sort : 0,
  };
}

/**
 * Reads the project data note. Returns null for anything that is not our format (a user may
 * have edited it in another tool); the caller then falls back to what REFI holds and warns.
 */
export function parseProjectData(text: string): PolyphonyProjectData | null {
  const value = parseJson(text);
  if (!isRecord(value) || value.format !== POLYPHONY_DATA_FORMAT || typeof value.projectId !== 'string') return null;
  const records = ['ids', 'variables', 'sources', 'codes', 'segments', 'codings', 'memos'] as const;
  if (!records.every((key) => isRecord(value[key])) || !Array.isArray(value.perspectives) || !Array.isArray(value.cases)) {
    return null;
  }
  // The shape was written by exportQdpx; the checks above catch hand edits and truncation.
  return value as unknown as PolyphonyProjectData;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRelation(value: unknown): value is Relation {
  return value === 'convergent' || value === 'divergent' || value === 'complementary' || value === 'silent';
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
