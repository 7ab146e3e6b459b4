import type { Q } from '../db/schema.js';
import { redactColumns, type QuoteFinder } from './free-text.js';

/** What a person knows a redacted text by. */
export type RedactedKind = 'memo' | 'journal' | 'coding' | 'code' | 'theme';

/** A text from which a withdrawn participant's words were taken: what, which, where, how often. */
export interface RedactedText {
  kind: RedactedKind;
  id: string;
  /** How a person finds it: a code's or theme's name, a memo's target, a coding's code and source. */
  label: string;
  /** The columns that changed (`text`, `comment`, `name`, `definition`, `note`, `summaries`). */
  fields: string[];
  passages: number;
}

/** A name not in `taken`: the redacted name itself, or it with " (2)", " (3)", … */
function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

/** Codes and themes first: their names may change, and memos and codings are labelled by them. */
async function redactNamed(q: Q, quotes: QuoteFinder, table: 'codes' | 'themes', out: RedactedText[]): Promise<Map<string, string>> {
  const rows = await q.selectFrom(table).selectAll().execute();
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const taken = new Set(names.values());
  for (const row of rows) {
    const { changes, passages } = redactColumns(quotes, table, row);
    if (passages === 0) continue;
    if (changes['name'] !== undefined) {
      // Names are unique; two in-vivo names of the same quote must not collide.
      taken.delete(row.name);
      changes['name'] = freeName(changes['name'], taken);
      taken.add(changes['name']);
      names.set(row.id, changes['name']);
    }
    await q.updateTable(table).set(changes).where('id', '=', row.id).execute();
    out.push({ kind: table === 'codes' ? 'code' : 'theme', id: row.id, label: names.get(row.id) ?? row.id, fields: Object.keys(changes), passages });
  }
  return names;
}

/**
 * Takes the participant's words out of everything a researcher typed: memos and journal entries,
 * coding comments, code names and descriptions, theme names, definitions, notes and
 * triangulation summaries. Rows are changed in place (the log's copies are redacted separately);
 * the list says what changed.
 */
export async function redactFreeText(q: Q, quotes: QuoteFinder): Promise<RedactedText[]> {
  const out: RedactedText[] = [];
  if (quotes.spoken.runs.size === 0 && quotes.spoken.sentences.size === 0) return out;
  const codes = await redactNamed(q, quotes, 'codes', out);
  const themes = await redactNamed(q, quotes, 'themes', out);
  const sources = new Map((await q.selectFrom('sources').select(['id', 'name']).execute()).map((s) => [s.id, s.name]));

  const codings = await q.selectFrom('codings').innerJoin('segments', 'segments.id', 'codings.segment_id')
    .select(['codings.id', 'codings.code_id', 'codings.comment', 'segments.source_id']).where('codings.comment', '!=', '').execute();
  const codingLabel = (k: { code_id: string; source_id: string }) => `“${codes.get(k.code_id) ?? k.code_id}” on ${sources.get(k.source_id) ?? k.source_id}`;
  for (const k of codings) {
    const { changes, passages } = redactColumns(quotes, 'codings', k);
    if (passages === 0) continue;
    await q.updateTable('codings').set(changes).where('id', '=', k.id).execute();
    out.push({ kind: 'coding', id: k.id, label: `comment on ${codingLabel(k)}`, fields: Object.keys(changes), passages });
  }
  const codingOf = async (id: string) => {
    const k = await q.selectFrom('codings').innerJoin('segments', 'segments.id', 'codings.segment_id')
      .select(['codings.code_id', 'segments.source_id']).where('codings.id', '=', id).executeTakeFirst();
    return k ? codingLabel(k) : id;
  };

  for (const m of await q.selectFrom('memos').selectAll().execute()) {
    const { changes, passages } = redactColumns(quotes, 'memos', m);
    if (passages === 0) continue;
    await q.updateTable('memos').set(changes).where('id', '=', m.id).execute();
    const target = m.target_id ?? '';
    const label =
      m.target_kind === 'project' ? (m.phase === null ? 'project memo' : `journal, phase ${m.phase}`)
      : m.target_kind === 'code' ? `memo on code “${codes.get(target) ?? target}”`
      : m.target_kind === 'theme' ? `memo on theme “${themes.get(target) ?? target}”`
      : m.target_kind === 'source' ? `memo on source ${sources.get(target) ?? target}`
      : `memo on coding ${await codingOf(target)}`;
    out.push({ kind: m.target_kind === 'project' && m.phase !== null ? 'journal' : 'memo', id: m.id, label, fields: Object.keys(changes), passages });
  }
  return out;
}
