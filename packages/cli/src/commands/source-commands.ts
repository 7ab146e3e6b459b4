import fs from 'node:fs';
import path from 'node:path';
import { PolyphonyError } from '@polyphony/core';
import { loadFormats } from '../lazy.js';
import type { Command } from 'commander';
import { withProject, type GlobalOptions } from '../context.js';
import { formatTable, print, printJson } from '../output.js';
import { withCommon } from './options.js';

/** `sources list|show|replace` and `participants list`. */
export function registerSourceCommands(program: Command): void {
  const sources = program.command('sources').description('list, read and correct sources');

  withCommon(sources.command('list <project>').description('list the sources')).action(async (file: string, opts: GlobalOptions) => {
    await withProject(file, opts, async (p) => {
      const list = await p.listSources();
      if (opts.json) return printJson(list);
      print(
        formatTable(list, [
          { header: 'source', value: (s) => s.name },
          { header: 'kind', value: (s) => s.kind },
          { header: 'participant', value: (s) => s.participant ?? '' },
          { header: 'format', value: (s) => s.format },
          { header: 'rev', value: (s) => s.revision, align: 'right' },
        ]),
      );
    });
  });

  withCommon(sources.command('show <project> <source>').description('print a source turn by turn')).action(
    async (file: string, name: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        const s = await p.getSource(name);
        if (opts.json) return printJson(s);
        for (const t of s.turns) print(`[${t.participant ?? (t.isInterviewer ? 'interviewer' : '?')}] ${s.text.slice(t.start, t.end)}\n`);
      });
    },
  );

  withCommon(
    sources
      .command('replace <project> <source>')
      .description('correct a source text (find/replace or a corrected file); every coded segment is re-anchored'),
  )
    .option('--find <text>', 'text to find (every occurrence)')
    .option('--with <text>', 'replacement text')
    .option('--file <path>', 'a corrected version of the whole transcript')
    .action(async (file: string, name: string, opts: GlobalOptions & { find?: string; with?: string; file?: string }) => {
      await withProject(file, opts, async (p) => {
        const source = await p.getSource(name);
        let result;
        if (opts.file) {
          const { readTranscript } = await loadFormats();
          const read = readTranscript(path.basename(opts.file), fs.readFileSync(opts.file));
          result = await p.replaceSourceText(source.id, read.text);
        } else if (opts.find !== undefined && opts.with !== undefined) {
          result = await p.findReplace(source.id, opts.find, opts.with);
        } else {
          throw new PolyphonyError('bad_input', 'Give --find and --with, or --file with a corrected transcript');
        }
        const summary = { source: source.name, stayed: result.stayed, moved: result.moved, orphaned: result.orphaned };
        if (opts.json) return printJson(summary);
        print(`${source.name}: ${result.stayed} segment(s) stayed, ${result.moved} moved, ${result.orphaned} orphaned`);
        if (result.orphaned) print(`Review the orphans with: polyphony orphans list ${file}`);
      });
    });

  const participants = program.command('participants').description('participants and their perspectives');
  withCommon(participants.command('list <project>').description('list participants')).action(async (file: string, opts: GlobalOptions) => {
    await withProject(file, opts, async (p) => {
      const list = await p.listParticipants();
      if (opts.json) return printJson(list);
      const attrs = [...new Set(list.flatMap((x) => Object.keys(x.attributes)))];
      print(
        formatTable(list, [
          { header: 'participant', value: (x) => x.id },
          { header: 'perspective', value: (x) => x.perspective ?? '' },
          { header: 'case', value: (x) => x.case ?? '' },
          { header: 'status', value: (x) => x.status },
          ...attrs.map((a) => ({ header: a, value: (x: (typeof list)[number]) => x.attributes[a] ?? '', max: 24 })),
        ]),
      );
    });
  });
}
