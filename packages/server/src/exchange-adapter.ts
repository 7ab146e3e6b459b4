import { applyAnalysisFile, buildProjectReport, exportProject, importFiles, importQdcFile, sharedWorkerParser, writeReport, type Parser } from '@polyphony/app';
import { isPolyphonyError } from '@polyphony/core';
import type { Project } from '@polyphony/store';
import type { ExchangePort } from './exchange-port.js';

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
    exportFile: (format) => exportProject(project, format),
    reportFile: async (format) => writeReport(await buildProjectReport(project), format),
    backupTo: (file) => project.backup(file),
  };
}
