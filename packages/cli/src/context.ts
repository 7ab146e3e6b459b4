import os from 'node:os';
import { openProject, type Project } from '@polyphony/store';

/** Options every command that works on a project accepts. */
export interface GlobalOptions {
  json?: boolean;
  coder?: string;
}

/**
 * The coder recorded on changes: `--coder`, then `POLYPHONY_CODER`, then the OS user name.
 * Flags, then environment, then defaults — the CLI's rule for every option.
 */
export function resolveCoder(flag: string | undefined): string {
  if (flag && flag.trim()) return flag.trim();
  const env = process.env.POLYPHONY_CODER;
  if (env && env.trim()) return env.trim();
  try {
    return os.userInfo().username || 'coder';
  } catch {
    return 'coder';
  }
}

/** Opens a project file, runs `fn`, and always closes the file (checkpointing the WAL). */
export async function withProject<T>(file: string, opts: GlobalOptions, fn: (project: Project) => Promise<T>): Promise<T> {
  const project = await openProject(file, { actor: resolveCoder(opts.coder) });
  try {
    return await fn(project);
  } finally {
    await project.close();
  }
}
