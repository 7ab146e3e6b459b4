import { buildReport, type Phase, type ReportModel } from '@polyphony/core';

const isPhase = (n: number | null): n is Phase => n !== null && n >= 1 && n <= 6;
import { renderReportDocx, renderReportMarkdown } from '@polyphony/formats';
import type { Project } from '@polyphony/store';

/**
 * Gathers what a report needs from a project — the computed analysis, exemplar quotes with the
 * pseudonym of who said them, and the journal — and builds the report model.
 */
export async function buildProjectReport(project: Project, title?: string): Promise<ReportModel> {
  const [info, data, snap] = await Promise.all([project.info(), project.analysisData(), project.snapshot()]);
  const segments = new Map(snap.segments.map((s) => [s.id, s]));
  const exemplars = snap.themes.flatMap((t) =>
    t.exemplars.flatMap((id) => {
      const seg = segments.get(id);
      // Quotes are cited by pseudonym; an interviewer's words are not evidence of a theme.
      return seg?.participant ? [{ themeId: t.id, quote: seg.exact, participant: seg.participant }] : [];
    }),
  );
  const journal = snap.memos
    .flatMap((m) => (m.targetKind === 'project' && isPhase(m.phase) ? [{ phase: m.phase, at: m.createdAt, author: m.author, text: m.text }] : []));
  return buildReport({ ...data, title: title ?? info.name, phase: info.phase, exemplars, journal });
}

/** Renders a report model as markdown (UTF-8 bytes) or as a Word document. */
export async function writeReport(model: ReportModel, format: 'md' | 'docx'): Promise<Uint8Array> {
  return format === 'md' ? new TextEncoder().encode(renderReportMarkdown(model)) : renderReportDocx(model);
}
