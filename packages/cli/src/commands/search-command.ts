import { PolyphonyError } from '@polyphony/core';
import type { Command } from 'commander';
import { withProject, resolveCoder, type GlobalOptions } from '../context.js';
import { formatTable, print, printJson } from '../output.js';
import { intOption, withCommon } from './options.js';

/** `search <project> "<query>" [--code <name> [--yes]]`. */
export function registerSearchCommand(program: Command): void {
  withCommon(program.command('search <project> <query>').description('full-text search: words, "phrases", prefix*, with stemming'))
    .option('--limit <n>', 'hits to show', '20')
    .option('--offset <n>', 'hits to skip', '0')
    .option('--code <code>', 'code every hit with this code (shows what it will do first)')
    .option('--yes', 'with --code: do it without asking')
    .action(async (file: string, query: string, opts: GlobalOptions & { limit: string; offset: string; code?: string; yes?: boolean }) => {
      await withProject(file, opts, async (p) => {
        if (opts.code) {
          const code = await p.getCode(opts.code);
          const spans = await p.searchAll(query);
          if (!opts.yes) {
            const preview = { query, code: code.name, hits: spans.length, wouldCode: spans.slice(0, 20) };
            if (opts.json) return printJson({ ...preview, applied: false });
            print(`This would code ${spans.length} hit(s) with "${code.name}":`);
            for (const s of spans.slice(0, 20)) print(`  ${s.sourceName} ${s.start}–${s.end}: ${s.exact}`);
            if (spans.length > 20) print(`  … and ${spans.length - 20} more`);
            print('Run again with --yes to code them (one undo reverts all).');
            return;
          }
          const coder = resolveCoder(opts.coder);
          let created = 0;
          let existing = 0;
          await p.transaction(async () => {
            for (const s of spans) {
              try {
                await p.code({ source: s.source, code: code.id, coder, start: s.start, end: s.end });
                created++;
              } catch (e) {
                if (e instanceof PolyphonyError && e.code === 'already_exists') existing++;
                else throw e;
              }
            }
          });
          if (opts.json) return printJson({ query, code: code.name, hits: spans.length, coded: created, alreadyCoded: existing, applied: true });
          return print(`Coded ${created} hit(s) with "${code.name}"${existing ? ` (${existing} were already coded)` : ''}.`);
        }
        const result = await p.search(query, { limit: intOption('limit', opts.limit), offset: intOption('offset', opts.offset) });
        if (opts.json)
          return printJson({
            query: result.query,
            total: result.total,
            hits: result.hits.map((h) => ({ source: h.sourceName, participant: h.participant, perspective: h.perspective, speaker: h.speaker, start: h.start, end: h.end, snippet: h.snippet })),
          });
        print(`${result.total} hit(s) for ${query}`);
        print(
          formatTable(result.hits, [
            { header: 'source', value: (h) => h.sourceName },
            { header: 'who', value: (h) => h.participant ?? h.speaker },
            { header: 'persp.', value: (h) => h.perspective ?? '' },
            { header: 'at', value: (h) => h.start, align: 'right' },
            { header: 'snippet', value: (h) => h.snippet, max: 90 },
          ]),
        );
      });
    });
}
