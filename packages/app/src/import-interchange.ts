import { cleanCodebookNames, PolyphonyError } from '@polyphony/core';
import type { ImportReport } from '@polyphony/formats';
import type { Project } from '@polyphony/store';
import { parentsFirst } from './parents-first.js';
import { parseInThisThread, type InputFile, type Parser } from './parse-input.js';

/** Is this path a REFI-QDA exchange file (project or codebook)? */
export function isInterchangeFile(file: string): boolean {
  return /\.(qdpx|qdc)$/i.test(file);
}

/**
 * Loads a REFI-QDA project into an empty project, all or nothing. A project that already holds
 * sources or codes is refused: merging two projects' segments is not something to guess at.
 * The file is read by `parser` (default: in this thread) before the project is looked at.
 */
export async function importQdpxFile(project: Project, file: InputFile, parser: Parser = parseInThisThread): Promise<ImportReport> {
  const { snapshot, report } = await parser('qdpx', file);
  const info = await project.info();
  if (info.counts.sources > 0 || info.counts.codes > 0)
    throw new PolyphonyError('conflict', `A .qdpx becomes a new project; this project already has ${info.counts.sources} sources and ${info.counts.codes} codes. Import it into a new project file.`);
  report.warnings.push(...(await project.loadSnapshot({ ...snapshot, id: info.id, name: snapshot.name || info.name })).warnings);
  return report;
}

/** What {@link importQdcFile} did, beyond what the codebook held. */
export interface QdcMergeReport extends ImportReport {
  /** Codes created, and codes kept because the project already had one of that name. */
  created: number;
  existing: number;
  /** Themes created and themes already in the project (by name); skipped ones are in `skipped`. */
  themes: { created: number; existing: number };
}

/**
 * Merges a REFI-QDA codebook: codes and themes that do not exist yet (by name) are created with
 * their hierarchy, existing ones keep theirs; all in one transaction. A theme of a perspective the
 * project does not have (and its subthemes) is listed in `skipped` rather than inventing the
 * perspective. The file is read by `parser` (default: in this thread) before anything is written.
 */
export async function importQdcFile(project: Project, file: InputFile, parser: Parser = parseInThisThread): Promise<QdcMergeReport> {
  const { codes, themes, report } = cleanCodebookNames(await parser('qdc', file));
  let created = 0;
  let existing = 0;
  const themeCounts = { created: 0, existing: 0 };
  await project.transaction(async () => {
    const have = new Map((await project.listCodes()).map((c) => [c.name, c.id]));
    const ids = new Map<string, string>();
    for (const c of parentsFirst(codes)) {
      const found = have.get(c.name);
      if (found) {
        ids.set(c.id, found);
        existing++;
        continue;
      }
      const made = await project.createCode({ name: c.name, description: c.description, color: c.color, parent: c.parent ? ids.get(c.parent) ?? null : null });
      ids.set(c.id, made.id);
      have.set(c.name, made.id);
      created++;
    }

    const perspectives = new Set((await project.listPerspectives()).map((p) => p.id));
    const haveThemes = new Map((await project.listThemes()).map((t) => [t.name, t.id]));
    const themeIds = new Map<string, string>();
    const drawsOn: [string, string[]][] = [];
    const known = (list: readonly string[], map: ReadonlyMap<string, string>) => list.flatMap((id) => map.get(id) ?? []);
    for (const t of parentsFirst(themes)) {
      const found = haveThemes.get(t.name);
      if (found) {
        themeIds.set(t.id, found);
        themeCounts.existing++;
        continue;
      }
      const reason =
        t.parent && !themeIds.has(t.parent) ? 'its main theme was not imported'
        : t.perspective && !perspectives.has(t.perspective) ? `this project has no perspective "${t.perspective}"`
        : null;
      if (reason) {
        report.skipped.push({ kind: 'Set', name: t.name, reason: `theme not merged: ${reason}` });
        report.imported.themes--;
        continue;
      }
      const made = await project.createTheme({
        name: t.name, definition: t.definition, status: t.status, perspective: t.perspective,
        parent: t.parent ? themeIds.get(t.parent) ?? null : null, codes: known(t.codes, ids),
        relation: t.relation, note: t.note, summaries: t.summaries,
      });
      themeIds.set(t.id, made.id);
      if (t.drawsOn.length) drawsOn.push([made.id, t.drawsOn]);
      themeCounts.created++;
    }
    // Links between themes are set once every theme exists: one may draw on a later one.
    for (const [id, on] of drawsOn) await project.updateTheme(id, { drawsOn: known(on, themeIds) });
  });
  return { ...report, created, existing, themes: themeCounts };
}
