import type { Case, Code, Coding, Memo, MemoTargetKind, Participant, ParticipantStatus, Perspective, Segment, SegmentStatus, Source, SourceKind, Turn } from '@polyphony/core';
import type { CodeTable, CodingTable, MemoTable, ParticipantTable, SegmentTable, SourceTable, TurnTable } from './schema.js';

/** Mappers from database rows (snake_case, JSON text, 0/1 flags) to the core model. */

/** Parses a JSON object of strings stored in a text column. */
export function parseStringRecord(json: string): Record<string, string> {
  const v: unknown = JSON.parse(json);
  const out: Record<string, string> = {};
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/** Perspective row → model. */
export const toPerspective = (r: Perspective): Perspective => ({ id: r.id, label: r.label, sort: r.sort });
/** Case row → model. */
export const toCase = (r: Case): Case => ({ id: r.id, label: r.label });

/** Participant row → model. */
export function toParticipant(r: ParticipantTable): Participant {
  return { id: r.id, perspective: r.perspective, case: r.case_id, attributes: parseStringRecord(r.attributes), status: r.status as ParticipantStatus };
}

/** Turn row → model. */
export function toTurn(r: TurnTable): Turn {
  return {
    seq: r.seq, speaker: r.speaker, participant: r.participant, isInterviewer: r.is_interviewer === 1,
    start: r.start_pos, end: r.end_pos, textStart: r.text_start, startMs: r.start_ms, endMs: r.end_ms,
  };
}

/** Source row + turns → model. */
export function toSource(r: SourceTable, turns: Turn[]): Source {
  return {
    id: r.id, name: r.name, kind: r.kind as SourceKind, participant: r.participant, text: r.text, revision: r.revision,
    turns, format: r.format, createdAt: r.created_at,
  };
}

/** Code row → model. */
export function toCode(r: CodeTable): Code {
  return { id: r.id, name: r.name, description: r.description, color: r.color, parent: r.parent, createdBy: r.created_by, createdAt: r.created_at };
}

/** Segment row → model. */
export function toSegment(r: SegmentTable): Segment {
  return {
    id: r.id, source: r.source_id, start: r.start_pos, end: r.end_pos, exact: r.exact, prefix: r.prefix, suffix: r.suffix,
    revision: r.revision, status: r.status as SegmentStatus, participant: r.participant,
  };
}

/** Coding row → model. */
export function toCoding(r: CodingTable): Coding {
  return { id: r.id, code: r.code_id, segment: r.segment_id, coder: r.coder, comment: r.comment, createdAt: r.created_at };
}

/** Memo row → model. */
export function toMemo(r: MemoTable): Memo {
  return { id: r.id, targetKind: r.target_kind as MemoTargetKind, targetId: r.target_id, author: r.author, createdAt: r.created_at, text: r.text, phase: r.phase };
}
