import { Worker } from 'node:worker_threads';
import { PolyphonyError } from '@polyphony/core';
import type { InputFile, ParseKind, ParsedInputs, Parser } from './parse-input.js';
import type { ParseReply } from './parse-protocol.js';

/** Limits of the import worker. */
export interface WorkerParserOptions {
  /** The worker's heap (V8 old generation), in MB. Default {@link DEFAULT_WORKER_HEAP_MB}. */
  heapMb?: number;
  /** Longest one file may take to read, in milliseconds, before the worker is stopped. Default 120 s. */
  timeoutMs?: number;
  /** How long an idle worker waits for the next file before it is stopped, in milliseconds. Default 30 s. */
  idleMs?: number;
}

/** A {@link Parser} backed by a worker thread, and a way to stop the thread. */
export interface WorkerParser {
  parse: Parser;
  /** Stops the worker; files still waiting are refused. */
  close(): Promise<void>;
}

/**
 * Heap of the import worker: the largest accepted input (see `INPUT_LIMITS`: a transcript of
 * 10 million characters, a project archive of 256 MB) reads in a fraction of it, and a server
 * plus its worker still fit a laptop with 4 GB of memory.
 */
export const DEFAULT_WORKER_HEAP_MB = 1024;

// Built code runs the built worker beside it; tests run the sources, and a worker thread cannot
// load TypeScript, so they use the build (which `npm test` makes first, as for the CLI tests).
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../dist/parse-worker.js', import.meta.url)
  : new URL('./parse-worker.js', import.meta.url);

interface Job {
  id: number;
  kind: ParseKind;
  file: InputFile;
  resolve: (value: ParsedInputs[ParseKind]) => void;
  reject: (error: Error) => void;
}

/**
 * Reads untrusted files in a worker thread with a capped heap, one file at a time, so that the
 * thread that calls it keeps answering (the server's other requests go on while a big file is
 * read) and a hostile file can at worst exhaust the worker. A worker that ran out of memory is
 * answered as `file_too_large` naming the memory limit, one that ran out of time likewise; the
 * next file gets a fresh worker. The worker is stopped after `idleMs` without work, and never
 * keeps the process alive while idle. Results and refusals are the same as `parseInput`'s.
 */
export function createWorkerParser(options: WorkerParserOptions = {}): WorkerParser {
  const heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const idleMs = options.idleMs ?? 30_000;
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let current: Job | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const finish = (job: Job, outcome: { value: ParsedInputs[ParseKind] } | { error: Error }): void => {
    if (current !== job) return;
    current = null;
    clearTimer();
    if ('error' in outcome) job.reject(outcome.error);
    else job.resolve(outcome.value);
    next();
  };
  /** Stops the worker; the job it was reading (if any) fails with `error`. */
  const stop = (error: Error): void => {
    const w = worker;
    worker = null;
    if (w !== null) void w.terminate();
    if (current !== null) finish(current, { error });
  };
  const start = (): Worker => {
    const w = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    w.on('message', (reply: ParseReply) => {
      const job = current;
      if (job === null || reply.id !== job.id) return;
      if (reply.ok) finish(job, { value: reply.value });
      else if ('error' in reply) finish(job, { error: new PolyphonyError(reply.error.code, reply.error.message, reply.error.details) });
      else finish(job, { error: new Error(`The import worker failed on ${job.file.name}: ${reply.bug}`) });
    });
    w.on('error', (e: Error & { code?: string }) => {
      if (worker !== w) return;
      const name = current?.file.name ?? 'the file';
      stop(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new PolyphonyError('file_too_large', `${name}: reading it needs more than the limit of ${heapMb} MB of memory`, { file: name, limit: heapMb, unit: 'MB of memory' })
          : new Error(`The import worker failed on ${name}: ${e.message}`),
      );
    });
    w.on('exit', () => {
      if (worker === w) stop(new Error(`The import worker stopped while reading ${current?.file.name ?? 'a file'}`));
    });
    return w;
  };
  const next = (): void => {
    if (current !== null) return;
    const job = queue.shift();
    if (job === undefined) {
      worker?.unref();
      if (worker !== null) timer = setTimeout(() => stop(new Error('idle')), idleMs).unref();
      return;
    }
    clearTimer();
    worker ??= start();
    worker.ref();
    current = job;
    timer = setTimeout(() => {
      stop(new PolyphonyError('file_too_large', `${job.file.name}: reading it takes longer than the limit of ${timeoutMs / 1000} s`, { file: job.file.name, limit: timeoutMs, unit: 'ms' }));
    }, timeoutMs);
    // A copy is handed over (transferred, not cloned again): the caller's bytes may share memory.
    const bytes = job.file.bytes.slice();
    worker.postMessage({ id: job.id, kind: job.kind, file: { name: job.file.name, bytes } }, [bytes.buffer]);
  };

  const parse = (<K extends ParseKind>(kind: K, file: InputFile): Promise<ParsedInputs[K]> =>
    new Promise<ParsedInputs[K]>((resolve, reject) => {
      if (closed) return reject(new Error('The import worker is closed'));
      queue.push({ id: nextId++, kind, file, resolve: resolve as (value: ParsedInputs[ParseKind]) => void, reject });
      next();
    })) satisfies Parser;

  return {
    parse,
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('The import worker is closed'));
      const w = worker;
      worker = null;
      clearTimer();
      if (current !== null) {
        const job = current;
        current = null;
        job.reject(new Error('The import worker is closed'));
      }
      if (w !== null) await w.terminate();
    },
  };
}

let shared: WorkerParser | null = null;

/** One import worker per process, started on first use, for every server in it. */
export function sharedWorkerParser(): WorkerParser {
  shared ??= createWorkerParser();
  return shared;
}
