import type { CodingDto, SourceCodingDto, SourceCodingsDto } from '@polyphony/core';

/** The lean form of a coding the server answered with (POST/PATCH give the full form). */
export function toLean(dto: CodingDto): SourceCodingDto {
  const lean: SourceCodingDto = { id: dto.coding.id, segment: dto.segment.id, code: dto.coding.code, coder: dto.coding.coder, start: dto.segment.start, end: dto.segment.end };
  if (dto.coding.comment) lean.comment = dto.coding.comment;
  return lean;
}

/** A change made here, applied to the list at once instead of reading the source's codings again. */
export type CodingChange =
  | { kind: 'add'; coding: SourceCodingDto }
  | { kind: 'replace'; id: string; coding: SourceCodingDto }
  | { kind: 'remove'; id: string }
  | { kind: 'update'; coding: SourceCodingDto };

/** Ids of codings shown before the server answered; they never come from the server. */
export const PENDING_PREFIX = 'pending-';

/**
 * Applies one local change. Unchanged entries keep their identity, so the transcript's per-turn
 * lists stay equal and only the turns a change touches render again.
 */
export function applyChange(list: readonly SourceCodingDto[], change: CodingChange): SourceCodingDto[] {
  switch (change.kind) {
    case 'add':
      return list.some((c) => c.id === change.coding.id) ? [...list] : [...list, change.coding];
    case 'replace': {
      // The server's coding may already be in the list (a load arrived first): then only drop the stand-in.
      const known = list.some((c) => c.id === change.coding.id);
      return list.flatMap((c) => (c.id === change.id ? (known ? [] : [change.coding]) : [c]));
    }
    case 'remove':
      return list.filter((c) => c.id !== change.id);
    case 'update':
      return list.map((c) => (c.id === change.coding.id ? change.coding : c));
  }
}

/**
 * A fresh load from the server with the codings still waiting for the server's answer laid on
 * top, so that a load that crosses a coding in flight never makes its highlight blink away.
 */
export function mergeLoaded(loaded: SourceCodingsDto, current: readonly SourceCodingDto[] | undefined): SourceCodingDto[] {
  const waiting = (current ?? []).filter((c) => c.id.startsWith(PENDING_PREFIX));
  return waiting.length === 0 ? loaded.codings : [...loaded.codings, ...waiting];
}
