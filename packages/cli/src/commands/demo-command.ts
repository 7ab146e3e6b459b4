import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProject } from '@polyphony/store';
import { PolyphonyError } from '@polyphony/core';
import type { Command } from 'commander';
import { resolveCoder, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { collectTranscriptFiles } from '../operations/collect-files.js';
import { importPaths, readInput } from '../operations/import-paths.js';
import { loadApp } from '../lazy.js';

/** The demo study shipped in the repository (examples/ips-meetings), found relative to this file. */
export function demoFolder(): string {
  return fileURLToPath(new URL('../../../../examples/ips-meetings/', import.meta.url));
}

/** `demo <project> [--force]`: builds the demo study with its worked analysis applied. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo <project>')
    .description('create the built-in demo project (6 groups × jobseeker, therapist, social worker) with its analysis')
    .option('--force', 'replace the file if it exists')
    .option('--json', 'print JSON')
    .option('--coder <name>', 'coder recorded on the demo codings', 'demo')
    .action(async (file: string, opts: GlobalOptions & { force?: boolean }) => {
      const dir = demoFolder();
      if (!fs.existsSync(path.join(dir, 'analysis.json'))) throw new PolyphonyError('not_found', `The demo study is missing from ${dir}`);
      if (opts.force) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      const coder = resolveCoder(opts.coder);
      const project = await openProject(file, { create: true, actor: coder });
      try {
        await project.setName('IPS collaboration meetings (demo)');
        const { results } = await importPaths(project, collectTranscriptFiles([dir]), { participantsCsv: path.join(dir, 'metadata.csv') });
        const failed = results.filter((r) => r.status === 'failed');
        if (failed.length) throw new PolyphonyError('parse_error', `Demo files failed to import: ${failed.map((f) => f.file).join(', ')}`);
        const { applyAnalysisFile } = await loadApp();
        const summary = await applyAnalysisFile(project, readInput(path.join(dir, 'analysis.json')), coder);
        await project.setPhase(6);
        if (opts.json) printJson({ file, sources: results.length, ...summary });
        else
          print(
            `Demo project written to ${file}: ${results.length} transcripts, ${summary.codes.created} codes, ` +
              `${summary.codings.created} codings, ${summary.themes.created} themes, ${summary.triangulation} cross-cutting themes.`,
          );
      } finally {
        await project.close();
      }
    });
}
