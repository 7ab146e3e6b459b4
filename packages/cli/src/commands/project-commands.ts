import { openProject } from '@polyphony/store';
import { checkName, PHASES, PolyphonyError, type Phase } from '@polyphony/core';
import type { Command } from 'commander';
import { resolveCoder, withProject, type GlobalOptions } from '../context.js';
import { formatTable, print, printJson } from '../output.js';
import { intOption, withCommon } from './options.js';

/** `init`, `info`, `phase`, `log`, `undo`, `redo`. */
export function registerProjectCommands(program: Command): void {
  withCommon(program.command('init <project>').description('create a new project file'))
    .option('--name <name>', 'project name (default: the file name)')
    .action(async (file: string, opts: GlobalOptions & { name?: string }) => {
      // Checked before the file exists, so a refused name leaves nothing behind.
      const name = opts.name === undefined ? undefined : checkName('project name', opts.name);
      // Without --name the store names the project after its file, cleaned by the name rules.
      const project = await openProject(file, { create: true, actor: resolveCoder(opts.coder) });
      try {
        if (name !== undefined) await project.setName(name);
        const info = await project.info();
        if (opts.json) printJson(info);
        else print(`Created project "${info.name}" in ${file}`);
      } finally {
        await project.close();
      }
    });

  withCommon(program.command('info <project>').description('show what a project holds')).action(async (file: string, opts: GlobalOptions) => {
    await withProject(file, opts, async (p) => {
      const info = await p.info();
      if (opts.json) return printJson(info);
      print(`${info.name} — phase ${info.phase}: ${PHASES[info.phase - 1]}`);
      for (const [k, v] of Object.entries(info.counts)) print(`  ${k.padEnd(14)} ${v}`);
    });
  });

  withCommon(program.command('phase <project> [phase]').description('show or set the current phase of the analysis (1–6)')).action(
    async (file: string, phase: string | undefined, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        if (phase !== undefined) {
          const n = intOption('phase', phase);
          if (!n || n < 1 || n > 6) throw new PolyphonyError('bad_input', `The phase must be 1 to 6, got "${phase}"`);
          await p.setPhase(n as Phase);
        }
        const { phase: now } = await p.info();
        if (opts.json) printJson({ phase: now, name: PHASES[now - 1] });
        else print(`Phase ${now}: ${PHASES[now - 1]}`);
      });
    },
  );

  withCommon(program.command('log <project>').description('show the audit trail of changes'))
    .option('--limit <n>', 'how many events', '50')
    .action(async (file: string, opts: GlobalOptions & { limit: string }) => {
      await withProject(file, opts, async (p) => {
        const events = await p.log({ limit: intOption('limit', opts.limit) });
        if (opts.json) return printJson(events);
        print(
          formatTable(events, [
            { header: '#', value: (e) => e.id, align: 'right' },
            { header: 'when', value: (e) => e.at.replace('T', ' ').slice(0, 19) },
            { header: 'who', value: (e) => e.actor },
            { header: 'what', value: (e) => e.action },
            { header: 'entity', value: (e) => `${e.entity}:${e.entityId}`, max: 40 },
          ]),
        );
      });
    });

  for (const verb of ['undo', 'redo'] as const) {
    withCommon(program.command(`${verb} <project>`).description(`${verb} the last analytic action`)).action(async (file: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        const r = verb === 'undo' ? await p.undo() : await p.redo();
        if (opts.json) printJson(r);
        else print(`${verb === 'undo' ? 'Undid' : 'Redid'}: ${[...new Set(r.actions)].join(', ')} (${r.actions.length} change${r.actions.length === 1 ? '' : 's'})`);
      });
    });
  }
}
