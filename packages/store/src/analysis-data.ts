import type { AnalysisData } from '@polyphony/core';
import type Database from 'better-sqlite3';
import type { Q } from './db/schema.js';
import { listCodes } from './codes/codes.js';
import { listCases, listParticipants, listPerspectives } from './participants.js';
import { analysisColumns } from './sqlite/analysis-rows.js';
import { listThemes } from './themes/themes.js';

/** The lean view every computed output works from (theme table, triangulation, matrices). */
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
