import type { CodeDto, Perspective } from '@polyphony/core';

/** How `run` reloads after a change. */
export interface RunOptions {
  /** The change was already applied to the open source's codings: do not read them again. */
  codingsUpToDate?: boolean;
}

/** What the phase screens 3–5 get from the workbench: shared data, navigation and `run`. */
export interface ScreenProps {
  /** Bumped after every change; screens reload their own data with it. */
  version: number;
  /** Runs an API change, shows its message (or the error) and reloads. */
  run(action: () => Promise<string | void>, opts?: RunOptions): Promise<void>;
  perspectives: Perspective[];
  codes: CodeDto[];
  colorOf(perspective: string | null): string;
  sourceName(id: string): string;
  /** Opens a source at a segment (a history entry) and flashes the segment. */
  openSegment(source: string, start: number, end: number): void;
  /** Opens the review screen at a theme (and code). */
  openReview(theme: string | null, code: string | null): void;
}
