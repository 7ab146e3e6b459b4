import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ProjectSnapshot } from '@polyphony/core';
import { buildProjectDocument } from './project-xml.js';

/** Options of {@link exportQdpx}. */
export interface ExportQdpxOptions {
  /** The export time written as the project's creationDateTime. Default: the current time. */
  now?: Date;
}

/**
 * Exports a project as a REFI-QDA project archive (.qdpx): a zip with `project.qde` and each
 * source's normalised text as `sources/<GUID>.txt` (UTF-8). GUIDs are stable across exports of
 * the same project; positions are Unicode code points. The result validates against Project.xsd.
 */
export function exportQdpx(snapshot: ProjectSnapshot, options: ExportQdpxOptions = {}): Uint8Array {
  const { xml, files } = buildProjectDocument(snapshot, options.now ?? new Date());
  const entries: Zippable = { 'project.qde': strToU8(xml) };
  for (const [path, text] of files) entries[path] = strToU8(text);
  // A fixed mtime keeps the archive byte-identical for identical input (reproducible exports).
  return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
