import type { Coding, Segment } from '@polyphony/core';
import type { StoreCoding } from './project-port.js';

/**
 * What the analysis phases' routes need from a project beyond `ProjectPort`'s basics: changing
 * codings in place, deleting themes, exemplars and orphans. `ProjectPort` extends this, so the
 * store adapter must provide all of it.
 */
export interface AnalysisPort {
  setCodingComment(codingId: string, comment: string): Promise<Coding>;
  /** Moves a coding to another code on the same segment, as one undoable step. */
  recode(codingId: string, code: string): Promise<StoreCoding>;
  deleteTheme(themeId: string): Promise<unknown>;
  addExemplar(themeId: string, segmentId: string): Promise<unknown>;
  removeExemplar(themeId: string, segmentId: string): Promise<unknown>;
  listOrphans(): Promise<Segment[]>;
  reattachSegment(segmentId: string, target: { start: number; end: number } | { quote: string }): Promise<Segment>;
  deleteSegment(segmentId: string): Promise<unknown>;
}
