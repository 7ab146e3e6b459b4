import type { Memo, Participant, ProjectSnapshot } from '@polyphony/core';
import { codeElements, guidsFor, themeSetElements, type GuidOf } from './codebook-xml.js';
import { codePointIndex } from './code-points.js';
import {
  POLYPHONY_DATA_FORMAT,
  POLYPHONY_NOTE_NAME,
  type PolyphonyProjectData,
  type VariableRole,
} from './polyphony-data.js';
import { XML_DECLARATION, element, textElement } from './xml-writer.js';

/** The project document and the text files it references, before zipping. */
export interface ProjectDocument {
  /** The `project.qde` XML. */
  xml: string;
  /** Archive path (`sources/<GUID>.txt`) → UTF-8 text. */
  files: Map<string, string>;
}

/**
 * Writes a snapshot as a REFI-QDA project document (Project.xsd, namespace
 * `urn:QDA-XML:project:1.0`). Mapping (see docs/adr/002-themes-in-refi-qda.md): coders → Users;
 * codes → Codes; themes → non-codable codes under "Themes" plus one Set each; sources →
 * TextSources with their text in `sources/<GUID>.txt`; segments → PlainTextSelections in code
 * points; codings → Codings per coder; memos → Notes with NoteRefs on their targets;
 * participants → Cases with Variables (perspective, case, status, attributes); the rest → one
 * "Polyphony project data" note.
 */
export function buildProjectDocument(snapshot: ProjectSnapshot, now: Date): ProjectDocument {
  const guid = guidsFor(snapshot);
  const data: PolyphonyProjectData = {
    format: POLYPHONY_DATA_FORMAT,
    projectId: snapshot.id,
    phase: snapshot.phase,
    ids: {},
    perspectives: snapshot.perspectives,
    cases: snapshot.cases,
    variables: {},
    sources: {},
    codes: {},
    segments: {},
    codings: {},
    memos: {},
  };
  const track = (kind: string, id: string): string => {
    const g = guid(kind, id);
    if (g !== id) data.ids[g] = id;
    return g;
  };

  const userGuid = new Map<string, string>();
  const users: string[] = [];
  const addUser = (id: string, name: string): void => {
    if (userGuid.has(id)) return;
    const g = track('coder', id);
    userGuid.set(id, g);
    users.push(element('User', { guid: g, name }));
  };
  for (const coder of snapshot.coders) addUser(coder.id, coder.name);
  // Authors that are not coders (e.g. a deleted account) still need a User to be referenced.
  for (const memo of snapshot.memos) addUser(memo.author, memo.author);
  const user = (id: string): string | undefined => userGuid.get(id);

  const noteRefs = memoTargets(snapshot, guid);
  for (const code of snapshot.codes) {
    data.codes[track('code', code.id)] = { createdBy: code.createdBy, createdAt: code.createdAt };
  }
  for (const theme of snapshot.themes) track('theme', theme.id);
  const codes = codeElements(snapshot, guid, 'project', noteRefs);

  const { variables, cases } = participantCases(snapshot, guid, track, data);
  const files = new Map<string, string>();
  const segmentsOf = groupBy(snapshot.segments, (s) => s.source);
  const codingsOf = groupBy(snapshot.codings, (c) => c.segment);
  const sources = snapshot.sources.map((source) => {
    const g = track('source', source.id);
    data.sources[g] = {
      kind: source.kind,
      participant: source.participant,
      format: source.format,
      revision: source.revision,
      turns: source.turns,
    };
    files.set(`sources/${g}.txt`, source.text);
    const index = codePointIndex(source.text);
    // Orphans are left out: their positions no longer point at their quote.
    const selections = (segmentsOf.get(source.id) ?? [])
      .filter((s) => s.status === 'anchored')
      .map((segment) => {
        const sg = track('segment', segment.id);
        data.segments[sg] = { revision: segment.revision, status: segment.status, participant: segment.participant };
        const codings = (codingsOf.get(segment.id) ?? []).map((coding) => {
            const cg = track('coding', coding.id);
            if (coding.comment !== '') data.codings[cg] = { comment: coding.comment };
            return element('Coding', { guid: cg, creatingUser: user(coding.coder), creationDateTime: dateTime(coding.createdAt) }, [
              element('CodeRef', { targetGUID: guid('code', coding.code) }),
              ...refsTo(noteRefs, cg),
            ]);
          });
        return element(
          'PlainTextSelection',
          { guid: sg, startPosition: index.toCodePoint(segment.start), endPosition: index.toCodePoint(segment.end) },
          codings,
        );
      });
    return element(
      'TextSource',
      { guid: g, name: source.name, plainTextPath: `internal://${g}.txt`, creationDateTime: dateTime(source.createdAt) },
      [...selections, ...refsTo(noteRefs, g)],
    );
  });

  const notes = snapshot.memos.map((memo) => {
    const g = track('memo', memo.id);
    data.memos[g] = { targetKind: memo.targetKind, phase: memo.phase };
    return element('Note', { guid: g, name: memoTitle(memo), creatingUser: user(memo.author), creationDateTime: dateTime(memo.createdAt) }, [
      textElement('PlainTextContent', memo.text),
    ]);
  });
  const dataNoteGuid = guid('note', 'polyphony-data');
  // Serialised last so that every GUID above is in `data.ids`.
  notes.push(element('Note', { guid: dataNoteGuid, name: POLYPHONY_NOTE_NAME }, [textElement('PlainTextContent', JSON.stringify(data))]));
  const sets = themeSetElements(snapshot, guid, 'project');

  const body = [
    users.length > 0 ? element('Users', {}, users) : '',
    codes.length > 0 ? element('CodeBook', {}, [element('Codes', {}, codes)]) : '',
    variables.length > 0 ? element('Variables', {}, variables) : '',
    cases.length > 0 ? element('Cases', {}, cases) : '',
    sources.length > 0 ? element('Sources', {}, sources) : '',
    element('Notes', {}, notes),
    sets.length > 0 ? element('Sets', {}, sets) : '',
    ...refsTo(noteRefs, PROJECT_TARGET),
  ];
  const project = element(
    'Project',
    { xmlns: 'urn:QDA-XML:project:1.0', name: snapshot.name, origin: 'Polyphony', creationDateTime: dateTime(now.toISOString()) },
    body.filter((part) => part !== ''),
  );
  return { xml: XML_DECLARATION + project + '\n', files };
}

const PROJECT_TARGET = 'project';

/** Note GUIDs per target GUID (or {@link PROJECT_TARGET}), from each memo's target. */
function memoTargets(snapshot: ProjectSnapshot, guid: GuidOf): Map<string, string[]> {
  const kindOfTarget = { project: '', source: 'source', code: 'code', theme: 'theme', coding: 'coding' } as const;
  const known = new Set([
    ...snapshot.sources.map((s) => `source:${s.id}`),
    ...snapshot.codes.map((c) => `code:${c.id}`),
    ...snapshot.themes.map((t) => `theme:${t.id}`),
    ...snapshot.codings.map((c) => `coding:${c.id}`),
  ]);
  const refs = new Map<string, string[]>();
  for (const memo of snapshot.memos) {
    const kind = kindOfTarget[memo.targetKind];
    // A memo whose target is gone is kept as a project memo rather than lost.
    const onTarget = memo.targetId !== null && kind !== '' && known.has(`${kind}:${memo.targetId}`);
    const target = onTarget && memo.targetId !== null ? guid(kind, memo.targetId) : PROJECT_TARGET;
    const list = refs.get(target);
    const note = guid('memo', memo.id);
    if (list) list.push(note);
    else refs.set(target, [note]);
  }
  return refs;
}

function refsTo(refs: ReadonlyMap<string, readonly string[]>, target: string): string[] {
  return (refs.get(target) ?? []).map((note) => element('NoteRef', { targetGUID: note }));
}

/**
 * Participants as Cases named by pseudonym, with Variables for perspective, case, status and
 * each attribute, and SourceRefs to the sources that are their interviews.
 */
function participantCases(
  snapshot: ProjectSnapshot,
  guid: GuidOf,
  track: (kind: string, id: string) => string,
  data: PolyphonyProjectData,
): { variables: string[]; cases: string[] } {
  const variableGuids = new Map<string, string>();
  const variables: string[] = [];
  const variable = (role: VariableRole, key: string, name: string): string => {
    const id = `${role}:${key}`;
    let g = variableGuids.get(id);
    if (g === undefined) {
      g = guid('variable', id);
      variableGuids.set(id, g);
      data.variables[g] = { role, key };
      variables.push(element('Variable', { guid: g, name, typeOfVariable: 'Text' }));
    }
    return g;
  };
  const value = (g: string, text: string): string =>
    element('VariableValue', {}, [element('VariableRef', { targetGUID: g }), textElement('TextValue', text)]);

  const cases = snapshot.participants.map((p: Participant) => {
    const values = [
      ...(p.perspective !== null ? [value(variable('perspective', '', 'Perspective'), p.perspective)] : []),
      ...(p.case !== null ? [value(variable('case', '', 'Case'), p.case)] : []),
      value(variable('status', '', 'Status'), p.status),
      ...Object.entries(p.attributes).map(([key, text]) => value(variable('attribute', key, key), text)),
    ];
    const sourceRefs = snapshot.sources
      .filter((s) => s.participant === p.id)
      .map((s) => element('SourceRef', { targetGUID: guid('source', s.id) }));
    return element('Case', { guid: track('participant', p.id), name: p.id }, [...values, ...sourceRefs]);
  });
  return { variables, cases };
}

/** A short Note name from the memo's first line (REFI tools list notes by name). */
function memoTitle(memo: Memo): string {
  const first = memo.text.split('\n', 1)[0]?.trim() ?? '';
  const title = first.length > 60 ? `${first.slice(0, 57)}…` : first;
  return title !== '' ? title : memo.phase !== null ? `Journal, phase ${memo.phase}` : 'Memo';
}

/** An ISO time as xsd:dateTime, or undefined (attribute left out) when it does not parse. */
function dateTime(iso: string): string | undefined {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
