import fs from 'node:fs';
import { PolyphonyError } from '@polyphony/core';
import type { Command } from 'commander';
import { resolveCoder, withProject, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { loadApp } from '../lazy.js';
import { withCommon } from './options.js';

/** Reads and parses a JSON file, naming the file and the position of a syntax error. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new PolyphonyError('not_found', `Cannot read ${file}`, { path: file });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PolyphonyError('parse_error', `${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: file });
  }
}

/** `apply <project> <analysis.json>`: codes, codings, themes and triangulation from a file, all or nothing. */
export function registerApplyCommand(program: Command): void {
  withCommon(program.command('apply <project> <analysis>').description('apply an analysis file (codes, codings by quote, themes, triangulation) in one transaction')).action(
    async (file: string, analysisFile: string, opts: GlobalOptions) => {
      const json = readJsonFile(analysisFile);
      await withProject(file, opts, async (p) => {
        const { applyAnalysis } = await loadApp();
        const s = await applyAnalysis(p, json, resolveCoder(opts.coder));
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
