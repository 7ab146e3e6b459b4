import { afterEach, expect } from 'vitest';
import type { Project } from '../src/index.js';
import { seededProject } from './fixtures.js';

const open: Project[] = [];
afterEach(async () => {
  for (const p of open.splice(0)) await p.close().catch(() => undefined);
});

/** A seeded project closed after the test. */
export async function seeded(file?: string): Promise<Project> {
  const p = await seededProject(file);
  open.push(p);
  return p;
}

/** Matcher for a PolyphonyError with this code. */
export const withCode = (code: string) => expect.objectContaining({ code });
