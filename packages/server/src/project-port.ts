import type {
  AnalysisData, Case, Code, Coding, Memo, MemoTargetKind, Participant, Perspective, Phase, Segment, Source, Theme,
} from '@polyphony/core';
import type { AnalysisPort } from './analysis-port.js';
import type { ExchangePort } from './exchange-port.js';

/** A coding as the store lists it: the coding, its segment and the code id. */
export interface StoreCoding {
  coding: Coding;
  segment: Segment;
}

/**
 * What the server needs from an open project. The store's `Project` satisfies it; naming the
 * subset here keeps the HTTP layer honest about what it touches and lets the server's types
 * say exactly where the store is used.
 */
export interface ProjectPort extends AnalysisPort, ExchangePort {
  info(): Promise<{ name: string; phase: Phase; counts?: Partial<Record<'sources' | 'participants' | 'codes' | 'codings' | 'themes', number>> }>;
  setPhase(phase: Phase): Promise<unknown>;
  listPerspectives(): Promise<Perspective[]>;
  listParticipants(): Promise<Participant[]>;
  listSources(): Promise<Source[]>;
  getSource(idOrName: string): Promise<Source>;
  listCodes(): Promise<Code[]>;
  getCode(idOrName: string): Promise<Code>;
  createCode(input: { name: string; description?: string; color?: string; parent?: string | null }): Promise<Code>;
  updateCode(id: string, patch: { name?: string; description?: string; color?: string; parent?: string | null }): Promise<Code>;
  deleteCode(id: string): Promise<unknown>;
  code(input: { source: string; code: string; start?: number; end?: number; quote?: string; comment?: string }): Promise<StoreCoding>;
  uncode(codingId: string): Promise<unknown>;
  listCodings(filter?: { source?: string; code?: string }): Promise<StoreCoding[]>;
  listThemes(): Promise<Theme[]>;
  createTheme(input: Partial<Theme> & { name: string }): Promise<Theme>;
  updateTheme(id: string, patch: Partial<Theme>): Promise<Theme>;
  addThemeCode(themeId: string, codeId: string): Promise<unknown>;
  removeThemeCode(themeId: string, codeId: string): Promise<unknown>;
  addMemo(input: { text: string; targetKind?: MemoTargetKind; targetId?: string | null; phase?: Phase | null }): Promise<Memo>;
  listMemos(filter?: { targetKind?: MemoTargetKind; targetId?: string }): Promise<Memo[]>;
  undo(): Promise<{ action: string }>;
  redo(): Promise<{ action: string }>;
  log(opts: { limit?: number }): Promise<{ id: string | number; at: string; actor: string; action: string; entity?: string; entityId?: string }[]>;
  search(q: string): Promise<{ source: string; start: number; end: number; snippet?: string }[]>;
  analysisData(): Promise<AnalysisData>;
  listCases?(): Promise<Case[]>;
}
