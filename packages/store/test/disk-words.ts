import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The words (as UTF-8 bytes) found anywhere in a project file or its `-wal`: a raw scan that sees
 * deleted rows, free pages and old page copies, which no query can.
 */
export function wordsOnDisk(file: string, words: readonly string[]): string[] {
  const parts = [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
  return words.filter((w) => parts.some((b) => b.includes(Buffer.from(w.normalize('NFC'), 'utf8'))));
}

/** Another process reading the project in an open transaction (see `hold-read.mjs`). */
export interface ReadHolder {
  /** Ends the read transaction (the process stays, its connection open). */
  end(): Promise<void>;
  /** Closes the connection and waits for the process to exit. */
  close(): Promise<void>;
}

function waitForLine(child: ChildProcessWithoutNullStreams, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (seen.split('\n').includes(line)) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the reading process exited (${code}) before "${line}"`)));
  });
}

/** Starts a second process that holds a read transaction on `file`; resolves once it reads. */
export async function holdRead(file: string): Promise<ReadHolder> {
  const script = fileURLToPath(new URL('./hold-read.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, file], { stdio: ['pipe', 'pipe', 'pipe'] });
  await waitForLine(child, 'reading');
  return {
    async end() {
      const ended = waitForLine(child, 'ended');
      child.stdin.write('end\n');
      await ended;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin.end();
      await exited;
    },
  };
}
