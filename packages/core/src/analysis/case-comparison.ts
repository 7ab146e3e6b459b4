import { PolyphonyError } from '../errors.js';
import type { Theme } from '../model/types.js';
import type { AnalysisData } from './analysis-data.js';
import { codesWithDescendants, indexAnalysis, themesInTableOrder } from './analysis-index.js';
import { compareNames } from './collator.js';

/** A theme or code in one member's account, with the distinct segments behind it. */
export interface AccountItem {
  name: string;
  segments: number;
}

/** One member's account: the themes and codes their segments carry. */
export interface MemberAccount {
  participant: string;
  perspective: string | null;
  /** In theme-table order; each with the member's segments for it. */
  themes: (AccountItem & { perspective: string | null })[];
  /** By name. */
  codes: AccountItem[];
}

/** Names present in an account, for `shared` and `onlyIn`. */
export interface AccountNames {
  codes: string[];
  themes: string[];
}

/** One case side by side: do its members tell the same story, and where do they part? */
export interface CaseComparison {
  case: string;
  label: string;
  /** Every perspective of the project in table order (empty where the case has no member). */
  perspectives: { id: string | null; label: string; members: MemberAccount[] }[];
  /** Codes and themes in every member's account (empty when fewer than two members speak). */
  shared: AccountNames;
  /** Per participant: codes and themes no other member of the case has. */
  onlyIn: Record<string, AccountNames>;
}

/**
 * Compares the accounts of each case's active members. A member's themes are the themes of their
 * own perspective whose own codes they have segments for, plus cross-cutting themes through their
 * own codes or the themes they draw on (as in the triangulation) — so the shared themes are where
 * the perspectives meet. With fewer than two members there is nothing to compare: `shared` and
 * `onlyIn` stay empty.
 * @throws PolyphonyError `not_found` when `caseId` is given and is not a case of the project.
 */
export function caseComparison(data: AnalysisData, caseId?: string): CaseComparison[] {
  const index = indexAnalysis(data);
  const cases = [...data.cases].sort((a, b) => compareNames(a.id, b.id));
  const chosen = caseId === undefined ? cases : cases.filter((c) => c.id === caseId);
  if (caseId !== undefined && chosen.length === 0) {
    throw new PolyphonyError('not_found', `No case "${caseId}"; the cases are: ${cases.map((c) => c.id).join(', ') || '(none)'}`, {
      case: caseId,
      cases: cases.map((c) => c.id),
    });
  }

  // Per participant and code: the distinct segments (only members of chosen cases are needed).
  const wanted = new Set(chosen.map((c) => c.id));
  const segsByMember = new Map<string, Map<string, Set<number>>>();
  const { segment, code } = data.codings;
  for (let i = 0; i < segment.length; i++) {
    const seg = segment[i] ?? -1;
    const owner = index.segmentOwner(seg);
    const c = code[i];
    if (owner === null || c === undefined || !wanted.has(index.caseOf.get(owner) ?? '')) continue;
    let byCode = segsByMember.get(owner);
    if (!byCode) segsByMember.set(owner, (byCode = new Map()));
    let set = byCode.get(c);
    if (!set) byCode.set(c, (set = new Set()));
    set.add(seg);
  }

  const themes = themesInTableOrder(data, index);
  const evidenceCodes = new Map<Theme, string[]>(themes.map((t) => [t, themeEvidenceCodes(t, index)]));
  const account = (participant: string, perspective: string | null): MemberAccount => {
    const byCode = segsByMember.get(participant) ?? new Map<string, Set<number>>();
    const codes = [...byCode.entries()]
      .map(([id, set]) => ({ name: index.codeName.get(id) ?? id, segments: set.size }))
      .sort((a, b) => compareNames(a.name, b.name));
    const mine = themes.flatMap((t) => {
      if (t.perspective !== null && t.perspective !== perspective) return [];
      const segs = new Set<number>();
      for (const c of evidenceCodes.get(t) ?? []) for (const s of byCode.get(c) ?? []) segs.add(s);
      return segs.size === 0 ? [] : [{ name: t.name, perspective: t.perspective, segments: segs.size }];
    });
    return { participant, perspective, themes: mine, codes };
  };

  return chosen.map((c) => {
    const members = data.participants
      .filter((p) => p.case === c.id && index.perspectiveOf.has(p.id))
      .sort((a, b) => compareNames(a.id, b.id))
      .map((p) => account(p.id, p.perspective));
    const groups: CaseComparison['perspectives'] = index.perspectives.map((p) => ({
      id: p.id,
      label: p.label,
      members: members.filter((m) => m.perspective === p.id),
    }));
    const known = new Set(index.perspectives.map((p) => p.id));
    const other = members.filter((m) => m.perspective === null || !known.has(m.perspective));
    if (other.length > 0) groups.push({ id: null, label: 'No perspective', members: other });
    const ordered = groups.flatMap((g) => g.members);
    return { case: c.id, label: c.label, perspectives: groups, ...compare(ordered) };
  });
}

/** Codes that make a theme present in an account: own codes, plus drawn-on themes for cross-cutting ones. */
function themeEvidenceCodes(theme: Theme, index: ReturnType<typeof indexAnalysis>): string[] {
  if (theme.perspective !== null) return theme.codes;
  const codes = new Set(theme.codes);
  for (const id of theme.drawsOn) {
    const drawn = index.themeById.get(id);
    if (drawn) for (const c of codesWithDescendants(drawn, index)) codes.add(c);
  }
  return [...codes];
}

/** Works out what every member shares and what only one member has. */
function compare(members: MemberAccount[]): Pick<CaseComparison, 'shared' | 'onlyIn'> {
  if (members.length < 2) return { shared: { codes: [], themes: [] }, onlyIn: {} };
  const names = (m: MemberAccount): AccountNames => ({ codes: m.codes.map((c) => c.name), themes: m.themes.map((t) => t.name) });
  const all = members.map(names);
  const count = (key: keyof AccountNames): Map<string, number> => {
    const n = new Map<string, number>();
    for (const a of all) for (const x of a[key]) n.set(x, (n.get(x) ?? 0) + 1);
    return n;
  };
  const codeCount = count('codes');
  const themeCount = count('themes');
  const first = all[0] ?? { codes: [], themes: [] };
  return {
    shared: {
      codes: first.codes.filter((x) => codeCount.get(x) === members.length),
      themes: first.themes.filter((x) => themeCount.get(x) === members.length),
    },
    onlyIn: Object.fromEntries(
      members.map((m, i) => [
        m.participant,
        {
          codes: (all[i]?.codes ?? []).filter((x) => codeCount.get(x) === 1),
          themes: (all[i]?.themes ?? []).filter((x) => themeCount.get(x) === 1),
        },
      ]),
    ),
  };
}
