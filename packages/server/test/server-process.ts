import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built `polyphony` command (`npm test` builds before it runs the tests). */
export const CLI_MAIN = fileURLToPath(new URL('../../cli/dist/main.js', import.meta.url));

/** A `polyphony serve` running in a process of its own, as a user starts it. */
export interface ServerProcess {
  /** `http://127.0.0.1:port` */
  base: string;
  token: string;
  child: ChildProcess;
  /** Stops it as Ctrl+C would (the project is closed cleanly). */
  stop(): Promise<void>;
  /** Kills it with SIGKILL: no chance to close anything. */
  kill9(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `polyphony serve <file>` and waits for the URL it prints. */
export function startServerProcess(file: string, coder = 'tester'): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI_MAIN, 'serve', file, '--no-open', '--coder', coder], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`polyphony serve exited (${code}) before it printed its URL: ${err}`)));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(out);
      if (!m?.[1] || !m[2]) return;
      child.removeAllListeners('exit');
      resolve({
        base: m[1],
        token: m[2],
        child,
        async stop() {
          child.kill('SIGTERM');
          await exited(child);
        },
        async kill9() {
          child.kill('SIGKILL');
          await exited(child);
        },
      });
    });
  });
}

/** Runs the built CLI without waiting synchronously, so it can run beside servers and requests. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI_MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, POLYPHONY_CODER: 'cli' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** One JSON write to a server; the status, or `null` when no answer came (the server died). */
export async function post(server: Pick<ServerProcess, 'base' | 'token'>, path: string, body: unknown): Promise<number | null> {
  try {
    const res = await fetch(server.base + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return null;
  }
}
