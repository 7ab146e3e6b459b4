import { PHASES, PolyphonyError, type MemoTargetKind } from '@polyphony/core';
import type { Command } from 'commander';
import { withProject, type GlobalOptions } from '../context.js';
import { formatTable, print, printJson } from '../output.js';
import { intOption, withCommon } from './options.js';

const TARGETS: readonly MemoTargetKind[] = ['project', 'source', 'code', 'theme', 'coding'];

/** `memo add`, `memos list`, `journal add|list` (journal entries are project memos with a phase). */
export function registerMemoCommands(program: Command): void {
  const memo = program.command('memo').description('memos on the project, a source, a code, a theme or a coding');
  withCommon(memo.command('add <project> <text>').description('write a memo'))
    .option('--on <kind>', `what it is about: ${TARGETS.join(', ')}`, 'project')
    .option('--target <name>', 'the source, code or theme (name or id), or the coding id')
    .action(async (file: string, text: string, opts: GlobalOptions & { on: string; target?: string }) => {
      const kind = opts.on as MemoTargetKind;
      if (!TARGETS.includes(kind)) throw new PolyphonyError('bad_input', `--on must be one of ${TARGETS.join(', ')}`);
      if (kind !== 'project' && !opts.target) throw new PolyphonyError('bad_input', `A memo on a ${kind} needs --target`);
      await withProject(file, opts, async (p) => {
        const targetId =
          kind === 'project'
            ? null
            : kind === 'source'
              ? (await p.getSource(opts.target!)).id
              : kind === 'code'
                ? (await p.getCode(opts.target!)).id
                : kind === 'theme'
                  ? (await p.getTheme(opts.target!)).id
                  : opts.target!;
        const m = await p.addMemo({ targetKind: kind, targetId, text });
        if (opts.json) printJson(m);
        else print(`Memo saved (${m.id})`);
      });
    });
  withCommon(program.command('memos <project>').description('list memos')).action(async (file: string, opts: GlobalOptions) => {
    await withProject(file, opts, async (p) => {
      const list = await p.listMemos();
      if (opts.json) return printJson(list);
      print(
        formatTable(list, [
          { header: 'when', value: (m) => m.createdAt.slice(0, 16).replace('T', ' ') },
          { header: 'who', value: (m) => m.author },
          { header: 'on', value: (m) => (m.targetKind === 'project' ? (m.phase ? `journal, phase ${m.phase}` : 'project') : `${m.targetKind} ${m.targetId}`) },
          { header: 'memo', value: (m) => m.text, max: 80 },
        ]),
      );
    });
  });

  const journal = program.command('journal').description('the reflexive journal, one entry at a time, per phase');
  withCommon(journal.command('add <project> <text>').description('write a journal entry (for the current phase unless --phase)'))
    .option('--phase <n>', 'phase 1–6')
    .action(async (file: string, text: string, opts: GlobalOptions & { phase?: string }) => {
      await withProject(file, opts, async (p) => {
        const phase = intOption('phase', opts.phase) ?? (await p.info()).phase;
        if (phase < 1 || phase > 6) throw new PolyphonyError('bad_input', `The phase must be 1 to 6, got ${phase}`);
        const m = await p.addMemo({ targetKind: 'project', targetId: null, text, phase });
        if (opts.json) printJson(m);
        else print(`Journal entry saved for phase ${phase}: ${PHASES[phase - 1]}`);
      });
    });
  withCommon(journal.command('list <project>').description('read the journal by phase')).action(async (file: string, opts: GlobalOptions) => {
    await withProject(file, opts, async (p) => {
      const entries = (await p.listMemos()).filter((m) => m.targetKind === 'project' && m.phase !== null);
      if (opts.json) return printJson(entries);
      for (let phase = 1; phase <= 6; phase++) {
        const mine = entries.filter((e) => e.phase === phase);
        if (!mine.length) continue;
        print(`\nPhase ${phase}: ${PHASES[phase - 1]}`);
        for (const e of mine) print(`  ${e.createdAt.slice(0, 10)} ${e.author}: ${e.text}`);
      }
    });
  });
}
