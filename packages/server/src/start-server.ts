import { openProject } from '@polyphony/store';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessLink, generateToken } from './auth/token.js';
import { createServer } from './create-server.js';
import { errorLogPath } from './http/error-log.js';
import { fromStore } from './store-adapter.js';

/** Options of `polyphony serve`. */
export interface StartOptions {
  /** The project file to open. */
  file: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Open the system browser at the URL. */
  open?: boolean;
  /** Who is recorded as the author of changes. */
  actor?: string;
  /** Where the built web app is; defaults to the web package's `dist` beside this package. */
  webRoot?: string;
  /** Where to print the URL and the error log's place; defaults to stdout. */
  print?: (line: string) => void;
}

/** A running server: its link (the token in the fragment) and a way to stop it and close the project. */
export interface RunningServer {
  url: string;
  token: string;
  port: number;
  /** The file server errors are appended to. */
  errorLog: string;
  close(): Promise<void>;
}

/** The web app's build folder, found relative to this file (packages/server/dist → packages/web/dist). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  // Best effort: a missing opener must not stop the server, the URL is printed anyway.
  spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}

/**
 * Opens a project and serves it on 127.0.0.1 only (never on other interfaces: the project holds
 * health data). Prints the link with a fresh token that the API demands on every call, and where
 * server errors will be written.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const project = await openProject(options.file, options.actor === undefined ? {} : { actor: options.actor });
  const token = generateToken();
  const errorLog = errorLogPath(resolve(options.file));
  const app = createServer({ project: fromStore(project), token, webRoot: options.webRoot ?? DEFAULT_WEB_ROOT, errorLog });
  try {
    await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  } catch (e) {
    await project.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  const url = accessLink(port, token);
  const print = options.print ?? ((line: string) => process.stdout.write(line + '\n'));
  print(`Polyphony is running at ${url}`);
  print(`Server errors are written to ${errorLog}`);
  if (options.open) openBrowser(url);
  return {
    url,
    token,
    port,
    errorLog,
    async close() {
      await app.close();
      await project.close();
    },
  };
}
