/**
 * The import worker's entry (run by `createWorkerParser` in a worker thread): reads each file it
 * is sent with `parseInput` and answers with the result or the refusal. It holds no state
 * between files, so a worker that died can be replaced by a fresh one without losing anything.
 */
import { parentPort } from 'node:worker_threads';
import { isPolyphonyError } from '@polyphony/core';
import { parseInput } from './parse-input.js';
import type { ParseReply, ParseRequest } from './parse-protocol.js';

const port = parentPort;
if (port === null) throw new Error('parse-worker.js runs in a worker thread (see createWorkerParser)');

port.on('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: request.id, ok: true, value: parseInput(request.kind, request.file) };
  } catch (e) {
    reply = isPolyphonyError(e)
      ? { id: request.id, ok: false, error: { code: e.code, message: e.message, details: e.details } }
      : { id: request.id, ok: false, bug: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  try {
    port.postMessage(reply);
  } catch (e) {
    // A result that cannot be copied back (it should always be plain data) is a bug to report.
    port.postMessage({ id: request.id, ok: false, bug: `the result could not be sent back: ${e instanceof Error ? e.message : String(e)}` } satisfies ParseReply);
  }
});
