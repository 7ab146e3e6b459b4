import {
  isPolyphonyError,
  locateQuote,
  parseAnalysisFile,
  PolyphonyError,
  shortQuote,
  type AnalysisFile,
  type AnalysisFileProblem,
  type Source,
} from '@polyphony/core';
import type { Project } from '@polyphony/store';
import { parentsFirst } from './parents-first.js';
import { parseInThisThread, type InputFile, type Parser } from './parse-input.js';

/** A problem with one item of an analysis file. */
export interface ApplyProblem {
  item: string;
  message: string;
}

/** What `apply` created or found already in place. */
export interface ApplySummary {
  perspectives: number;
  codes: { created: number; updated: number };
  codings: { created: number; existing: number };
  themes: { created: number; updated: number };
  triangulation: number;
}

/**
 * Applies an analysis file (codes, codings by quote, themes, triangulation) in one transaction:
 * all or nothing. Every problem is collected and reported by item before anything is kept, so a
 * team can fix the file in one pass. Applying the same file twice changes nothing the second time,
 * which lets a team re-apply its analysis to corrected transcripts.
 */
export async function applyAnalysis(project: Project, json: unknown, coder: string): Promise<ApplySummary> {
  return applyParsed(project, parseAnalysisFile(json), coder);
}

/**
 * Applies an analysis file given as bytes (UTF-8 JSON), read by `parser` (default: in this
 * thread) within the analysis file's limits: `file_too_large`, `nesting_too_deep` and
 * `parse_error` name the file and change nothing; otherwise as {@link applyAnalysis}.
 */
export async function applyAnalysisFile(project: Project, input: InputFile, coder: string, parser: Parser = parseInThisThread): Promise<ApplySummary> {
  return applyParsed(project, await parser('analysis', input), coder);
}

async function applyParsed(project: Project, parsed: { file: AnalysisFile; problems: AnalysisFileProblem[] }, coder: string): Promise<ApplySummary> {
  const { file, problems: shapeProblems } = parsed;
  if (shapeProblems.length) throw invalid(shapeProblems);

  const problems: ApplyProblem[] = [];
  const summary: ApplySummary = {
    perspectives: 0,
    codes: { created: 0, updated: 0 },
    codings: { created: 0, existing: 0 },
    themes: { created: 0, updated: 0 },
    triangulation: 0,
  };

  await project.transaction(async () => {
    const known = new Map((await project.listPerspectives()).map((p) => [p.id, p]));
    await project.upsertPerspectives(
      file.perspectives.map((p, i) => ({ id: p.id, label: p.label, sort: known.get(p.id)?.sort ?? i })),
    );
    summary.perspectives = file.perspectives.length;

    // Codes: parents first (whatever the file's order) so that a child finds its parent by name.
    const codes = new Map((await project.listCodes()).map((c) => [c.name, c]));
    const ordered = parentsFirst(file.codes.map((c) => ({ ...c, id: c.name, parent: c.parent ?? null })));
    for (const c of ordered) {
      const parent = c.parent ? codes.get(c.parent)?.id ?? null : null;
      const have = codes.get(c.name);
      if (have) {
        if (have.description !== (c.description ?? '') || (c.color && have.color !== c.color) || have.parent !== parent) {
          codes.set(c.name, await project.updateCode(have.id, { description: c.description ?? '', ...(c.color ? { color: c.color } : {}), parent }));
          summary.codes.updated++;
        }
      } else {
        codes.set(c.name, await project.createCode({ name: c.name, description: c.description ?? '', color: c.color, parent }));
        summary.codes.created++;
      }
    }

    // Codings: each quote is searched only in the turns of its participant.
    const sources = await project.listSources();
    const textCache = new Map<string, Source>();
    const sourceOf = async (id: string) => {
      let s = textCache.get(id);
      if (!s) {
        s = await project.getSource(id);
        textCache.set(id, s);
      }
      return s;
    };
    for (const [i, c] of file.codings.entries()) {
      const item = `codings[${i}] (${c.participant}, "${c.code}")`;
      const candidates = c.source
        ? sources.filter((s) => s.name === c.source || s.id === c.source)
        : sources.filter((s) => s.participant === c.participant);
      if (!candidates.length) {
        problems.push({ item, message: c.source ? `unknown source "${c.source}"` : `no source for participant ${c.participant}` });
        continue;
      }
      let placed: { source: Source; start: number; end: number } | null = null;
      let firstError: unknown = null;
      for (const cand of candidates) {
        const source = await sourceOf(cand.id);
        const ranges = source.turns.filter((t) => t.participant === c.participant).map((t) => [t.textStart, t.end] as [number, number]);
        try {
          const hit = locateQuote(source.text, c.quote, { ranges });
          placed = { source, ...hit };
          break;
        } catch (e) {
          if (!isPolyphonyError(e)) throw e;
          firstError ??= e;
        }
      }
      if (!placed) {
        problems.push({ item, message: isPolyphonyError(firstError) ? firstError.message : 'quote not found' });
        continue;
      }
      const code = codes.get(c.code);
      if (!code) {
        problems.push({ item, message: `unknown code "${c.code}"` });
        continue;
      }
      try {
        await project.code({ source: placed.source.id, code: code.id, coder: c.coder ?? coder, comment: c.comment, start: placed.start, end: placed.end });
        summary.codings.created++;
      } catch (e) {
        // The same coding is already there: applying a file twice changes nothing.
        if (isPolyphonyError(e) && e.code === 'already_exists') summary.codings.existing++;
        else throw e;
      }
    }

    // Themes in the file's order (which becomes their display order); a subtheme listed before
    // its main theme gets its parent in a second pass.
    const themes = new Map((await project.listThemes()).map((t) => [t.name, t]));
    const unresolved: { name: string; id: string; parent: string }[] = [];
    for (const t of file.themes) {
      const parent = t.parent ? themes.get(t.parent)?.id : null;
      const fields = {
        definition: t.definition,
        perspective: t.perspective,
        parent: parent ?? null,
        codes: t.codes.map((n) => codes.get(n)?.id).filter((x): x is string => Boolean(x)),
        ...(t.status ? { status: t.status } : {}),
      };
      const have = themes.get(t.name);
      const saved = have ? await project.updateTheme(have.id, fields) : await project.createTheme({ name: t.name, ...fields });
      themes.set(t.name, saved);
      if (have) summary.themes.updated++;
      else summary.themes.created++;
      if (t.parent && parent === undefined) unresolved.push({ name: t.name, id: saved.id, parent: t.parent });
    }
    for (const u of unresolved) {
      const parent = themes.get(u.parent);
      if (parent) themes.set(u.name, await project.updateTheme(u.id, { parent: parent.id }));
    }

    // Exemplar quotes: each must be a coded segment of a participant of the theme's perspective.
    const wanted = file.themes.filter((t) => t.exemplars?.length);
    if (wanted.length) {
      const perspectiveOf = new Map((await project.listParticipants()).map((p) => [p.id, p.perspective]));
      const segments = (await project.snapshot()).segments;
      for (const t of wanted) {
        const theme = themes.get(t.name)!;
        const chosen = new Set(theme.exemplars);
        for (const [k, quote] of (t.exemplars ?? []).entries()) {
          const q = quote.trim();
          const seg = segments.find((s) => s.exact === q && s.participant !== null && perspectiveOf.get(s.participant) === t.perspective);
          if (!seg) {
            problems.push({ item: `themes "${t.name}" exemplars[${k}]`, message: `"${shortQuote(q)}" is not a coded segment of a ${t.perspective} participant` });
          } else if (!chosen.has(seg.id)) {
            await project.addExemplar(theme.id, seg.id);
            chosen.add(seg.id);
          }
        }
      }
    }
    for (const tr of file.triangulation) {
      const drawsOn = Object.values(tr.draws_on ?? {})
        .flat()
        .map((n) => themes.get(n)?.id)
        .filter((x): x is string => Boolean(x));
      const fields = { perspective: null, relation: tr.relation, note: tr.note ?? '', summaries: tr.per_perspective, drawsOn };
      const have = themes.get(tr.name);
      if (have) themes.set(tr.name, await project.updateTheme(have.id, fields));
      else themes.set(tr.name, await project.createTheme({ name: tr.name, definition: '', ...fields }));
      summary.triangulation++;
    }
    if (problems.length) throw invalid(problems);
  });
  return summary;
}

// Problems listed in an error's details: a hostile file can have millions, and the list travels
// to the browser as JSON.
const MAX_LISTED_PROBLEMS = 1_000;

function invalid(problems: ApplyProblem[]): PolyphonyError {
  const shown = problems.slice(0, 20).map((p) => `  ${p.item}: ${p.message}`).join('\n');
  const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
  return new PolyphonyError('analysis_invalid', `The analysis file has ${problems.length} problem(s); nothing was applied:\n${shown}${more}`, {
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    total: problems.length,
  });
}
