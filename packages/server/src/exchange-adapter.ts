import { applyAnalysisFile, buildProjectReport, exportProject, importFiles, importQdcFile, sharedWorkerParser, writeReport, type Parser } from '@polyphony/app';
import { isPolyphonyError } from '@polyphony/core';
import type { CopyKind, Project } from '@polyphony/store';
import type { ExchangePort } from './exchange-port.js';

/** Records a download of the project's data (where the browser saves it is unknown) and passes its bytes on. */
async function recorded(project: Project, kind: CopyKind, format: string, bytes: Uint8Array): Promise<Uint8Array> {
  await project.recordCopy({ kind, format, via: 'server' });
  return bytes;
}

/**
 * The store's `Project` and the `@polyphony/app` use cases as the server's `ExchangePort`:
 * the one place where these routes meet the store's exact shapes. Uploaded files are read by
 * `parser`, by default the process's import worker, so that reading a big or hostile file never
 * holds up other requests or endangers the server's heap; writes stay on this thread.
 */
export function exchangeFromStore(project: Project, parser: Parser = sharedWorkerParser().parse): ExchangePort {
  return {
    searchPage: async (q, page) => {
      const { total, hits } = await project.search(q, page);
      return { total, hits };
    },
    searchMatches: (q) => project.searchAll(q),
    codeRanges: (code, ranges) =>
      project.transaction(async () => {
        let coded = 0;
        let existing = 0;
        for (const r of ranges) {
          try {
            await project.code({ source: r.source, code, start: r.start, end: r.end });
            coded++;
          } catch (e) {
            // A match that already carries this code stays as it is; anything else rolls back all.
            if (isPolyphonyError(e) && e.code === 'already_exists') existing++;
            else throw e;
          }
        }
        return { coded, existing };
      }),
    logPage: (page) => project.log(page),
    importTranscript: async (file) => {
      const { results } = await importFiles(project, [file], { parser });
      // importFiles answers one result per file given; one file in, one result out.
      return results[0] ?? { file: file.name, status: 'failed', warnings: [], error: { code: 'internal', message: 'No result' } };
    },
    importParticipants: async (file) => (await importFiles(project, [], { participantsCsv: file, parser })).participants,
    applyAnalysisFile: (file) => applyAnalysisFile(project, file, project.actor, parser),
    mergeCodebook: async (file) => {
      const r = await importQdcFile(project, file, parser);
      return { created: r.created, existing: r.existing, skipped: r.skipped.map((s) => `${s.kind} “${s.name}”: ${s.reason}`) };
    },
    // Each download is recorded, so a later withdrawal can say which copies still hold the words.
    exportFile: async (format) => recorded(project, 'export', format, await exportProject(project, format)),
    reportFile: async (format) => recorded(project, 'report', format, await writeReport(await buildProjectReport(project), format)),
    backupTo: async (file) => {
      await project.backup(file);
      await project.recordCopy({ kind: 'backup', format: 'polyphony', via: 'server' });
    },
  };
}
