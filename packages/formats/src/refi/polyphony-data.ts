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
 * Nothing of the note is trusted: every entry is rebuilt field by field from values of the
 * right type, and an entry with a wrong one is left out (`damaged` says whether any was), so
 * that a hand-edited or hostile note can only lose data, never put a list where a text belongs.
 */
export function parseProjectData(text: string): (PolyphonyProjectData & { damaged: boolean }) | null {
  const value = parseJson(text);
  if (!isRecord(value) || value.format !== POLYPHONY_DATA_FORMAT || typeof value.projectId !== 'string') return null;
  let damaged = false;
  /** The entries of a record (or the items of a list) that `read` can rebuild. */
  const entries = <T>(raw: unknown, read: (v: Record<string, unknown>) => T | null): [string, T][] => {
    const out: [string, T][] = [];
    if (!isRecord(raw) && !Array.isArray(raw)) {
      damaged ||= raw !== undefined;
      return out;
    }
    for (const [key, v] of Object.entries(raw)) {
      const item = isRecord(v) ? read(v) : null;
      if (item === null) damaged = true;
      else out.push([key, item]);
    }
    return out;
  };
  const record = <T>(raw: unknown, read: (v: Record<string, unknown>) => T | null): Record<string, T> => Object.fromEntries(entries(raw, read));
  const list = <T>(raw: unknown, read: (v: Record<string, unknown>) => T | null): T[] => {
    if (Array.isArray(raw)) return entries(raw, read).map(([, v]) => v);
    damaged = true;
    return [];
  };
  const ids: Record<string, string> = {};
  for (const [key, id] of Object.entries(isRecord(value.ids) ? value.ids : {})) {
    if (typeof id === 'string' && id !== '') ids[key] = id;
    else damaged = true;
  }
  const data: PolyphonyProjectData = {
    format: POLYPHONY_DATA_FORMAT,
    projectId: value.projectId,
    phase: typeof value.phase === 'number' ? value.phase : 1,
    ids,
    perspectives: list(value.perspectives, (v) => (text0(v.id) && typeof v.label === 'string' && isCount(v.sort) ? { id: v.id, label: v.label, sort: v.sort } : null)),
    cases: list(value.cases, (v) => (text0(v.id) && typeof v.label === 'string' ? { id: v.id, label: v.label } : null)),
    variables: record(value.variables, (v) => (isRole(v.role) && typeof v.key === 'string' ? { role: v.role, key: v.key } : null)),
    sources: record(value.sources, (v) =>
      isSourceKind(v.kind) && isNullableText(v.participant) && typeof v.format === 'string' && isRevision(v.revision) && Array.isArray(v.turns) && v.turns.every(isTurn)
        ? { kind: v.kind, participant: v.participant, format: v.format, revision: v.revision, turns: v.turns.map(copyTurn) }
        : null,
    ),
    codes: record(value.codes, (v) => (typeof v.createdBy === 'string' && typeof v.createdAt === 'string' ? { createdBy: v.createdBy, createdAt: v.createdAt } : null)),
    segments: record(value.segments, (v) =>
      isRevision(v.revision) && (v.status === 'anchored' || v.status === 'orphan') && isNullableText(v.participant) ? { revision: v.revision, status: v.status, participant: v.participant } : null,
    ),
    codings: record(value.codings, (v) => (typeof v.comment === 'string' ? { comment: v.comment } : null)),
    memos: record(value.memos, (v) => (isMemoTarget(v.targetKind) && (v.phase === null || isPhaseNumber(v.phase)) ? { targetKind: v.targetKind, phase: v.phase } : null)),
  };
  return { ...data, damaged };
}

const text0 = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isNullableText = (v: unknown): v is string | null => v === null || text0(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isRevision = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const isPhaseNumber = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6;
const isRole = (v: unknown): v is VariableRole => v === 'perspective' || v === 'case' || v === 'status' || v === 'attribute';
const isSourceKind = (v: unknown): v is SourceKind => v === 'interview' || v === 'meeting' || v === 'check-in' || v === 'field-note' || v === 'document';
const isMemoTarget = (v: unknown): v is MemoTargetKind => v === 'project' || v === 'source' || v === 'code' || v === 'theme' || v === 'coding';
const isTime = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

function isTurn(v: unknown): v is Turn {
  return isRecord(v) && isCount(v.seq) && typeof v.speaker === 'string' && isNullableText(v.participant) && typeof v.isInterviewer === 'boolean' &&
    isCount(v.start) && isCount(v.end) && isCount(v.textStart) && isTime(v.startMs) && isTime(v.endMs);
}

function copyTurn(t: Turn): Turn {
  return { seq: t.seq, speaker: t.speaker, participant: t.participant, isInterviewer: t.isInterviewer, start: t.start, end: t.end, textStart: t.textStart, startMs: t.startMs, endMs: t.endMs };
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
