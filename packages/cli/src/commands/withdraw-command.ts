import { isPolyphonyError, PolyphonyError } from '@polyphony/core';
import { DEFAULT_PURGE_WAIT_MS, type Project, type WithdrawResult } from '@polyphony/store';
import type { Command } from 'commander';
import { withProject, type GlobalOptions } from '../context.js';
import { exitCodeFor } from '../exit-codes.js';
import { note, print, printJson } from '../output.js';
import { intOption, withCommon } from './options.js';
import { purgeCommand, withdrawalSummary } from './withdraw-summary.js';

type WithdrawOptions = GlobalOptions & { yes?: boolean; purge?: boolean; wait?: string };

/** The withdrawal's result, or the result a pending purge carries with its error. */
async function run(p: Project, id: string, waitMs: number): Promise<{ result: WithdrawResult; pending?: PolyphonyError }> {
  try {
    return { result: await p.withdraw(id, { waitMs }) };
  } catch (e) {
    if (!isPolyphonyError(e) || e.code !== 'withdrawal_pending') throw e;
    return { result: e.details['result'] as WithdrawResult, pending: e };
  }
}

/** `withdraw <project> <participant> --yes`: a participant withdraws consent. */
export function registerWithdrawCommand(program: Command): void {
  withCommon(program.command('withdraw <project> <participant>').description('remove a participant who withdrew consent: every word of theirs, everywhere'))
    .option('--yes', 'confirm: this cannot be undone')
    .option('--purge', 'only finish the purge of an earlier withdrawal (after another program held the file)')
    .option('--wait <seconds>', 'how long to wait for other programs reading the file', String(DEFAULT_PURGE_WAIT_MS / 1000))
    .action(async (file: string, id: string, opts: WithdrawOptions) => {
      const waitMs = (intOption('wait', opts.wait) ?? 0) * 1000;
      await withProject(file, opts, async (p) => {
        const participant = (await p.listParticipants()).find((x) => x.id === id);
        if (!participant) throw new PolyphonyError('unknown_participant', `No participant "${id}" in this project`);
        const withdrawn = participant.status === 'withdrawn';
        if (opts.purge && !withdrawn) throw new PolyphonyError('conflict', `${id} has not withdrawn, so there is nothing to purge; to withdraw them run: polyphony withdraw ${file} ${id} --yes`);
        if (!opts.yes && !withdrawn) {
          print(`This removes ${id}'s sources, turns, coded segments and search index entries, replaces quotes of them in memos, comments and definitions with [withdrawn], clears their attributes, and takes their words out of the audit log.`);
          print('It cannot be undone. Run again with --yes to proceed.');
          return;
        }
        const { result, pending } = await run(p, id, waitMs);
        if (opts.json) printJson({ ...result, status: pending ? 'pending' : 'done', ...(pending ? { next: purgeCommand(file, id), error: { code: pending.code, message: pending.message } } : {}) });
        else print(withdrawalSummary(result, file, pending?.message));
        if (pending) {
          note(`error [${pending.code}]: ${pending.message}`);
          process.exitCode = exitCodeFor(pending.code);
        }
      });
    });
}
