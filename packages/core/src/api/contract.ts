import type { Memo, MemoTargetKind, Participant, Perspective, Phase, Relation, Source, Theme, ThemeStatus, Case } from '../model/types.js';
import type { ThemeTable } from '../analysis/theme-table.js';
import type { TriangulationRow } from '../analysis/triangulation.js';
import type {
  CodeDto, CodingDto, LogEntryDto, ProjectInfoDto, SearchHitDto, SourceCodingsDto, SourceSummaryDto, UndoResultDto,
} from './dto.js';
import type { AnalysisApi } from './analysis-contract.js';
import type { ExchangeApi } from './exchange-contract.js';

/** Input of a code change: every field optional except where a route says otherwise. */
export interface CodeFields {
  name: string;
  description?: string;
  color?: string;
  parent?: string | null;
}

/** Input of a theme change. */
export interface ThemeFields {
  name: string;
  definition?: string;
  status?: ThemeStatus;
  perspective?: string | null;
  parent?: string | null;
  relation?: Relation | null;
  note?: string;
  summaries?: Record<string, string>;
}

/**
 * The one HTTP API contract, keyed by `METHOD /path` (path parameters as `:name`). Object keys
 * make every route name unique by construction; the server must implement exactly these keys and
 * the web client can call only these. `input` is the merged path parameters, query and JSON body;
 * the client puts non-path fields in the query for GET/DELETE and in the body otherwise.
 */
export interface ApiContract extends AnalysisApi, ExchangeApi {
  'GET /api/project': { input: Record<string, never>; output: ProjectInfoDto };
  'PUT /api/project/phase': { input: { phase: Phase }; output: ProjectInfoDto };
  'GET /api/perspectives': { input: Record<string, never>; output: Perspective[] };
  'GET /api/cases': { input: Record<string, never>; output: Case[] };
  'GET /api/participants': { input: Record<string, never>; output: Participant[] };
  'GET /api/sources': { input: Record<string, never>; output: SourceSummaryDto[] };
  'GET /api/sources/:id': { input: { id: string }; output: Source };
  'GET /api/sources/:id/codings': { input: { id: string }; output: CodingDto[] };
  /** The source's anchored codings without quotes or context: what the transcript draws. */
  'GET /api/sources/:id/lean-codings': { input: { id: string }; output: SourceCodingsDto };
  'GET /api/codes': { input: Record<string, never>; output: CodeDto[] };
  'POST /api/codes': { input: CodeFields; output: CodeDto };
  'PATCH /api/codes/:id': { input: { id: string } & Partial<CodeFields>; output: CodeDto };
  'DELETE /api/codes/:id': { input: { id: string }; output: { deleted: string } };
  'GET /api/codes/:id/codings': { input: { id: string }; output: CodingDto[] };
  'POST /api/codings': {
    input: { source: string; code: string; start?: number; end?: number; quote?: string; comment?: string };
    output: CodingDto;
  };
  'DELETE /api/codings/:id': { input: { id: string }; output: { deleted: string } };
  'GET /api/themes': { input: Record<string, never>; output: Theme[] };
  'POST /api/themes': { input: ThemeFields; output: Theme };
  'PATCH /api/themes/:id': { input: { id: string } & Partial<ThemeFields>; output: Theme };
  'POST /api/themes/:id/codes': { input: { id: string; code: string }; output: Theme };
  'DELETE /api/themes/:id/codes/:code': { input: { id: string; code: string }; output: Theme };
  'GET /api/memos': { input: { targetKind?: MemoTargetKind; targetId?: string }; output: Memo[] };
  'POST /api/memos': {
    input: { text: string; targetKind?: MemoTargetKind; targetId?: string | null; phase?: Phase | null };
    output: Memo;
  };
  'GET /api/journal': { input: Record<string, never>; output: Memo[] };
  'POST /api/undo': { input: Record<string, never>; output: UndoResultDto };
  'POST /api/redo': { input: Record<string, never>; output: UndoResultDto };
  'GET /api/log': { input: { limit?: number }; output: LogEntryDto[] };
  'GET /api/search': { input: { q: string }; output: SearchHitDto[] };
  'GET /api/theme-table': { input: Record<string, never>; output: ThemeTable };
  'GET /api/triangulation': { input: Record<string, never>; output: TriangulationRow[] };
}

/** A route name of the contract, e.g. `'GET /api/codes'`. */
export type ApiRoute = keyof ApiContract;
/** The input a route takes. */
export type ApiInput<R extends ApiRoute> = ApiContract[R]['input'];
/** The JSON a route answers with on success. */
export type ApiOutput<R extends ApiRoute> = ApiContract[R]['output'];

/** Splits a route name into its method and path pattern. */
export function splitRoute(route: ApiRoute): { method: string; path: string } {
  const space = route.indexOf(' ');
  return { method: route.slice(0, space), path: route.slice(space + 1) };
}

/**
 * Fills `:name` placeholders of a path from `input` (URI-encoded) and returns the remaining
 * fields, which go to the query string or body.
 */
export function fillPath(path: string, input: Record<string, unknown>): { url: string; rest: Record<string, unknown> } {
  const rest: Record<string, unknown> = { ...input };
  const url = path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = rest[name];
    delete rest[name];
    if (value === undefined || value === null) throw new Error(`Missing path parameter "${name}"`);
    return encodeURIComponent(String(value));
  });
  return { url, rest };
}
