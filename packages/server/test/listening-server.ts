import type { Project } from '@polyphony/store';
import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ServerOptions } from '../src/create-server.js';
import type { ProjectPort } from '../src/project-port.js';
import { fromStore } from '../src/store-adapter.js';
import { buildProject } from './build-project.js';

/** The token of a listening test server. */
export const LISTEN_TOKEN = 'listening-server-token-0123456789abcdef';

/** Words only the test project holds: an answer that contains one leaked project data. */
export const PROJECT_WORDS = ['Test study', 'I felt heard', 'J1 interview', 'Being heard', 'Voices unheard', 'A private memo', 'SQLite format'];

/** Everything a project holds (its info, all its data, the length of its log): equal before and after means nothing changed. */
export async function projectFingerprint(project: Project): Promise<string> {
  return JSON.stringify({ info: await project.info(), snapshot: await project.snapshot(), log: (await project.log({ limit: 10_000 })).length });
}

/** A running server on 127.0.0.1 with a real project that holds every kind of thing a route reads. */
export interface ListeningServer {
  port: number;
  project: Project;
  app: FastifyInstance;
  /** Ids of things in the project, for path parameters. */
  ids: { source: string; code: string; coding: string; segment: string; theme: string };
  dir: string;
  close(): Promise<void>;
}

/**
 * Starts a server like `polyphony serve` does, on a free port: a built project with a code, a
 * coding, a theme and a memo, and a small web root (a shell and one script) so that the public
 * routes exist too. `wrap` may put a test double in front of the project port.
 */
export async function startListeningServer(extra: Partial<ServerOptions> = {}, wrap: (port: ProjectPort) => ProjectPort = (p) => p): Promise<ListeningServer> {
  const built = await buildProject();
  const { project } = built;
  const code = await project.createCode({ name: 'Being heard' });
  const coded = await project.code({ source: 'J1 interview', code: code.id, quote: 'I felt heard' });
  const theme = await project.createTheme({ name: 'Voices unheard', perspective: 'J', codes: [code.id] });
  await project.addMemo({ text: 'A private memo', targetKind: 'project', targetId: null });
  const source = (await project.listSources())[0]?.id ?? '';
  const dir = mkdtempSync(join(tmpdir(), 'polyphony-web-root-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Polyphony</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app");');
  const app = createServer({ project: wrap(fromStore(project)), token: LISTEN_TOKEN, webRoot: dir, ...extra });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    port,
    project,
    app,
    ids: { source, code: code.id, coding: coded.coding.id, segment: coded.segment.id, theme: theme.id },
    dir,
    async close() {
      await app.close();
      await built.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
