import { isPolyphonyError, PolyphonyError } from '../errors.js';
import type { Code, ProjectSnapshot, Theme } from '../model/index.js';
import { cleanName, NAME_MAX_LENGTH, showName, type NameKind } from './names.js';

/**
 * Names that came in a file from another program (a REFI-QDA project or codebook), repaired by
 * the name rules (ADR 008) rather than refused: one odd character in an NVivo code should not
 * cost a researcher the whole project. Each repair is said in a warning for the import report.
 */

/** What an item of a kind is called in warnings: `code name` → `code`. */
const noun = (kind: NameKind): string => kind.replace(/ (name|id|label)$/, '');

/**
 * Cleaned names of a kind that must be unique (codes, themes, sources). A name another item
 * already has gets ` (2)`, ` (3)`, …: other programs allow two codes of one name under different
 * parents, and cleaning can make two names one; keeping both items is kinder than refusing.
 */
function uniqueNames(kind: NameKind, raws: readonly string[], warnings: string[]): string[] {
  const cleaned = raws.map((raw) => cleanName(kind, raw, warnings));
  const all = new Set(cleaned);
  const used = new Set<string>();
  const out: string[] = new Array<string>(cleaned.length);
  // Names that needed no repair keep their name first; a repaired twin is the one renamed.
  const order = [...cleaned.keys()].sort((a, b) => Number(raws[a] !== cleaned[a]) - Number(raws[b] !== cleaned[b]) || a - b);
  for (const i of order) {
    const name = cleaned[i] ?? '';
    let unique = name;
    for (let k = 2; used.has(unique) || (unique !== name && all.has(unique)); k++) {
      const suffix = ` (${k})`;
      unique = [...name].slice(0, NAME_MAX_LENGTH - suffix.length).join('') + suffix;
    }
    used.add(unique);
    if (unique !== name) warnings.push(`Another ${noun(kind)} is also called "${name}"; this one was stored as "${unique}"`);
    out[i] = unique;
  }
  return out;
}

/**
 * Cleaned ids (participants, perspectives, cases) by raw id. Ids are keys other items refer to,
 * so two that become one are refused (`duplicate_name`): merging two people is never a repair.
 */
function cleanIds(kind: NameKind, raws: readonly string[], warnings: string[]): Map<string, string> {
  const byRaw = new Map<string, string>();
  const rawOf = new Map<string, string>();
  for (const raw of raws) {
    const id = cleanName(kind, raw, warnings);
    const other = rawOf.get(id);
    if (other !== undefined && other !== raw) {
      throw new PolyphonyError(
        'duplicate_name',
        `Two ${noun(kind)}s, "${showName(other)}" and "${showName(raw)}", are both "${id}" once invisible characters are removed; rename one in the program that wrote the file`,
        { kind, name: id },
      );
    }
    rawOf.set(id, raw);
    byRaw.set(raw, id);
  }
  return byRaw;
}

/** A cleaned label, or `fallback` (with a warning) when nothing visible is left of it. */
function cleanLabel(kind: NameKind, raw: string, fallback: string, warnings: string[]): string {
  if (raw.trim() === '') return fallback;
  try {
    return cleanName(kind, raw, warnings);
  } catch (e) {
    if (!isPolyphonyError(e) || e.code !== 'invalid_name') throw e;
    warnings.push(fallback === '' ? e.message : `${e.message}; "${fallback}" is used instead`);
    return fallback;
  }
}

/** A reference through an id map (unknown ids stay as they are). */
const through = (map: ReadonlyMap<string, string>) => (id: string | null): string | null => (id === null ? null : map.get(id) ?? id);

/** Whether a map changes any id (when none, the big arrays are left as they are). */
const changes = (map: ReadonlyMap<string, string>): boolean => [...map].some(([raw, id]) => raw !== id);

/**
 * A snapshot read from another program's file with every name cleaned ({@link cleanName}):
 * the project name (`''` when nothing is left: keep the project's own), perspective, case and
 * participant ids (references follow) and labels, coder names, and source, code and theme names
 * (made unique). `invalid_name` if a source, code, theme or id has nothing visible left;
 * `duplicate_name` if two ids become one.
 */
export function cleanSnapshotNames(s: ProjectSnapshot): { snapshot: ProjectSnapshot; warnings: string[] } {
  const warnings: string[] = [];
  const perspectiveIds = cleanIds('perspective id', s.perspectives.map((p) => p.id), warnings);
  const caseIds = cleanIds('case id', s.cases.map((c) => c.id), warnings);
  const participantIds = cleanIds('participant id', s.participants.map((p) => p.id), warnings);
  const perspective = through(perspectiveIds);
  const participant = through(participantIds);
  const kase = through(caseIds);
  const moved = changes(participantIds);

  const sourceNames = uniqueNames('source name', s.sources.map((x) => x.name), warnings);
  const codeNames = uniqueNames('code name', s.codes.map((x) => x.name), warnings);
  const themeNames = uniqueNames('theme name', s.themes.map((x) => x.name), warnings);
  const snapshot: ProjectSnapshot = {
    ...s,
    name: cleanLabel('project name', s.name, '', warnings),
    perspectives: s.perspectives.map((p) => {
      const id = perspective(p.id) ?? p.id;
      return { ...p, id, label: cleanLabel('perspective label', p.label, id, warnings) };
    }),
    cases: s.cases.map((c) => {
      const id = kase(c.id) ?? c.id;
      return { ...c, id, label: cleanLabel('case label', c.label, id, warnings) };
    }),
    participants: s.participants.map((p) => ({ ...p, id: participant(p.id) ?? p.id, perspective: perspective(p.perspective), case: kase(p.case) })),
    coders: s.coders.map((c) => ({ ...c, name: cleanLabel('coder name', c.name, c.id, warnings) })),
    sources: s.sources.map((x, i) => ({
      ...x,
      name: sourceNames[i] ?? x.name,
      participant: participant(x.participant),
      turns: moved ? x.turns.map((t) => ({ ...t, participant: participant(t.participant) })) : x.turns,
    })),
    segments: moved ? s.segments.map((x) => ({ ...x, participant: participant(x.participant) })) : s.segments,
    codes: s.codes.map((x, i) => ({ ...x, name: codeNames[i] ?? x.name })),
    themes: s.themes.map((t, i) => ({
      ...t,
      name: themeNames[i] ?? t.name,
      perspective: perspective(t.perspective),
      summaries: Object.fromEntries(Object.entries(t.summaries).map(([k, v]) => [perspective(k) ?? k, v])),
    })),
  };
  return { snapshot, warnings };
}

/**
 * A REFI-QDA codebook's codes and themes with their names cleaned and made unique (see
 * {@link cleanSnapshotNames}); the repairs are added to `report.warnings`.
 */
export function cleanCodebookNames<T extends { codes: Code[]; themes: Theme[]; report: { warnings: string[] } }>(book: T): T {
  const codeNames = uniqueNames('code name', book.codes.map((c) => c.name), book.report.warnings);
  const themeNames = uniqueNames('theme name', book.themes.map((t) => t.name), book.report.warnings);
  return {
    ...book,
    codes: book.codes.map((c, i) => ({ ...c, name: codeNames[i] ?? c.name })),
    themes: book.themes.map((t, i) => ({ ...t, name: themeNames[i] ?? t.name })),
  };
}
