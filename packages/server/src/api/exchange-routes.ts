import { EXCHANGE_FILE_ROUTES, PolyphonyError } from '@polyphony/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { HttpError } from '../http/api-error.js';
import { requireMediaType } from '../http/request-body.js';
import type { UploadedFile } from '../exchange-port.js';
import type { ProjectPort } from '../project-port.js';
import { applyAnalysisUpload, exportDownload, importTranscript } from './exchange-handlers.js';
import { reportFile } from './report-handlers.js';

/** The largest upload: the transcript reader's own cap, so no readable file is refused here. */
export const UPLOAD_LIMIT = 50 * 1024 * 1024;

const fileName = z.string().trim().min(1, 'Say the file name in ?name=').max(255);
const formatQuery = z.object({ format: z.string().min(1, 'Say the format in ?format=').max(40) });
const reportQuery = z.object({ format: z.enum(['md', 'docx', 'csv']) });

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new HttpError('bad_input', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
}

/** The uploaded file: its bytes and the (path-free) name from `?name=`. */
function uploaded(request: FastifyRequest): UploadedFile {
  const { name } = parse(z.object({ name: fileName }), request.query);
  const body = request.body;
  if (!(body instanceof Buffer) || body.length === 0) throw new HttpError('bad_input', `No file was sent (the body of the upload of ${name} is empty)`);
  // Only the base name matters; a path in it must never reach a source name.
  return { name: name.split(/[\\/]/).pop() ?? name, bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / 5987). */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\/]/g, '_') || 'polyphony';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A file name stem from the project's name: letters, digits and dashes. */
async function stem(p: ProjectPort): Promise<string> {
  const name = (await p.info()).name;
  return name.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'project';
}

async function download(p: ProjectPort, reply: FastifyReply, file: { bytes: Uint8Array; suffix: string; type: string }) {
  return reply
    .header('content-type', file.type)
    .header('content-disposition', contentDisposition(`${await stem(p)}${file.suffix}`))
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/**
 * Registers the raw-body routes of import, export, report downloads and backup. Uploads get their
 * own scope whose only body parser takes `application/octet-stream` as bytes (any other type is
 * refused before a byte is read, 415), with a size cap checked from Content-Length before a byte
 * is read (413), and by the parser for chunked bodies.
 */
export function registerExchangeRoutes(app: FastifyInstance, project: ProjectPort): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
    // Only raw bytes: a form or text/plain upload is what a foreign page could send unasked.
    scope.addHook('onRequest', requireMediaType('application/octet-stream', "Send the file's bytes as the body"));
    scope.addHook('onRequest', async (request) => {
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > UPLOAD_LIMIT) {
        throw new PolyphonyError('file_too_large', `The upload is ${Math.ceil(length / 1048576)} MB; the limit is ${UPLOAD_LIMIT / 1048576} MB per file`);
      }
    });
    // The route's own limit too, so that a refusal names the limit that applies here.
    const limit = { bodyLimit: UPLOAD_LIMIT };
    scope.post(EXCHANGE_FILE_ROUTES.importTranscript, limit, async (request) => importTranscript(project, uploaded(request)));
    scope.post(EXCHANGE_FILE_ROUTES.importParticipants, limit, async (request) => ({ participants: await project.importParticipants(uploaded(request)) }));
    scope.post(EXCHANGE_FILE_ROUTES.applyAnalysis, limit, async (request) => applyAnalysisUpload(project, uploaded(request)));
    scope.post(EXCHANGE_FILE_ROUTES.mergeCodebook, limit, async (request) => project.mergeCodebook(uploaded(request)));
  });

  app.get(EXCHANGE_FILE_ROUTES.exportFile, async (request, reply) =>
    download(project, reply, await exportDownload(project, parse(formatQuery, request.query).format)),
  );
  app.get(EXCHANGE_FILE_ROUTES.reportFile, async (request, reply) =>
    download(project, reply, await reportFile(project, parse(reportQuery, request.query).format)),
  );
  app.get(EXCHANGE_FILE_ROUTES.backup, async (_request, reply) => {
    const dir = await mkdtemp(join(tmpdir(), 'polyphony-backup-'));
    const file = join(dir, 'backup.polyphony');
    try {
      await project.backupTo(file);
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      throw e;
    }
    const stream = createReadStream(file);
    // The copy holds health data: remove it as soon as it has been sent (or the client left).
    stream.on('close', () => void rm(dir, { recursive: true, force: true }));
    return reply
      .header('content-type', 'application/vnd.sqlite3')
      .header('content-disposition', contentDisposition(`${await stem(project)}-backup.polyphony`))
      .send(stream);
  });
}
