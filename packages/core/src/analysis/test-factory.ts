import type { Code, Participant, Perspective, Theme } from '../model/types.js';
import type { AnalysisData } from './analysis-data.js';

/**
 * Test-only builders (not exported from the package): small studies written as plain rows, so that
 * each test states exactly the data it asserts on.
 */

/** A coded segment as a test writes it: who said it and which codes it carries. */
export interface TestSegment {
  id?: string;
  participant: string | null;
  codes: string[];
  source?: string;
  /** One coder per code by default; give several to simulate two coders on one code. */
  coders?: string[];
}

/** Builds a perspective. */
export function perspective(id: string, label: string, sort: number): Perspective {
  return { id, label, sort };
}

/** Builds an active participant; `case` and attributes are optional. */
export function participant(id: string, perspective: string | null, over: Partial<Participant> = {}): Participant {
  return { id, perspective, case: null, attributes: {}, status: 'active', ...over };
}

/** Builds a code whose id and name are the same (tests refer to codes by name). */
export function code(name: string, over: Partial<Code> = {}): Code {
  return { id: name, name, description: '', color: '#000000', parent: null, createdBy: 'test', createdAt: '2024-01-01T00:00:00Z', ...over };
}

/** Builds a theme whose id is its name unless given. */
export function theme(name: string, perspective: string | null, codes: string[], over: Partial<Theme> = {}): Theme {
  return {
    id: name, name, definition: `${name} defined`, status: 'candidate', perspective, parent: null, codes,
    exemplars: [], relation: null, note: '', summaries: {}, drawsOn: [], sort: 0, ...over,
  };
}

/** Turns test segments into the column arrays of `AnalysisData`. */
export function columns(segments: TestSegment[]): Pick<AnalysisData, 'segments' | 'codings'> {
  const out: Pick<AnalysisData, 'segments' | 'codings'> = {
    segments: { id: [], participant: [], source: [] },
    codings: { segment: [], code: [], coder: [] },
  };
  segments.forEach((s, i) => {
    out.segments.id.push(s.id ?? `seg${i}`);
    out.segments.participant.push(s.participant);
    out.segments.source.push(s.source ?? `src-${s.participant ?? 'group'}`);
    for (const c of s.codes) {
      for (const coder of s.coders ?? ['c1']) {
        out.codings.segment.push(i);
        out.codings.code.push(c);
        out.codings.coder.push(coder);
      }
    }
  });
  return out;
}

/** Builds an empty study with the given parts filled in; `segments` rows become the columns. */
export function buildAnalysisData(over: Partial<Omit<AnalysisData, 'segments' | 'codings'>> & { segments?: TestSegment[] } = {}): AnalysisData {
  const { segments = [], ...rest } = over;
  return { perspectives: [], cases: [], participants: [], codes: [], themes: [], ...rest, ...columns(segments) };
}
