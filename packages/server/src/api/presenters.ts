import {
  themeTable, triangulation, type AnalysisData, type Code, type CodeDto, type Participant, type ProjectInfoDto,
  type Source, type SourceCodingDto, type SourceCodingsDto, type SourceSummaryDto,
} from '@polyphony/core';
import type { ProjectPort, StoreCoding } from '../project-port.js';

/**
 * Adds usage counts to codes: codings overall and per perspective of the coded participant,
 * in one pass over the analysis data (the code tree shows these beside every code).
 */
export function presentCodes(codes: Code[], data: AnalysisData): CodeDto[] {
  const perspectiveOf = new Map(data.participants.map((p) => [p.id, p.perspective]));
  const usage = new Map<string, { codings: number; byPerspective: Record<string, number> }>();
  for (const code of codes) usage.set(code.id, { codings: 0, byPerspective: {} });
  data.codings.code.forEach((codeId, i) => {
    const u = usage.get(codeId);
    if (!u) return;
    u.codings += 1;
    const participant = data.segments.participant[data.codings.segment[i] ?? -1] ?? null;
    const perspective = participant === null ? null : perspectiveOf.get(participant) ?? null;
    if (perspective !== null) u.byPerspective[perspective] = (u.byPerspective[perspective] ?? 0) + 1;
  });
  return codes.map((c) => ({ ...c, ...(usage.get(c.id) ?? { codings: 0, byPerspective: {} }) }));
}

/**
 * A source's codings for the transcript: anchored ones only (an orphan's offsets point at text
 * that is gone), with offsets, code and coder, and the comment only when there is one.
 */
export function presentSourceCodings(source: Source, list: readonly StoreCoding[]): SourceCodingsDto {
  const codings: SourceCodingDto[] = [];
  for (const { coding, segment } of list) {
    if (segment.status !== 'anchored' || segment.source !== source.id) continue;
    const lean: SourceCodingDto = { id: coding.id, segment: segment.id, code: coding.code, coder: coding.coder, start: segment.start, end: segment.end };
    if (coding.comment) lean.comment = coding.comment;
    codings.push(lean);
  }
  return { source: source.id, revision: source.revision, codings };
}

/** A source for the sources pane: no text, with its participant's perspective and case. */
export function presentSource(source: Source, participants: ReadonlyMap<string, Participant>): SourceSummaryDto {
  const who = source.participant === null ? undefined : participants.get(source.participant);
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    participant: source.participant,
    perspective: who?.perspective ?? null,
    case: who?.case ?? null,
    length: source.text.length,
    turns: source.turns.length,
  };
}

/** The header's project info with the sizes the sources pane and status line show. */
export async function presentInfo(project: ProjectPort): Promise<ProjectInfoDto> {
  const info = await project.info();
  const c = info.counts ?? {};
  return {
    name: info.name,
    phase: info.phase,
    counts: { sources: c.sources ?? 0, participants: c.participants ?? 0, codes: c.codes ?? 0, codings: c.codings ?? 0, themes: c.themes ?? 0 },
  };
}

/** The computed outputs, always from fresh analysis data (never cached: undo must show at once). */
export async function computeTable(project: ProjectPort) {
  return themeTable(await project.analysisData());
}

/** See `computeTable`. */
export async function computeTriangulation(project: ProjectPort) {
  return triangulation(await project.analysisData());
}
