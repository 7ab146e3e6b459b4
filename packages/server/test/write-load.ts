import { openProject } from '@polyphony/store';
import Database from 'better-sqlite3';
import { post, type ServerProcess } from './server-process.js';

/** One write of a load: a code or a project memo whose name or text no other write uses. */
export interface LoadWrite {
  path: string;
  body: unknown;
  /** The code name or memo text that must be in the project once the write is acknowledged. */
  key: string;
}

/** The `i`-th write tagged `tag`: codes and memos in turn. */
export function nthWrite(tag: string, i: number): LoadWrite {
  const key = `${tag} #${i}`;
  return i % 2 ? { path: '/api/memos', body: { text: key }, key } : { path: '/api/codes', body: { name: key }, key };
}

/** What a load saw: every status (null: no answer) and the keys of acknowledged writes. */
export interface LoadResult {
  statuses: (number | null)[];
  acked: string[];
}

/**
 * Sends writes to a server from `workers` concurrent clients until `enough()`, asked before each
 * write, says so (or the server stops answering), recording what was acknowledged with a 2xx.
 */
export async function writeLoad(
  server: Pick<ServerProcess, 'base' | 'token'>,
  tag: string,
  enough: (sent: number, sofar: LoadResult) => boolean,
  workers = 4,
): Promise<LoadResult> {
  const result: LoadResult = { statuses: [], acked: [] };
  let next = 0;
  let dead = false;
  const worker = async () => {
    while (!dead && !enough(next, result)) {
      const w = nthWrite(tag, next++);
      const status = await post(server, w.path, w.body);
      result.statuses.push(status);
      if (status === null) dead = true;
      else if (status >= 200 && status < 300) result.acked.push(w.key);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return result;
}

/** The acknowledged keys missing from the project file, and its `PRAGMA integrity_check`. */
export async function verifyProject(file: string, acked: readonly string[]): Promise<{ missing: string[]; integrity: string }> {
  const project = await openProject(file);
  const present = new Set([...(await project.listCodes()).map((c) => c.name), ...(await project.listMemos()).map((m) => m.text)]);
  await project.close();
  const raw = new Database(file);
  const integrity = raw.pragma('integrity_check', { simple: true }) as string;
  raw.close();
  return { missing: acked.filter((k) => !present.has(k)), integrity };
}
