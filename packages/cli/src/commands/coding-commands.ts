import { PolyphonyError, stripInvisible } from '@polyphony/core';
import type { Command } from 'commander';
import { withProject, resolveCoder, type GlobalOptions } from '../context.js';
import { formatTable, print, printJson } from '../output.js';
import { intOption, withCommon } from './options.js';

/** The longest in-vivo code name; longer quotes are cut at a word boundary. */
const IN_VIVO_MAX = 60;

/**
 * An in-vivo code is named with the participant's own words, without the invisible characters a
 * transcript may hold (a right-to-left mark in Arabic text) that a name may not (ADR 008).
 */
function inVivoName(quote: string): string {
  const words = stripInvisible(quote).replace(/\s+/g, ' ').trim();
  if (words.length <= IN_VIVO_MAX) return `"${words}"`;
  const cut = words.slice(0, IN_VIVO_MAX);
  // Cutting can split an emoji or leave a joiner at the end: clean again.
  return `"${stripInvisible(cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)))}…"`;
}

/** `codes …`, `code`, `uncode`, `codings list`, `orphans …`. */
export function registerCodingCommands(program: Command): void {
  const codes = program.command('codes').description('the codebook');
  withCommon(codes.command('list <project>').description('list codes with their use')).action(async (file: string, opts: GlobalOptions) => {
    await withProject(file, opts, async (p) => {
      const list = await p.listCodes();
      const codings = await p.listCodings();
      const uses = new Map<string, number>();
      for (const c of codings) uses.set(c.code, (uses.get(c.code) ?? 0) + 1);
      const byId = new Map(list.map((c) => [c.id, c]));
      const rows = list.map((c) => ({ ...c, uses: uses.get(c.id) ?? 0, parentName: c.parent ? byId.get(c.parent)?.name ?? '' : '' }));
      if (opts.json) return printJson(rows);
      print(
        formatTable(rows, [
          { header: 'code', value: (c) => c.name, max: 48 },
          { header: 'parent', value: (c) => c.parentName, max: 30 },
          { header: 'colour', value: (c) => c.color },
          { header: 'codings', value: (c) => c.uses, align: 'right' },
          { header: 'description', value: (c) => c.description, max: 60 },
        ]),
      );
    });
  });

  withCommon(codes.command('create <project> <name>').description('create a code'))
    .option('--description <text>', 'what the code means')
    .option('--color <hex>', 'colour as #rrggbb')
    .option('--parent <code>', 'parent code (name or id)')
    .action(async (file: string, name: string, opts: GlobalOptions & { description?: string; color?: string; parent?: string }) => {
      await withProject(file, opts, async (p) => {
        const parent = opts.parent ? (await p.getCode(opts.parent)).id : null;
        const code = await p.createCode({ name, description: opts.description, color: opts.color, parent });
        if (opts.json) printJson(code);
        else print(`Created code "${code.name}" (${code.color})`);
      });
    });

  withCommon(codes.command('update <project> <code>').description('rename or describe a code'))
    .option('--name <name>', 'new name')
    .option('--description <text>', 'new description')
    .option('--color <hex>', 'new colour')
    .option('--parent <code>', 'new parent code ("" for none)')
    .action(async (file: string, name: string, opts: GlobalOptions & { name?: string; description?: string; color?: string; parent?: string }) => {
      await withProject(file, opts, async (p) => {
        const code = await p.getCode(name);
        const parent = opts.parent === undefined ? undefined : opts.parent === '' ? null : (await p.getCode(opts.parent)).id;
        const updated = await p.updateCode(code.id, {
          ...(opts.name !== undefined ? { name: opts.name } : {}),
          ...(opts.description !== undefined ? { description: opts.description } : {}),
          ...(opts.color !== undefined ? { color: opts.color } : {}),
          ...(parent !== undefined ? { parent } : {}),
        });
        if (opts.json) printJson(updated);
        else print(`Updated code "${updated.name}"`);
      });
    });

  withCommon(codes.command('delete <project> <code>').description('delete a code and its codings (undo brings them back)')).action(
    async (file: string, name: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        const code = await p.getCode(name);
        await p.deleteCode(code.id);
        if (opts.json) printJson({ deleted: code.id });
        else print(`Deleted code "${code.name}" (polyphony undo ${file} brings it back)`);
      });
    },
  );

  withCommon(program.command('code <project>').description('code a passage, by exact quote or by offsets'))
    .requiredOption('--source <source>', 'source name or id')
    .option('--code <code>', 'code name or id')
    .option('--quote <text>', 'the exact words to code (must occur once)')
    .option('--start <n>', 'start offset (UTF-16 code units)')
    .option('--end <n>', 'end offset')
    .option('--comment <text>', 'a comment on this coding')
    .option('--in-vivo', "create a code named with the quote's own words")
    .option('--create', 'create the code if it does not exist')
    .action(
      async (
        file: string,
        opts: GlobalOptions & { source: string; code?: string; quote?: string; start?: string; end?: string; comment?: string; inVivo?: boolean; create?: boolean },
      ) => {
        await withProject(file, opts, async (p) => {
          if (!opts.quote && (opts.start === undefined || opts.end === undefined))
            throw new PolyphonyError('bad_input', 'Give --quote "exact words" or both --start and --end');
          if (!opts.code && !opts.inVivo) throw new PolyphonyError('bad_input', 'Give --code <name>, or --in-vivo to name a new code with the quote');
          const result = await p.transaction(async () => {
            const source = await p.getSource(opts.source);
            let codeId: string;
            if (opts.inVivo) {
              const start = intOption('start', opts.start);
              const end = intOption('end', opts.end);
              const words = opts.quote ?? (start !== undefined && end !== undefined ? source.text.slice(start, end) : '');
              const name = opts.code ?? inVivoName(words);
              const have = (await p.listCodes()).find((c) => c.name === name);
              codeId = have ? have.id : (await p.createCode({ name, description: 'In-vivo code' })).id;
            } else if (opts.create && !(await p.listCodes()).some((c) => c.name === opts.code || c.id === opts.code)) {
              codeId = (await p.createCode({ name: opts.code! })).id;
            } else {
              codeId = (await p.getCode(opts.code!)).id;
            }
            return p.code({
              source: source.id,
              code: codeId,
              coder: resolveCoder(opts.coder),
              comment: opts.comment,
              ...(opts.quote ? { quote: opts.quote } : { start: intOption('start', opts.start), end: intOption('end', opts.end) }),
            });
          });
          if (opts.json) return printJson(result);
          print(`Coded ${result.segment.start}–${result.segment.end}: "${result.segment.exact.slice(0, 80)}${result.segment.exact.length > 80 ? '…' : ''}"`);
        });
      },
    );

  withCommon(program.command('uncode <project> <coding>').description('remove one coding (by id)')).action(
    async (file: string, id: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        await p.uncode(id);
        if (opts.json) printJson({ removed: id });
        else print(`Removed coding ${id}`);
      });
    },
  );

  const codings = program.command('codings').description('coded segments');
  withCommon(codings.command('list <project>').description('list codings'))
    .option('--code <code>', 'only this code')
    .option('--source <source>', 'only this source')
    .option('--by <coder>', 'only this coder')
    .action(async (file: string, opts: GlobalOptions & { code?: string; source?: string; by?: string }) => {
      await withProject(file, opts, async (p) => {
        const code = opts.code ? (await p.getCode(opts.code)).id : undefined;
        const source = opts.source ? (await p.getSource(opts.source)).id : undefined;
        const snap = await p.snapshot();
        const segments = new Map(snap.segments.map((s) => [s.id, s]));
        const list = (await p.listCodings({ code, source, coder: opts.by })).map((c) => ({ ...c, segmentInfo: segments.get(c.segment)! }));
        if (opts.json) return printJson(list);
        const codeNames = new Map(snap.codes.map((c) => [c.id, c.name]));
        const sourceNames = new Map(snap.sources.map((s) => [s.id, s.name]));
        print(
          formatTable(list, [
            { header: 'id', value: (c) => c.id },
            { header: 'code', value: (c) => codeNames.get(c.code) ?? c.code, max: 36 },
            { header: 'source', value: (c) => sourceNames.get(c.segmentInfo.source) ?? '' },
            { header: 'who', value: (c) => c.segmentInfo.participant ?? '' },
            { header: 'coder', value: (c) => c.coder },
            { header: 'quote', value: (c) => c.segmentInfo.exact, max: 70 },
          ]),
        );
      });
    });

  const orphans = program.command('orphans').description('segments whose text was lost by an edit');
  withCommon(orphans.command('list <project>').description('list orphaned segments')).action(async (file: string, opts: GlobalOptions) => {
    await withProject(file, opts, async (p) => {
      const list = await p.listOrphans();
      if (opts.json) return printJson(list);
      if (!list.length) return print('No orphaned segments.');
      const sourceNames = new Map((await p.listSources()).map((s) => [s.id, s.name]));
      print(
        formatTable(list, [
          { header: 'segment', value: (s) => s.id },
          { header: 'source', value: (s) => sourceNames.get(s.source) ?? s.source },
          { header: 'was', value: (s) => s.exact, max: 70 },
        ]),
      );
      print('Re-attach with: polyphony orphans reattach <project> <segment> --quote "…"; or delete with: polyphony orphans delete <project> <segment>');
    });
  });
  withCommon(orphans.command('reattach <project> <segment>').description('re-attach an orphan to text in its source'))
    .option('--quote <text>', 'the exact words it now belongs to')
    .option('--start <n>', 'start offset')
    .option('--end <n>', 'end offset')
    .action(async (file: string, id: string, opts: GlobalOptions & { quote?: string; start?: string; end?: string }) => {
      await withProject(file, opts, async (p) => {
        const target = opts.quote
          ? { quote: opts.quote }
          : opts.start !== undefined && opts.end !== undefined
            ? { start: intOption('start', opts.start)!, end: intOption('end', opts.end)! }
            : null;
        if (!target) throw new PolyphonyError('bad_input', 'Give --quote or --start and --end');
        const seg = await p.reattachSegment(id, target);
        if (opts.json) printJson(seg);
        else print(`Re-attached ${id} to "${seg.exact.slice(0, 80)}"`);
      });
    });
  withCommon(orphans.command('delete <project> <segment>').description('delete an orphaned segment and its codings')).action(
    async (file: string, id: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        await p.deleteSegment(id);
        if (opts.json) printJson({ deleted: id });
        else print(`Deleted segment ${id}`);
      });
    },
  );
}
