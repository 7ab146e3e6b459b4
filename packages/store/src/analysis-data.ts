import type { AnalysisData } from '@polyphony/core';
import type Database from 'better-sqlite3';
import type { Q } from './db/schema.js';
import { listCodes } from './codes/codes.js';
import { listCases, listParticipants, listPerspectives } from './participants.js';
import { analysisColumns } from './sqlite/analysis-rows.js';
import { listThemes } from './themes/themes.js';

/**
 * The lean view every computed output works from (theme table, triangulation, matrices). Call it
 * inside a transaction (`q` its handle) so that codes, themes, segments and codings all come from
 * one state of the file: the columns are read by separate statements.
 */
export async function analysisData(q: Q, sqlite: Database.Database): Promise<AnalysisData> {
  return {
    perspectives: await listPerspectives(q),
    cases: await listCases(q),
    participants: await listParticipants(q),
    codes: await listCodes(q),
    themes: await listThemes(q),
    ...analysisColumns(sqlite),
  };
}

/** A copy of the arrays of `data` (not of the objects in them), so a caller can sort or push freely. */
export function copyAnalysisData(d: AnalysisData): AnalysisData {
  return {
    perspectives: [...d.perspectives], cases: [...d.cases], participants: [...d.participants], codes: [...d.codes], themes: [...d.themes],
    segments: { id: [...d.segments.id], participant: [...d.segments.participant], source: [...d.segments.source] },
    codings: { segment: [...d.codings.segment], code: [...d.codings.code], coder: [...d.codings.coder] },
  };
}
