import { isPolyphonyError, type PolyphonyError } from '@polyphony/core';

/** Runs `run` and returns the PolyphonyError it throws; fails the test if it throws none. */
export function errorOf(run: () => unknown): PolyphonyError {
  try {
    run();
  } catch (e) {
    if (isPolyphonyError(e)) return e;
    throw e;
  }
  throw new Error('expected a PolyphonyError');
}
