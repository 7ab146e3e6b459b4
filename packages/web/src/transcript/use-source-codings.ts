import type { SourceCodingDto } from '@polyphony/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call } from '../api/client.js';
import { applyChange, mergeLoaded, PENDING_PREFIX, type CodingChange } from './source-codings.js';

/** The open source's codings as the workbench holds them, and how they change. */
export interface SourceCodings {
  /** What the transcript shows: the last load with local changes applied (undefined while loading). */
  list: SourceCodingDto[] | undefined;
  /** The text revision of the last load: a different one from the text held means read the text again. */
  revision: number | undefined;
  error: ApiError | undefined;
  /** Shows a coding at once, before the server answers; returns a ticket for `saved` or `failed`. */
  begin(input: { code: string; start: number; end: number }): number;
  /** The server stored it: its own coding takes the stand-in's place. */
  saved(ticket: number, coding: SourceCodingDto): void;
  /** The server refused it: the stand-in disappears (the caller reports why). */
  failed(ticket: number): void;
  /** A change the server confirmed (removed, recoded, commented). */
  apply(change: CodingChange): void;
}

let nextTicket = 1;
const pendingId = (ticket: number) => `${PENDING_PREFIX}${ticket}`;

/**
 * Loads the lean codings of one source (offsets, code, coder; no quotes) when the source opens
 * and when `version` says something else changed them (undo, redo, a code deleted). Changes made
 * in the transcript are applied locally, so applying a code never reads 5,000 codings again. A
 * load that started before a local change is thrown away and read again, so it cannot undo it.
 */
export function useSourceCodings(sourceId: string | null, version: number): SourceCodings {
  const [state, setState] = useState<{ source: string | null; list: SourceCodingDto[] | undefined; revision: number | undefined; error: ApiError | undefined }>({
    source: null, list: undefined, revision: undefined, error: undefined,
  });
  const [retry, setRetry] = useState(0);
  const edits = useRef(0);

  useEffect(() => {
    if (sourceId === null) return;
    let live = true;
    const startedAt = edits.current;
    call('GET /api/sources/:id/lean-codings', { id: sourceId }).then(
      (loaded) => {
        if (!live) return;
        if (edits.current !== startedAt) return setRetry((n) => n + 1);
        setState((s) => ({ source: sourceId, list: mergeLoaded(loaded, s.source === sourceId ? s.list : undefined), revision: loaded.revision, error: undefined }));
      },
      (e: unknown) => live && setState((s) => ({ ...s, error: e instanceof ApiError ? e : new ApiError(0, 'network', String(e)) })),
    );
    return () => {
      live = false;
    };
  }, [sourceId, version, retry]);

  const change = useCallback((c: CodingChange) => {
    edits.current += 1;
    setState((s) => (s.list ? { ...s, list: applyChange(s.list, c) } : s));
  }, []);
  const begin = useCallback(
    (input: { code: string; start: number; end: number }) => {
      const ticket = nextTicket++;
      const id = pendingId(ticket);
      change({ kind: 'add', coding: { id, segment: id, code: input.code, coder: '', start: input.start, end: input.end } });
      return ticket;
    },
    [change],
  );
  const saved = useCallback((ticket: number, coding: SourceCodingDto) => change({ kind: 'replace', id: pendingId(ticket), coding }), [change]);
  const failed = useCallback((ticket: number) => change({ kind: 'remove', id: pendingId(ticket) }), [change]);

  const current = state.source === sourceId;
  return { list: current ? state.list : undefined, revision: current ? state.revision : undefined, error: current ? state.error : undefined, begin, saved, failed, apply: change };
}
