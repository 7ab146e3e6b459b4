import type { ApiInput, ApiOutput, ApiRoute } from '@polyphony/core';
import { useEffect, useState } from 'react';
import { ApiError, call } from './client.js';

/** The state of one loaded resource. */
export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
}

/**
 * Loads a route and reloads it when `version` (bumped after every change, undo and redo) or the
 * input changes. `skip` leaves it unloaded (e.g. no source chosen yet).
 */
export function useApi<R extends ApiRoute>(route: R, input: ApiInput<R>, version: number, skip = false): Loaded<ApiOutput<R>> {
  const [state, setState] = useState<Loaded<ApiOutput<R>>>({ data: undefined, error: undefined });
  const key = JSON.stringify(input);
  useEffect(() => {
    if (skip) return;
    let live = true;
    call(route, JSON.parse(key) as ApiInput<R>).then(
      (data) => live && setState({ data, error: undefined }),
      (error: unknown) =>
        live && setState((s) => ({ data: s.data, error: error instanceof ApiError ? error : new ApiError(0, 'network', String(error)) })),
    );
    return () => {
      live = false;
    };
  }, [route, key, version, skip]);
  return state;
}
