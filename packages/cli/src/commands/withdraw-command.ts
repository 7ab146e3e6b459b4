import { PolyphonyError } from '@polyphony/core';
import type { Command } from 'commander';
import { withProject, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { withCommon } from './options.js';

/** `withdraw <project> <participant> --yes`: a participant withdraws consent. */
export function registerWithdrawCommand(program: Command): void {
  withCommon(program.command('withdraw <project> <participant>').description('remove a participant who withdrew consent: every word of theirs, everywhere'))
    .option('--yes', 'confirm: this cannot be undone')
    .action(async (file: string, id: string, opts: GlobalOptions & { yes?: boolean }) => {
      await withProject(file, opts, async (p) => {
        const participant = (await p.listParticipants()).find((x) => x.id === id);
        if (!participant) throw new PolyphonyError('unknown_participant', `No participant "${id}" in this project`);
        if (!opts.yes) {
          print(`This removes ${id}'s sources, turns, coded segments, quotes and search index entries, and their words in the audit log.`);
          print('It cannot be undone. Run again with --yes to proceed.');
          return;
        }
        const removed = await p.withdraw(id);
        if (opts.json) printJson(removed);
        else print(`${id} withdrawn: ${Object.entries(removed).map(([k, v]) => `${v} ${k}`).join(', ')}. Only a record that the withdrawal happened remains.`);
      });
    });
}
