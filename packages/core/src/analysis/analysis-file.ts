import type { Relation, ThemeStatus } from '../model/types.js';
import { checkAnalysisReferences, type AnalysisFileLabels } from './analysis-file-references.js';

/** A perspective as an analysis file names it. */
export interface AnalysisFilePerspective {
  id: string;
  label: string;
}

/** A code of the codebook; `parent` is another code's name. */
export interface AnalysisFileCode {
  name: string;
  description: string;
  color?: string;
  parent?: string;
}

/** A coding by quote: the store finds the quote in the participant's words. */
export interface AnalysisFileCoding {
  participant: string;
  code: string;
  quote: string;
  source?: string;
  coder?: string;
  comment?: string;
}

/** A theme of one perspective; `parent` names a main theme of the same perspective. */
export interface AnalysisFileTheme {
  perspective: string;
  name: string;
  level: 'main' | 'sub';
  parent?: string;
  definition: string;
  /** Code names. */
  codes: string[];
  status?: ThemeStatus;
  /** Exemplar quotes; each must be the quote of a coding in the file. */
  exemplars?: string[];
}

/** A cross-cutting theme: a summary per perspective id and, optionally, theme names it draws on. */
export interface AnalysisFileTriangulation {
  name: string;
  per_perspective: Record<string, string>;
  /** Null when the relation is not decided yet. */
  relation: Relation | null;
  note: string;
  draws_on?: Record<string, string[]>;
}

/** An analysis kept as a file (the shape of the demo study's `analysis.json`). */
export interface AnalysisFile {
  dataset?: string;
  description?: string;
  perspectives: AnalysisFilePerspective[];
  codes: AnalysisFileCode[];
  codings: AnalysisFileCoding[];
  themes: AnalysisFileTheme[];
  triangulation: AnalysisFileTriangulation[];
}

/** One problem with one item, e.g. `codings[12] (J1, "I wanted to…")` / `unknown code "X"`. */
export interface AnalysisFileProblem {
  item: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const RELATIONS: readonly (Relation | null)[] = ['convergent', 'divergent', 'complementary', 'silent', null];
const STATUSES: readonly ThemeStatus[] = ['candidate', 'reviewed', 'defined'];
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Shortens a quote for an item label so that a problem list stays one line per problem. */
export function shortQuote(q: string): string {
  return q.length > 40 ? `${q.slice(0, 39)}…` : q;
}

/**
 * Validates an analysis file: first the shape of every item, then the references *within* the file
 * (codes, parents, perspectives, theme names, relations, duplicates). Every problem is reported with
 * its item; nothing stops at the first. Items with a wrong shape are left out of `file`; items whose
 * references are wrong stay in, so callers must apply nothing while `problems` is non-empty (the
 * store applies all or nothing). Quotes are not checked against transcripts here: the store does that.
 */
export function parseAnalysisFile(json: unknown): { file: AnalysisFile; problems: AnalysisFileProblem[] } {
  const problems: AnalysisFileProblem[] = [];
  const file: AnalysisFile = { perspectives: [], codes: [], codings: [], themes: [], triangulation: [] };
  // Item labels parallel to file's lists: problems found later must name the item's place in the input.
  const labels: AnalysisFileLabels = { perspectives: [], codes: [], codings: [], themes: [], triangulation: [] };
  if (!isObj(json)) {
    problems.push({ item: 'file', message: 'must be a JSON object with perspectives, codes, codings, themes and triangulation' });
    return { file, problems };
  }
  if (typeof json['dataset'] === 'string') file.dataset = json['dataset'];
  if (typeof json['description'] === 'string') file.description = json['description'];

  const list = (key: keyof Omit<AnalysisFile, 'dataset' | 'description'>): unknown[] => {
    const v = json[key];
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    problems.push({ item: key, message: 'must be a list' });
    return [];
  };
  /** Reads one item's fields, collecting every shape problem of that item. */
  const reader = (o: Obj, item: string) => {
    let ok = true;
    const bad = (key: string, what: string): undefined => {
      problems.push({ item, message: `"${key}" ${what}` });
      ok = false;
      return undefined;
    };
    return {
      ok: () => ok,
      str: (key: string): string => {
        const v = o[key];
        // Names are stored NFC (ADR 008): a decomposed name in the file must still find its code.
        if (typeof v === 'string' && v.trim() !== '') return v.normalize('NFC');
        bad(key, 'must be a non-empty text');
        return '';
      },
      text: (key: string): string => {
        const v = o[key];
        return typeof v === 'string' ? v : (bad(key, 'must be a text') ?? '');
      },
      opt: (key: string): string | undefined => {
        const v = o[key];
        return v === undefined || typeof v === 'string' ? v?.normalize('NFC') : bad(key, 'must be a text when given');
      },
      strings: (key: string, required: boolean): string[] | undefined => {
        const v = o[key];
        if (v === undefined && !required) return undefined;
        if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.filter((x): x is string => typeof x === 'string').map((x) => x.normalize('NFC'));
        return bad(key, 'must be a list of texts');
      },
      record: <T>(key: string, isValue: (v: unknown) => v is T, what: string): Record<string, T> | undefined => {
        const v = o[key];
        if (v === undefined) return undefined;
        if (!isObj(v)) return bad(key, `must be an object of ${what}`);
        const out: Record<string, T> = {};
        for (const [k, x] of Object.entries(v)) {
          if (!isValue(x)) return bad(key, `must be an object of ${what}`);
          out[k] = x;
        }
        return out;
      },
    };
  };
  const each = (key: Parameters<typeof list>[0], label: (o: Obj) => string, read: (o: Obj, item: string) => void): void => {
    list(key).forEach((v, i) => {
      if (!isObj(v)) problems.push({ item: `${key}[${i}]`, message: 'must be an object' });
      else read(v, `${key}[${i}]${label(v)}`);
    });
  };
  const name = (o: Obj, k = 'name'): string => {
    const v = o[k];
    return typeof v === 'string' ? `"${shortQuote(v)}"` : '?';
  };

  each('perspectives', (o) => ` (${typeof o['id'] === 'string' ? o['id'] : '?'})`, (o, item) => {
    const r = reader(o, item);
    const p = { id: r.str('id'), label: r.str('label') };
    if (r.ok()) {
      file.perspectives.push(p);
      labels.perspectives.push(item);
    }
  });
  each('codes', (o) => ` (${name(o)})`, (o, item) => {
    const r = reader(o, item);
    const c: AnalysisFileCode = { name: r.str('name'), description: r.text('description') };
    const color = r.opt('color');
    const parent = r.opt('parent');
    if (color !== undefined && !COLOR.test(color)) problems.push({ item, message: `"color" must look like #rrggbb, not "${color}"` });
    else if (color !== undefined) c.color = color;
    if (parent !== undefined) c.parent = parent;
    if (r.ok()) {
      file.codes.push(c);
      labels.codes.push(item);
    }
  });
  each('codings', (o) => ` (${typeof o['participant'] === 'string' ? o['participant'] : '?'}, ${name(o, 'quote')})`, (o, item) => {
    const r = reader(o, item);
    const c: AnalysisFileCoding = { participant: r.str('participant'), code: r.str('code'), quote: r.str('quote') };
    for (const k of ['source', 'coder', 'comment'] as const) {
      const v = r.opt(k);
      if (v !== undefined) c[k] = v;
    }
    if (r.ok()) {
      file.codings.push(c);
      labels.codings.push(item);
    }
  });
  each('themes', (o) => ` (${typeof o['perspective'] === 'string' ? o['perspective'] : '?'}, ${name(o)})`, (o, item) => {
    const r = reader(o, item);
    const level = o['level'];
    if (level !== 'main' && level !== 'sub') problems.push({ item, message: `"level" must be "main" or "sub"` });
    const t: AnalysisFileTheme = {
      perspective: r.str('perspective'), name: r.str('name'), level: level === 'sub' ? 'sub' : 'main',
      definition: r.text('definition'), codes: r.strings('codes', true) ?? [],
    };
    const parent = r.opt('parent');
    if (parent !== undefined) t.parent = parent;
    const status = r.opt('status');
    const known = STATUSES.find((s) => s === status);
    if (status !== undefined && known === undefined) problems.push({ item, message: `"status" must be one of ${STATUSES.join(', ')}` });
    if (known !== undefined) t.status = known;
    const exemplars = r.strings('exemplars', false);
    if (exemplars !== undefined) t.exemplars = exemplars;
    if (r.ok() && (level === 'main' || level === 'sub')) {
      file.themes.push(t);
      labels.themes.push(item);
    }
  });
  each('triangulation', (o) => ` (${name(o)})`, (o, item) => {
    const r = reader(o, item);
    const relation = RELATIONS.find((x) => x === (o['relation'] ?? null));
    if (relation === undefined) {
      problems.push({ item, message: `"relation" must be one of convergent, divergent, complementary, silent (or null), not ${JSON.stringify(o['relation'])}` });
    }
    const isText = (v: unknown): v is string => typeof v === 'string';
    const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
    const t: AnalysisFileTriangulation = {
      name: r.str('name'), per_perspective: r.record('per_perspective', isText, 'texts') ?? {},
      relation: relation ?? null, note: r.text('note'),
    };
    const drawsOn = r.record('draws_on', isTexts, 'lists of theme names');
    if (drawsOn !== undefined) t.draws_on = drawsOn;
    if (r.ok() && relation !== undefined) {
      file.triangulation.push(t);
      labels.triangulation.push(item);
    }
  });

  problems.push(...checkAnalysisReferences(file, labels));
  return { file, problems };
}
