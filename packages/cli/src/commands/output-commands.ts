import fs from 'node:fs';
import path from 'node:path';
import { PolyphonyError, tableOne, themeTable, triangulation, codeMatrix, codeCooccurrence, caseComparison, type Relation } from '@polyphony/core';
import type { Command } from 'commander';
import { withProject, type GlobalOptions } from '../context.js';
import { formatTable, print, printJson } from '../output.js';
import { loadApp } from '../lazy.js';
import { renderTableOneText } from '../table-one-text.js';
import { withCommon } from './options.js';

const RELATION_WORD: Record<Relation, string> = {
  convergent: 'convergent',
  divergent: 'divergent',
  complementary: 'complementary',
  silent: 'silent',
};

/** `table`, `triangulation`, `matrix`, `cooccurrence`, `cases`, `report`: computed outputs. */
export function registerOutputCommands(program: Command): void {
  withCommon(program.command('table <project>').description('the theme table: themes per perspective with their evidence')).action(
    async (file: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        const table = themeTable(await p.analysisData());
        if (opts.json) return printJson(table);
        print(renderTableOneText(tableOne(table)));
      });
    },
  );

  withCommon(program.command('triangulation <project>').description('cross-cutting themes: where perspectives converge, diverge or stay silent')).action(
    async (file: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        const rows = triangulation(await p.analysisData());
        if (opts.json) return printJson(rows);
        if (!rows.length) return print('No cross-cutting themes yet. Create one with: polyphony themes create <project> <name> --cross-cutting');
        for (const r of rows) {
          print(`\n${r.name}  [${r.relation ? RELATION_WORD[r.relation] : 'relation not set'}]`);
          for (const [id, v] of Object.entries(r.perspectives)) {
            const silent = r.silent.includes(id) ? ' (silent)' : '';
            print(`  ${id}${silent}: ${v.summary || '—'}  [${v.segments} segments, ${v.participants} participants]`);
          }
          if (r.note) print(`  Note: ${r.note}`);
        }
      });
    },
  );

  withCommon(program.command('matrix <project>').description('code × perspective, case or attribute'))
    .option('--rows <rows>', 'rows (only "codes")', 'codes')
    .option('--cols <cols>', 'perspective, case, or an attribute name', 'perspective')
    .option('--count <what>', 'segments or participants', 'segments')
    .action(async (file: string, opts: GlobalOptions & { rows: string; cols: string; count: string }) => {
      if (opts.rows !== 'codes') throw new PolyphonyError('bad_input', `--rows can only be "codes", got "${opts.rows}"`);
      if (opts.count !== 'segments' && opts.count !== 'participants') throw new PolyphonyError('bad_input', '--count must be segments or participants');
      await withProject(file, opts, async (p) => {
        const m = codeMatrix(await p.analysisData(), opts.cols);
        if (opts.json) return printJson(m);
        const key = opts.count as 'segments' | 'participants';
        print(
          formatTable(m.rows, [
            { header: 'code', value: (r) => r.code, max: 44 },
            ...m.columns.map((c) => ({ header: c, value: (r: (typeof m.rows)[number]) => r.cells[c]?.[key] ?? 0, align: 'right' as const })),
            { header: 'total', value: (r) => r.total[key], align: 'right' },
          ]),
        );
      });
    });

  withCommon(program.command('cooccurrence <project>').description('pairs of codes applied to the same segments')).action(
    async (file: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        const pairs = codeCooccurrence(await p.analysisData());
        if (opts.json) return printJson(pairs);
        if (!pairs.length) return print('No two codes share a segment.');
        print(
          formatTable(pairs, [
            { header: 'code', value: (r) => r.a, max: 44 },
            { header: 'with', value: (r) => r.b, max: 44 },
            { header: 'segments', value: (r) => r.segments, align: 'right' },
          ]),
        );
      });
    },
  );

  withCommon(program.command('cases <project>').description("each case's members side by side: where their accounts agree and part"))
    .option('--case <id>', 'only this case')
    .action(async (file: string, opts: GlobalOptions & { case?: string }) => {
      await withProject(file, opts, async (p) => {
        const cases = caseComparison(await p.analysisData(), opts.case);
        if (opts.json) return printJson(cases);
        for (const c of cases) {
          const members = c.perspectives.flatMap((p) => p.members);
          print(`\n${c.label || c.case}: ${members.map((m) => `${m.participant} (${m.perspective ?? '?'})`).join(', ')}`);
          print(`  shared themes: ${c.shared.themes.join('; ') || '—'}`);
          print(`  shared codes:  ${c.shared.codes.join('; ') || '—'}`);
          for (const m of members) {
            const only = c.onlyIn[m.participant];
            print(`  only ${m.participant}: ${[...(only?.themes ?? []), ...(only?.codes ?? [])].join('; ') || '—'}`);
          }
        }
      });
    });

  withCommon(program.command('report <project>').description('the analysis report: themes, Table 1, quotes, triangulation, journal'))
    .option('--format <format>', 'md or docx', 'md')
    .requiredOption('--out <file>', 'where to write the report')
    .option('--title <title>', 'report title')
    .action(async (file: string, opts: GlobalOptions & { format: string; out: string; title?: string }) => {
      if (opts.format !== 'md' && opts.format !== 'docx') throw new PolyphonyError('bad_input', `--format must be md or docx, got "${opts.format}"`);
      await withProject(file, opts, async (p) => {
        const { buildProjectReport, writeReport } = await loadApp();
        const model = await buildProjectReport(p, opts.title);
        const bytes = await writeReport(model, opts.format as 'md' | 'docx');
        fs.writeFileSync(opts.out, bytes);
        await p.recordCopy({ kind: 'report', format: opts.format, path: path.resolve(opts.out), via: 'cli' });
        if (opts.json) printJson({ out: opts.out, bytes: bytes.length });
        else print(`Report written to ${opts.out} (${bytes.length} bytes)`);
      });
    });
}
