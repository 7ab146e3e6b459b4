import { isPolyphonyError, PolyphonyError } from '@polyphony/core';

/** SQLite's extended result name as better-sqlite3 throws it (`SQLITE_BUSY_SNAPSHOT`), if any. */
function sqliteCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** Whether `e` is SQLite saying another connection holds a lock (any `SQLITE_BUSY*`). */
export function isBusy(e: unknown): boolean {
  return sqliteCode(e)?.startsWith('SQLITE_BUSY') ?? false;
}

/** The advice every `corrupt_project` error gives. */
export function corruptAdvice(file: string): string {
  return `Nothing was changed. Restore the project from a backup made with \`polyphony backup\` (\`polyphony restore <backup> ${file}\`).`;
}

/**
 * SQLite only: turns the SQLite failures a user can meet into PolyphonyErrors naming the file and
 * what to do — a full disk, a file or folder that cannot be written, a damaged file, a lock held by
 * another program. Anything else (a bug) is returned as it is.
 */
export function projectError(e: unknown, file: string): unknown {
  if (isPolyphonyError(e)) return e;
  const code = sqliteCode(e);
  if (code === undefined) return e;
  const reason = (e as Error).message;
  if (code === 'SQLITE_FULL') {
    return new PolyphonyError('disk_full', `The disk holding ${file} is full: this change was not saved. Free some space and try again.`, { file });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new PolyphonyError('read_only', `${file} cannot be written (${reason}); it can still be read. Nothing was changed.`, { file });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new PolyphonyError('corrupt_project', `${file} is damaged (${reason}). ${corruptAdvice(file)}`, { file });
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return new PolyphonyError('project_busy', `${file} is being written by another program (a second \`polyphony serve\` or a CLI command) and stayed locked too long; this change was not saved. Try again.`, { file });
  }
  return e;
}
