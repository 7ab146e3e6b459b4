import type { Command } from 'commander';
import { resolveCoder, withProject, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { loadApp } from '../lazy.js';
import { readInput } from '../operations/import-paths.js';
import { withCommon } from './options.js';

/** `apply <project> <analysis.json>`: codes, codings, themes and triangulation from a file, all or nothing. */
export function registerApplyCommand(program: Command): void {
  withCommon(program.command('apply <project> <analysis>').description('apply an analysis file (codes, codings by quote, themes, triangulation) in one transaction')).action(
    async (file: string, analysisFile: string, opts: GlobalOptions) => {
      // Read within the analysis file's limits (size, nesting) by the shared use case.
      const input = readInput(analysisFile);
      await withProject(file, opts, async (p) => {
        const { applyAnalysisFile } = await loadApp();
        const s = await applyAnalysisFile(p, input, resolveCoder(opts.coder));
        if (opts.json) return printJson(s);
        print(
          `Applied ${analysisFile}: ${s.codes.created} codes created (${s.codes.updated} updated), ` +
            `${s.codings.created} codings created (${s.codings.existing} already there), ` +
            `${s.themes.created} themes created (${s.themes.updated} updated), ${s.triangulation} cross-cutting themes.`,
        );
      });
    },
  );
}
