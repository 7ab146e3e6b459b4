import { PolyphonyError, type Coder, type Memo, type Phase, type ProjectSnapshot } from '@polyphony/core';
import { DEFAULT_UNZIP_LIMITS, openZip, parseXmlSafely, type UnzipLimits } from '../archive/index.js';
import { byLowerCaseName, decodeSourceText, findArchiveFile, lazyArchiveFiles, type ArchiveFiles } from './archive-text.js';
import { consistentSnapshot } from './consistent-snapshot.js';
import { guidKey, hashGuid } from './guid.js';
import { emptyReport, type ImportReport } from './import-report.js';
import { POLYPHONY_NOTE_NAME, parseProjectData, type PolyphonyProjectData } from './polyphony-data.js';
import { readCases } from './read-cases.js';
import { readCodebook } from './read-codebook.js';
import { readSources } from './read-sources.js';
import { REPEATED_TAGS, attribute, child, childText, children, type XmlNode } from './xml-nodes.js';

/** Options of {@link importQdpx}. */
export interface ImportQdpxOptions {
  /** Caps for unpacking (defaults of `unzipSafely`). */
  limits?: UnzipLimits;
  /** The file's name, for messages. Default `project.qdpx`. */
  fileName?: string;
  /** Time used where the file has none (creation dates). Default: the current time. */
  now?: Date;
}

/** Result of {@link importQdpx}: a complete snapshot and what was left out. */
export interface QdpxImport {
  snapshot: ProjectSnapshot;
  report: ImportReport;
}

/**
 * Imports a REFI-QDA project archive (.qdpx) into a new snapshot. Reads `project.qde` or
 * `Project.qde`; source texts from `internal://` or bare paths under `sources/` or `Sources/`, or
 * inline `PlainTextContent`. Everything Polyphony cannot hold is listed in `report.skipped`.
 *
 * `project.qde` is parsed as it is unpacked; source texts are unpacked when a source names them,
 * each read counting against the zip's total cap.
 *
 * Errors (nothing partial is returned): `unsafe_archive` (path traversal, too many entries, a
 * DTD or entity declaration), `file_too_large` (caps), `nesting_too_deep` (XML nested past the
 * limit), `parse_error` (not a zip, no project.qde, malformed XML, root not `<Project>`).
 */
export function importQdpx(bytes: Uint8Array, options: ImportQdpxOptions = {}): QdpxImport {
  const fileName = options.fileName ?? 'project.qdpx';
  const limits = { ...DEFAULT_UNZIP_LIMITS, ...options.limits, fileName };
  const zip = openZip(bytes, limits);
  const qde = byLowerCaseName(zip.entries).get('project.qde');
  if (!qde) {
    throw new PolyphonyError('parse_error', `${fileName}: no project.qde in the archive, so it is not a REFI-QDA project`, { file: fileName });
  }
  const qdeName = `${fileName}:project.qde`;
  const doc = parseXmlSafely((push) => zip.stream(qde, limits.maxEntryBytes, push), { fileName: qdeName, alwaysArray: REPEATED_TAGS, removeNamespacePrefix: true });
  // project.qde was read once already; the texts share what is left of the total cap.
  const files = lazyArchiveFiles(zip, { ...limits, maxTotalBytes: limits.maxTotalBytes - qde.size });
  const project = typeof doc === 'object' && !Array.isArray(doc) ? doc['Project'] : undefined;
  if (project === undefined || typeof project !== 'object' || Array.isArray(project)) {
    throw new PolyphonyError('parse_error', `${qdeName}: the root element is not <Project>`, { file: qdeName });
  }
  return readProject(project, files, options.now ?? new Date());
}

function readProject(project: XmlNode, files: ArchiveFiles, now: Date): QdpxImport {
  const report = emptyReport();
  const notes = children(child(project, 'Notes'), 'Note');
  const dataNote = notes.find((n) => attribute(n, 'name') === POLYPHONY_NOTE_NAME);
  const data = dataNote ? parseProjectData(childText(dataNote, 'PlainTextContent')) : null;
  if (dataNote && !data) report.warnings.push(`The "${POLYPHONY_NOTE_NAME}" note is unreadable; imported from the REFI elements only`);
  if (data?.damaged) report.warnings.push(`Parts of the "${POLYPHONY_NOTE_NAME}" note are unreadable; those were imported from the REFI elements only`);
  const ids = data?.ids ?? {};
  const name = attribute(project, 'name') ?? 'Imported project';
  const origin = attribute(project, 'origin') ?? 'another tool';
  const isoOf = (value: string | undefined): string => {
    const ms = value === undefined ? Number.NaN : Date.parse(value);
    return new Date(Number.isNaN(ms) ? now.getTime() : ms).toISOString();
  };

  const coders: Coder[] = [];
  const coderByGuid = new Map<string, Coder>();
  for (const user of children(child(project, 'Users'), 'User')) {
    const guid = attribute(user, 'guid') ?? '';
    const coder = { id: ids[guid] ?? guid, name: attribute(user, 'name') ?? attribute(user, 'id') ?? guid };
    coders.push(coder);
    coderByGuid.set(guidKey(guid), coder);
  }
  // Codings and notes without a known creator get one stand-in coder per missing GUID.
  const coderOf = (guid: string | undefined): Coder => {
    const key = guid === undefined ? '' : guidKey(guid);
    const known = coderByGuid.get(key);
    if (known) return known;
    const coder = guid === undefined ? { id: 'unknown-coder', name: `Unknown coder (${origin})` } : { id: guid, name: `Unknown user ${guid}` };
    if (guid !== undefined) report.warnings.push(`User ${guid} is referenced but not listed; added as a coder`);
    coders.push(coder);
    coderByGuid.set(key, coder);
    return coder;
  };

  const codebook = readCodebook(child(project, 'CodeBook'), child(project, 'Sets'), {
    ids,
    codeOrigin: (guid) => {
      const known = data?.codes[guid];
      return known ?? { createdBy: (coders[0] ?? coderOf(undefined)).id, createdAt: isoOf(attribute(project, 'creationDateTime')) };
    },
    report,
  });
  const cases = readCases(project, data, report);
  const content = readSources(child(project, 'Sources'), {
    files,
    data,
    codeByGuid: codebook.codeByGuid,
    themeByGuid: codebook.themeByGuid,
    participantBySource: cases.participantBySource,
    participants: cases.participants,
    coderOf,
    isoOf,
    report,
  });

  const targets = new Map<string, { kind: Memo['targetKind']; id: string | null }>();
  const projectRefs = children(project, 'NoteRef').map((r) => ({ note: guidKey(attribute(r, 'targetGUID') ?? ''), kind: 'project' as const, id: null }));
  for (const t of [...codebook.noteTargets, ...content.noteTargets, ...projectRefs]) {
    if (targets.has(t.note)) report.warnings.push(`Note ${t.note} is attached to more than one item; kept on the first`);
    else targets.set(t.note, { kind: t.kind, id: t.id });
  }
  const memos = readNotes(notes, dataNote, { files, data, targets, coderOf, isoOf, report });
  for (const [i, note] of content.selectionNotes.entries()) {
    memos.push({ id: `selection-note-${i + 1}`, targetKind: 'source', targetId: note.source, author: note.author, createdAt: note.createdAt, text: note.text, phase: null });
  }

  for (const tag of ['Link', 'Graph'] as const) {
    const container = child(project, `${tag}s`);
    for (const item of children(container, tag)) {
      report.skipped.push({ kind: tag, name: attribute(item, 'name') ?? attribute(item, 'guid') ?? '', reason: `${tag.toLowerCase()}s are not supported` });
    }
  }
  const description = childText(project, 'Description');
  if (description !== '') report.skipped.push({ kind: 'Description', name, reason: 'the project description is not imported' });

  const segmentIds = new Set(content.segments.map((s) => s.id));
  for (const theme of codebook.themes) theme.exemplars = theme.exemplars.filter((id) => segmentIds.has(id));
  const snapshot: ProjectSnapshot = consistentSnapshot({
    id: data?.projectId ?? hashGuid(`${name}\u0000${origin}\u0000${attribute(project, 'creationDateTime') ?? ''}`),
    name,
    phase: toPhase(data?.phase),
    perspectives: cases.perspectives,
    cases: cases.cases,
    participants: cases.participants,
    coders,
    sources: content.sources,
    codes: codebook.codes,
    segments: content.segments,
    codings: content.codings,
    memos,
    themes: codebook.themes,
  }, report);
  report.imported = {
    sources: snapshot.sources.length,
    codes: snapshot.codes.length,
    segments: snapshot.segments.length,
    codings: snapshot.codings.length,
    memos: snapshot.memos.length,
    participants: snapshot.participants.length,
    coders: snapshot.coders.length,
    themes: snapshot.themes.length,
  };
  return { snapshot, report };
}

interface NoteContext {
  files: ArchiveFiles;
  data: PolyphonyProjectData | null;
  targets: ReadonlyMap<string, { kind: Memo['targetKind']; id: string | null }>;
  coderOf: (guid: string | undefined) => Coder;
  isoOf: (value: string | undefined) => string;
  report: ImportReport;
}

/**
 * Notes become memos on the item whose NoteRef names them (a project memo when none does). A
 * note's name is kept as its first line unless it is our own note, whose name we derived from
 * the text. A note without text is skipped.
 */
function readNotes(notes: readonly XmlNode[], dataNote: XmlNode | undefined, ctx: NoteContext): Memo[] {
  const memos: Memo[] = [];
  for (const note of notes) {
    if (note === dataNote) continue;
    const guid = attribute(note, 'guid') ?? '';
    const name = attribute(note, 'name') ?? '';
    const body = noteText(note, ctx.files);
    if (body === null) {
      ctx.report.skipped.push({ kind: 'Note', name: name || guid, reason: 'the note has no text in the file' });
      continue;
    }
    const extra = ctx.data?.memos[guid];
    const target = ctx.targets.get(guidKey(guid)) ?? { kind: 'project' as const, id: null };
    const text = extra || name === '' || body.startsWith(name) ? body : `${name}\n\n${body}`;
    memos.push({
      id: ctx.data?.ids[guid] ?? guid,
      targetKind: target.kind,
      targetId: target.id,
      author: ctx.coderOf(attribute(note, 'creatingUser')).id,
      createdAt: ctx.isoOf(attribute(note, 'creationDateTime')),
      text,
      phase: extra?.phase ?? null,
    });
  }
  return memos;
}

function noteText(note: XmlNode, files: ArchiveFiles): string | null {
  if (child(note, 'PlainTextContent') !== null) return childText(note, 'PlainTextContent');
  const path = attribute(note, 'plainTextPath');
  const bytes = path === undefined ? null : findArchiveFile(files, path);
  if (bytes !== null) return decodeSourceText(bytes).text.replace(/\r\n?/g, '\n');
  const description = childText(note, 'Description');
  return description !== '' ? description : null;
}

function toPhase(value: number | undefined): Phase {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5 || value === 6 ? value : 1;
}
