import type { Command } from 'commander';
import { PolyphonyError } from '@polyphony/core';
import type { ImportReport } from '@polyphony/formats';
import { withProject, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { formatTable, note, print, printJson } from '../output.js';
import { startProgress } from '../progress.js';
import { collectTranscriptFiles } from '../operations/collect-files.js';
import { importPaths, readInput } from '../operations/import-paths.js';
import { openProject } from '@polyphony/store';
import { resolveCoder } from '../context.js';
import fs from 'node:fs';
import { withCommon } from './options.js';
import { loadApp } from '../lazy.js';

/** Is this path a REFI-QDA exchange file (project or codebook)? */
const isInterchangeFile = (file: string) => /\.(qdpx|qdc)$/i.test(file);

/** `import <project> <files or folders…> [--participants csv]`. */
export function registerImportCommand(program: Command): void {
  withCommon(program.command('import <project> <paths...>').description('import transcripts (.txt, .docx, .vtt, .srt) and a participants CSV'))
    .option('--participants <csv>', 'participants CSV: participant, perspective, case, attribute columns…')
    .option('--interviewer <labels>', 'comma-separated speaker labels that are interviewers (default: Interviewer, Intervjuer, I, Moderator, …)')
    .option('--kind <kind>', 'source kind: interview, meeting, check-in, field-note, document')
    .action(async (file: string, paths: string[], opts: GlobalOptions & { participants?: string; interviewer?: string; kind?: string }) => {
      const exchange = paths.filter(isInterchangeFile);
      if (exchange.length) {
        if (exchange.length !== paths.length || exchange.length > 1)
          throw new PolyphonyError('bad_input', 'Import one .qdpx or .qdc file at a time, without other files');
        const target = exchange[0]!;
        const { importQdcFile, importQdpxFile } = await loadApp();
        if (/\.qdpx$/i.test(target)) {
          // A .qdpx becomes a new project: create the file when it does not exist yet.
          const created = !fs.existsSync(file);
          const project = await openProject(file, { create: created, actor: resolveCoder(opts.coder) });
          let report;
          try {
            report = await importQdpxFile(project, readInput(target));
          } catch (e) {
            await project.close();
            if (created) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
            throw e;
          }
          await project.close();
          printInterchangeReport(report, opts.json);
        } else {
          await withProject(file, opts, async (p) => printInterchangeReport(await importQdcFile(p, readInput(target)), opts.json));
        }
        return;
      }
      const files = collectTranscriptFiles(paths);
      await withProject(file, opts, async (project) => {
        const progress = startProgress(files.length, !opts.json);
        const { participants, results } = await importPaths(project, files, {
          participantsCsv: opts.participants,
          interviewerLabels: opts.interviewer?.split(',').map((s) => s.trim()).filter(Boolean),
          kind: opts.kind as never,
          onFile: (name) => progress.tick(name),
        });
        progress.stop();
        const failed = results.filter((r) => r.status === 'failed');
        if (opts.json) printJson({ participants, results });
        else {
          if (participants) print(`Participants: ${participants} from ${opts.participants}`);
          print(
            formatTable(results, [
              { header: 'file', value: (r) => r.file, max: 40 },
              { header: 'result', value: (r) => r.status },
              { header: 'participant', value: (r) => r.participant ?? '' },
              { header: 'turns', value: (r) => r.turns ?? '', align: 'right' },
              {
                header: 'notes',
                value: (r) =>
                  r.error?.message ??
                  [
                    r.reanchored ? `segments: ${r.reanchored.stayed} stayed, ${r.reanchored.moved} moved, ${r.reanchored.orphaned} orphaned` : '',
                    r.unmappedSpeakers?.length ? `unmapped speakers: ${r.unmappedSpeakers.join(', ')}` : '',
                    ...r.warnings,
                  ]
                    .filter(Boolean)
                    .join('; '),
              },
            ]),
          );
          print(`${results.length - failed.length} of ${results.length} file(s) imported${failed.length ? `, ${failed.length} failed (nothing of them was stored)` : ''}.`);
        }
        if (failed.length) {
          for (const f of failed) {
            // Most readers' messages already start with the file's name.
            const message = f.error?.message ?? '';
            note(`error [${f.error?.code}]: ${message.startsWith(f.file) ? message : `${f.file}: ${message}`}`);
          }
          process.exitCode = EXIT.partial;
        }
      });
    });
}

/** Prints what a REFI-QDA import brought in and, honestly, what it could not hold. */
function printInterchangeReport(report: ImportReport & { created?: number; existing?: number }, json: boolean | undefined): void {
  if (json) return printJson(report);
  print(`Imported: ${Object.entries(report.imported).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing'}`);
  if (report.created !== undefined) print(`Codes: ${report.created} new, ${report.existing ?? 0} already in the project`);
  for (const w of report.warnings) print(`warning: ${w}`);
  if (report.skipped.length) {
    print(`Not imported (${report.skipped.length}) — Polyphony cannot hold these:`);
    print(formatTable(report.skipped, [
      { header: 'kind', value: (s) => s.kind },
      { header: 'name', value: (s) => s.name, max: 40 },
      { header: 'reason', value: (s) => s.reason, max: 70 },
    ]));
  }
}
