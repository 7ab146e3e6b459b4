import fs from 'node:fs';
import path from 'node:path';
import { PolyphonyError } from '@polyphony/core';
import { openProject } from '@polyphony/store';
import type { Command } from 'commander';
import { resolveCoder, withProject, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { loadApp } from '../lazy.js';
import { withCommon } from './options.js';

/** `export`, `backup`, `restore`. */
export function registerExportCommands(program: Command): void {
  withCommon(
    program
      .command('export <project>')
      .description('export the project (REFI-QDA qdpx/qdc, analysis JSON, coded segments CSV/XLSX, codebook, matrix)'),
  )
    .requiredOption('--format <format>', 'qdpx | qdc | analysis | segments-csv | segments-xlsx | codebook-csv | codebook-md | codebook-docx | matrix-csv')
    .requiredOption('--out <file>', 'where to write it')
    .action(async (file: string, opts: GlobalOptions & { format: string; out: string }) => {
      await withProject(file, opts, async (p) => {
        const { exportProject } = await loadApp();
        const bytes = await exportProject(p, opts.format);
        writeAtomically(opts.out, bytes);
        await p.recordCopy({ kind: 'export', format: opts.format, path: path.resolve(opts.out), via: 'cli' });
        if (opts.json) printJson({ format: opts.format, out: opts.out, bytes: bytes.length });
        else print(`Exported ${opts.format} to ${opts.out} (${bytes.length} bytes)`);
      });
    });

  withCommon(program.command('backup <project> <backup-file>').description('a full-fidelity copy of the project file (SQLite online backup), safe while it is open')).action(
    async (file: string, out: string, opts: GlobalOptions) => {
      if (fs.existsSync(out)) throw new PolyphonyError('already_exists', `${out} exists; choose another name`);
      await withProject(file, opts, async (p) => {
        await p.backup(out);
        await p.recordCopy({ kind: 'backup', format: 'polyphony', path: path.resolve(out), via: 'cli' });
      });
      if (opts.json) printJson({ out, bytes: fs.statSync(out).size });
      else print(`Backed up ${file} to ${out}`);
    },
  );

  withCommon(program.command('restore <backup-file> <project>').description('restore a backup into a new project file'))
    .option('--force', 'replace the project file if it exists')
    .action(async (backup: string, file: string, opts: GlobalOptions & { force?: boolean }) => {
      if (!fs.existsSync(backup)) throw new PolyphonyError('not_found', `No backup file ${backup}`);
      if (fs.existsSync(file) && !opts.force) throw new PolyphonyError('project_exists', `${file} exists; use --force to replace it`);
      // Check that the backup is a project this version can open before anything is replaced.
      const check = await openProject(backup, { actor: resolveCoder(opts.coder) });
      await check.close();
      const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.restoring`);
      fs.copyFileSync(backup, tmp);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      fs.renameSync(tmp, file);
      if (opts.json) printJson({ restored: file });
      else print(`Restored ${backup} to ${file}`);
    });
}

/** Writes through a temporary file and a rename, so a failed export never leaves half a file. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}
