import type { Case, Participant, Perspective } from '@polyphony/core';
import { guidKey } from './guid.js';
import type { ImportReport } from './import-report.js';
import type { PolyphonyProjectData, VariableRole } from './polyphony-data.js';
import { attribute, child, children, textOf, type XmlNode } from './xml-nodes.js';

/** Participants, perspectives and cases read from `<Variables>` and `<Cases>`. */
export interface CaseContent {
  participants: Participant[];
  perspectives: Perspective[];
  cases: Case[];
  /** Participant id by source GUID key, from the cases' SourceRefs. */
  participantBySource: Map<string, string>;
}

const VALUE_TAGS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];

/**
 * Each named Case is a participant, its name the pseudonym. Variables named Perspective, Case
 * and Status (or marked so in our project data) set those fields; all other variables become
 * attributes. Perspectives and cases come from our project data, plus any value not in it.
 * Unnamed Cases (some tools keep document variables there) are reported as skipped.
 */
export function readCases(project: XmlNode, data: PolyphonyProjectData | null, report: ImportReport): CaseContent {
  const variables = new Map<string, { role: VariableRole; key: string }>();
  for (const v of children(child(project, 'Variables'), 'Variable')) {
    const guid = attribute(v, 'guid') ?? '';
    const name = attribute(v, 'name') ?? guid;
    const known = data?.variables[guid];
    const lower = name.trim().toLowerCase();
    const role: VariableRole = known?.role ?? (lower === 'perspective' || lower === 'case' || lower === 'status' ? lower : 'attribute');
    variables.set(guidKey(guid), { role, key: known?.key ?? name });
  }

  const participants: Participant[] = [];
  const participantBySource = new Map<string, string>();
  for (const c of children(child(project, 'Cases'), 'Case')) {
    const guid = attribute(c, 'guid') ?? '';
    const name = attribute(c, 'name')?.trim() ?? '';
    if (name === '') {
      report.skipped.push({ kind: 'Case', name: guid, reason: 'a case without a name (document variables) is not a participant' });
      continue;
    }
    const p: Participant = { id: data?.ids[guid] ?? name, perspective: null, case: null, attributes: {}, status: 'active' };
    for (const value of children(c, 'VariableValue')) {
      const variable = variables.get(guidKey(attribute(child(value, 'VariableRef'), 'targetGUID') ?? ''));
      const tag = VALUE_TAGS.find((t) => child(value, t) !== null);
      if (!variable || tag === undefined) continue;
      const text = textOf(child(value, tag));
      if (variable.role === 'perspective') p.perspective = text;
      else if (variable.role === 'case') p.case = text;
      else if (variable.role === 'status') p.status = text === 'withdrawn' ? 'withdrawn' : 'active';
      else p.attributes[variable.key] = text;
    }
    for (const ref of children(c, 'SourceRef')) participantBySource.set(guidKey(attribute(ref, 'targetGUID') ?? ''), p.id);
    if (children(c, 'SelectionRef').length > 0 || children(c, 'CodeRef').length > 0) {
      report.warnings.push(`Case "${name}": its selection and code references were not imported`);
    }
    participants.push(p);
  }

  const perspectives = [...(data?.perspectives ?? [])];
  const cases = [...(data?.cases ?? [])];
  for (const p of participants) {
    if (p.perspective !== null && !perspectives.some((x) => x.id === p.perspective)) {
      perspectives.push({ id: p.perspective, label: p.perspective, sort: perspectives.length });
    }
    if (p.case !== null && !cases.some((x) => x.id === p.case)) cases.push({ id: p.case, label: p.case });
  }
  return { participants, perspectives, cases, participantBySource };
}
