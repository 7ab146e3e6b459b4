import { PolyphonyError } from '@polyphony/core';
import { importQdc, importQdpx, type ImportReport } from '@polyphony/formats';
import type { Project } from '@polyphony/store';
import type { InputFile } from './import-files.js';

/** Is this path a REFI-QDA exchange file (project or codebook)? */
export function isInterchangeFile(file: string): boolean {
  return /\.(qdpx|qdc)$/i.test(file);
}

/**
 * Loads a REFI-QDA project into an empty project, all or nothing. A project that already holds
 * sources or codes is refused: merging two projects' segments is not something to guess at.
 */
export async function importQdpxFile(project: Project, file: InputFile): Promise<ImportReport> {
  const { snapshot, report } = importQdpx(file.bytes, { fileName: file.name });
  const info = await project.info();
  if (info.counts.sources > 0 || info.counts.codes > 0)
    throw new PolyphonyError('conflict', `A .qdpx becomes a new project; this project already has ${info.counts.sources} sources and ${info.counts.codes} codes. Import it into a new project file.`);
  await project.loadSnapshot({ ...snapshot, id: info.id, name: snapshot.name || info.name });
  return report;
}

/**
 * Merges a REFI-QDA codebook: codes that do not exist yet (by name) are created with their
 * hierarchy, existing codes keep theirs; all in one transaction.
 */
export async function importQdcFile(project: Project, file: InputFile): Promise<ImportReport & { created: number; existing: number }> {
  const { codes, report } = importQdc(file.bytes, { fileName: file.name });
  let created = 0;
  let existing = 0;
  await project.transaction(async () => {
    const have = new Map((await project.listCodes()).map((c) => [c.name, c.id]));
    const byId = new Map(codes.map((c) => [c.id, c]));
    const ids = new Map<string, string>();
    // Parents before children: a code's depth is the length of its parent chain.
    const depth = (id: string, seen = 0): number => {
      const parent = byId.get(id)?.parent;
      return parent && seen < 100 ? 1 + depth(parent, seen + 1) : 0;
    };
    for (const c of [...codes].sort((a, b) => depth(a.id) - depth(b.id))) {
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
  });
  return { ...report, created, existing };
}
