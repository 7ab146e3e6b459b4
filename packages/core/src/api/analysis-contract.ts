import type { Coding, Segment, Theme } from '../model/types.js';
import type { CodingDto } from './dto.js';

/**
 * The routes of the analysis phases 1–5 that go beyond listing and creating: changing a
 * coding in place, deleting themes, exemplar quotes, a theme's evidence and the orphans left
 * by text edits. Kept apart from `ApiContract` so the phases' routes read as one group; the
 * contract extends this interface, so names stay unique by construction.
 */
export interface AnalysisApi {
  /** Changes a coding's comment and/or moves it to another code (same segment, one undo step). */
  'PATCH /api/codings/:id': { input: { id: string; comment?: string; code?: string }; output: CodingDto };
  'DELETE /api/themes/:id': { input: { id: string }; output: { deleted: string } };
  /** Every coding of the theme's codes with its segment: the evidence a card opens. */
  'GET /api/themes/:id/codings': { input: { id: string }; output: CodingDto[] };
  'POST /api/themes/:id/exemplars': { input: { id: string; segment: string }; output: Theme };
  'DELETE /api/themes/:id/exemplars/:segment': { input: { id: string; segment: string }; output: Theme };
  /** Orphaned segments with the codings they carry (an orphan without codings is still listed). */
  'GET /api/orphans': { input: Record<string, never>; output: OrphanDto[] };
  /** Re-attaches a segment at new offsets or at a quote that occurs once in its source. */
  'POST /api/segments/:id/reattach': { input: { id: string; start?: number; end?: number; quote?: string }; output: Segment };
  'DELETE /api/segments/:id': { input: { id: string }; output: { deleted: string } };
}

/** An orphan for the review screen: the lost segment, its source's name and its codings. */
export interface OrphanDto {
  segment: Segment;
  sourceName: string;
  codings: Coding[];
}
