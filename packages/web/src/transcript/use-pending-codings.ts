import type { CodingDto } from '@polyphony/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** A coding the user just applied, shown before the server has answered. */
interface Pending {
  ticket: number;
  dto: CodingDto;
  /** The id the server gave it, once it answered. */
  savedAs: string | null;
  /** How many loads of the server's codings had arrived when it answered. */
  savedAtLoad: number;
}

/** What the workbench does with optimistic codings. */
export interface PendingCodings {
  /** The server's codings with the pending ones added: what the transcript shows. */
  shown: CodingDto[];
  /** Shows a coding at once; returns a ticket for `saved` or `failed`. */
  add(input: { source: string; code: string; start: number; end: number; quote: string }): number;
  /** The server stored it: it stays shown until a load of the server's codings holds it. */
  saved(ticket: number, codingId: string): void;
  /** The server refused it: it disappears (the caller reports why). */
  failed(ticket: number): void;
}

let nextTicket = 1;

/**
 * Optimistic coding: applying a code paints its highlight in the next frame instead of after a
 * round trip and a reload of the transcript's codings (hundreds of milliseconds on a big study).
 * A pending coding is dropped once the server's list contains it, or once a later load lacks it
 * (an undo came first), so the two never show the same coding twice or keep a ghost.
 */
export function usePendingCodings(server: CodingDto[] | undefined): PendingCodings {
  const [pending, setPending] = useState<Pending[]>([]);
  const loads = useRef(0);

  useEffect(() => {
    loads.current += 1;
    const ids = new Set((server ?? []).map((c) => c.coding.id));
    setPending((list) => {
      const kept = list.filter((p) => p.savedAs === null || (!ids.has(p.savedAs) && loads.current - p.savedAtLoad < 2));
      return kept.length === list.length ? list : kept;
    });
  }, [server]);

  const add = useCallback((input: { source: string; code: string; start: number; end: number; quote: string }) => {
    const ticket = nextTicket++;
    const id = `pending-${ticket}`;
    const dto: CodingDto = {
      coding: { id, code: input.code, segment: id, coder: '', comment: '', createdAt: new Date().toISOString() },
      segment: { id, source: input.source, start: input.start, end: input.end, exact: input.quote, prefix: '', suffix: '', revision: 0, status: 'anchored', participant: null },
    };
    setPending((list) => [...list, { ticket, dto, savedAs: null, savedAtLoad: 0 }]);
    return ticket;
  }, []);

  const saved = useCallback((ticket: number, codingId: string) => {
    setPending((list) => list.map((p) => (p.ticket === ticket ? { ...p, savedAs: codingId, savedAtLoad: loads.current } : p)));
  }, []);

  const failed = useCallback((ticket: number) => setPending((list) => list.filter((p) => p.ticket !== ticket)), []);

  const shown = useMemo(() => {
    if (pending.length === 0) return server ?? [];
    const ids = new Set((server ?? []).map((c) => c.coding.id));
    return [...(server ?? []), ...pending.filter((p) => p.savedAs === null || !ids.has(p.savedAs)).map((p) => p.dto)];
  }, [server, pending]);

  return { shown, add, saved, failed };
}
