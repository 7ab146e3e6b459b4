import {
  mapSpeakers,
  parseLabelledParagraphs,
  segmentParticipant,
  type Coder,
  type Coding,
  type Segment,
  type Source,
  type Turn,
} from '@polyphony/core';
import { decodeSourceText, findArchiveFile, type ArchiveFiles } from './archive-text.js';
import { guidKey } from './guid.js';
import type { ImportReport } from './import-report.js';
import type { PolyphonyProjectData } from './polyphony-data.js';
import { placeSelections } from './text-positions.js';
import { attribute, child, childText, children, type XmlNode } from './xml-nodes.js';

/** What {@link readSources} needs from the rest of the import. */
export interface SourceContext {
  files: ArchiveFiles;
  data: PolyphonyProjectData | null;
  codeByGuid: ReadonlyMap<string, string>;
  themeByGuid: ReadonlyMap<string, string>;
  participantBySource: ReadonlyMap<string, string>;
  /** Participants read from the Cases, for mapping speaker labels to turns. */
  participants: ReadonlyArray<{ id: string }>;
  /** The coder for a `creatingUser` GUID (creating a stand-in for unknown or missing users). */
  coderOf: (userGuid: string | undefined) => Coder;
  /** Any date attribute as our ISO form (the import time when missing or unreadable). */
  isoOf: (value: string | undefined) => string;
  report: ImportReport;
}

/** Sources, segments and codings, and the NoteRefs found on them (note GUID key → target). */
export interface SourceContent {
  sources: Source[];
  segments: Segment[];
  codings: Coding[];
  noteTargets: { note: string; kind: 'source' | 'coding'; id: string }[];
  /** Selection descriptions on uncoded selections, kept as source memos. */
  selectionNotes: { source: string; author: string; createdAt: string; text: string }[];
}

const MEDIA_SOURCES = {
  PictureSource: 'picture sources are not supported',
  PDFSource: 'PDF sources are not supported (import their text as a text source instead)',
  AudioSource: 'audio sources are not supported (import a transcript instead)',
  VideoSource: 'video sources are not supported (import a transcript instead)',
} as const;

/**
 * Reads the TextSources with their selections and codings. A source whose text cannot be found
 * is skipped with each of its selections; a selection that does not fit its text is skipped; a
 * coding of an unknown or non-codable code is skipped; media sources are skipped. Positions are
 * converted from code points to UTF-16 offsets in the normalised text, repairing line-ending
 * mismatches with a warning.
 */
export function readSources(sourcesElement: XmlNode | null, ctx: SourceContext): SourceContent {
  const out: SourceContent = { sources: [], segments: [], codings: [], noteTargets: [], selectionNotes: [] };
  for (const [tag, reason] of Object.entries(MEDIA_SOURCES)) {
    for (const media of children(sourcesElement, tag)) {
      const selections = ['PictureSelection', 'PDFSelection', 'AudioSelection', 'VideoSelection'].reduce((n, t) => n + children(media, t).length, 0);
      const lost = selections > 0 ? `; its ${selections} selection(s) and their codings are not imported` : '';
      ctx.report.skipped.push({ kind: tag, name: attribute(media, 'name') ?? attribute(media, 'guid') ?? '', reason: reason + lost });
    }
  }
  for (const node of children(sourcesElement, 'TextSource')) readTextSource(node, ctx, out);
  return out;
}

function readTextSource(node: XmlNode, ctx: SourceContext, out: SourceContent): void {
  const guid = attribute(node, 'guid') ?? '';
  const name = attribute(node, 'name') ?? guid;
  const selections = children(node, 'PlainTextSelection');
  const raw = sourceText(node, ctx, name);
  if (raw === null) {
    const path = attribute(node, 'plainTextPath') ?? '';
    ctx.report.skipped.push({ kind: 'TextSource', name, reason: path === '' ? 'no text in the file' : `text file "${path}" is not in the archive` });
    for (const sel of selections) {
      ctx.report.skipped.push({ kind: 'PlainTextSelection', name: selectionName(sel, name), reason: `its source "${name}" has no text` });
    }
    return;
  }

  const ranges = selections.map((sel) => ({ start: integer(attribute(sel, 'startPosition')), end: integer(attribute(sel, 'endPosition')) }));
  // Our own export counts positions as written; only other tools' files may need a repair.
  const placed = placeSelections(raw, ranges, ctx.data !== null);
  if (placed.reading !== 'as-written') {
    const counted = placed.reading === 'positions-count-crlf' ? 'CRLF' : 'LF';
    ctx.report.warnings.push(`Source "${name}": positions were counted with ${counted} line ends, unlike its text; repaired`);
  }
  const text = placed.text;
  const extra = ctx.data?.sources[guid];
  const id = ctx.data?.ids[guid] ?? guid;
  const participant = extra?.participant ?? ctx.participantBySource.get(guidKey(guid)) ?? null;
  const turns = extra && turnsFit(extra.turns, text) ? extra.turns : parseTurns(text, participant, ctx.participants);
  out.sources.push({
    id,
    name,
    kind: extra?.kind ?? 'document',
    participant,
    text,
    revision: extra?.revision ?? 1,
    turns,
    format: extra?.format ?? 'qdpx',
    createdAt: ctx.isoOf(attribute(node, 'creationDateTime')),
  });
  for (const ref of children(node, 'NoteRef')) out.noteTargets.push({ note: guidKey(attribute(ref, 'targetGUID') ?? ''), kind: 'source', id });
  for (const coding of children(node, 'Coding')) {
    const codingName = attribute(coding, 'guid') ?? name;
    ctx.report.skipped.push({ kind: 'Coding', name: codingName, reason: `codes the whole source "${name}"; Polyphony codes text segments` });
  }
  if (children(node, 'VariableValue').length > 0) {
    ctx.report.skipped.push({ kind: 'VariableValue', name, reason: 'document variables are not imported (use participant attributes)' });
  }

  selections.forEach((sel, i) => {
    const range = placed.ranges[i];
    const selGuid = attribute(sel, 'guid') ?? '';
    if (!range) {
      const r = ranges[i];
      ctx.report.skipped.push({
        kind: 'PlainTextSelection',
        name: selectionName(sel, name),
        reason: `positions ${r?.start}–${r?.end} do not fit the text of "${name}"`,
      });
      return;
    }
    const segExtra = ctx.data?.segments[selGuid];
    const segId = ctx.data?.ids[selGuid] ?? selGuid;
    out.segments.push({
      id: segId,
      source: id,
      start: range.start,
      end: range.end,
      exact: text.slice(range.start, range.end),
      prefix: text.slice(Math.max(0, range.start - 32), range.start),
      suffix: text.slice(range.end, range.end + 32),
      revision: segExtra?.revision ?? extra?.revision ?? 1,
      status: 'anchored',
      participant: segExtra ? segExtra.participant : segmentParticipant(turns, range.start),
    });
    const description = childText(sel, 'Description');
    let codings = 0;
    for (const c of children(sel, 'Coding')) {
      const codingGuid = attribute(c, 'guid') ?? '';
      const target = attribute(child(c, 'CodeRef'), 'targetGUID') ?? '';
      const code = ctx.codeByGuid.get(guidKey(target));
      if (code === undefined) {
        const reason = ctx.themeByGuid.has(guidKey(target)) ? 'codes with a theme, which is not codable' : `refers to unknown code GUID ${target}`;
        ctx.report.skipped.push({ kind: 'Coding', name: codingGuid, reason });
        continue;
      }
      const codingId = ctx.data?.ids[codingGuid] ?? codingGuid;
      out.codings.push({
        id: codingId,
        code,
        segment: segId,
        coder: ctx.coderOf(attribute(c, 'creatingUser')).id,
        comment: ctx.data?.codings[codingGuid]?.comment ?? description,
        createdAt: ctx.isoOf(attribute(c, 'creationDateTime')),
      });
      codings++;
      for (const ref of children(c, 'NoteRef')) out.noteTargets.push({ note: guidKey(attribute(ref, 'targetGUID') ?? ''), kind: 'coding', id: codingId });
    }
    // Memos cannot point at a bare selection; they go to its source.
    for (const ref of children(sel, 'NoteRef')) out.noteTargets.push({ note: guidKey(attribute(ref, 'targetGUID') ?? ''), kind: 'source', id });
    if (codings === 0 && description !== '') {
      out.selectionNotes.push({
        source: id,
        author: ctx.coderOf(attribute(sel, 'creatingUser')).id,
        createdAt: ctx.isoOf(attribute(sel, 'creationDateTime')),
        text: `«${text.slice(range.start, range.end)}»\n\n${description}`,
      });
    }
  });
}

function sourceText(node: XmlNode, ctx: SourceContext, name: string): string | null {
  const inline = child(node, 'PlainTextContent');
  if (inline !== null) return childText(node, 'PlainTextContent');
  const path = attribute(node, 'plainTextPath');
  if (path === undefined) return null;
  const bytes = findArchiveFile(ctx.files, path);
  if (bytes === null) return null;
  const { text, legacy } = decodeSourceText(bytes);
  if (legacy) ctx.report.warnings.push(`Source "${name}": text is not UTF-8; read as Windows-1252`);
  return text;
}

function integer(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && /^\s*-?\d+\s*$/.test(value) ? n : Number.NaN;
}

function selectionName(sel: XmlNode, sourceName: string): string {
  const named = attribute(sel, 'name');
  const at = `${attribute(sel, 'startPosition') ?? '?'}–${attribute(sel, 'endPosition') ?? '?'}`;
  return `${sourceName} ${at}${named ? ` (${named})` : ''}`;
}

function wholeTextTurn(text: string, participant: string | null): Turn {
  return { seq: 0, speaker: participant ?? '', participant, isInterviewer: false, start: 0, end: text.length, textStart: 0, startMs: null, endMs: null };
}

/** Speaker turns from `Label: text` paragraphs, or one turn for a text without labels. */
function parseTurns(text: string, participant: string | null, participants: ReadonlyArray<{ id: string }>): Turn[] {
  const parsed = parseLabelledParagraphs(text);
  if (parsed.length === 0) return [wholeTextTurn(text, participant)];
  return mapSpeakers(parsed, { participants, sourceParticipant: participant }).turns;
}

/** Turns from our project data fit a text when each lies inside it, in order, its words inside it. */
function turnsFit(turns: readonly Turn[], text: string): boolean {
  let at = 0;
  return turns.every((t) => {
    const fits = t.start >= at && t.start <= t.textStart && t.textStart <= t.end && t.end <= text.length;
    at = t.end;
    return fits;
  });
}
