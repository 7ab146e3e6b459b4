import { PolyphonyError, type Relation, type ThemeStatus } from '@polyphony/core';
import type { Command } from 'commander';
import { withProject, type GlobalOptions } from '../context.js';
import { formatTable, print, printJson } from '../output.js';
import { withCommon } from './options.js';

const STATUSES: readonly ThemeStatus[] = ['candidate', 'reviewed', 'defined'];
const RELATIONS: readonly Relation[] = ['convergent', 'divergent', 'complementary', 'silent'];

interface ThemeOptions extends GlobalOptions {
  name?: string;
  definition?: string;
  status?: string;
  perspective?: string;
  crossCutting?: boolean;
  parent?: string;
  codes?: string;
  relation?: string;
  note?: string;
  summary?: string[];
}

function checkEnum<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new PolyphonyError('bad_input', `--${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

/** `--summary J="…"` pairs into a map by perspective id. */
function summaries(pairs: string[] | undefined): Record<string, string> | undefined {
  if (!pairs?.length) return undefined;
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const i = pair.indexOf('=');
    if (i < 1) throw new PolyphonyError('bad_input', `--summary takes PERSPECTIVE=text, got "${pair}"`);
    out[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return out;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function themeFlags(cmd: Command): Command {
  return cmd
    .option('--definition <text>', 'what the theme is about')
    .option('--status <status>', STATUSES.join(' | '))
    .option('--perspective <id>', 'the perspective the theme belongs to')
    .option('--cross-cutting', 'a theme across perspectives (triangulation)')
    .option('--parent <theme>', 'main theme this is a subtheme of')
    .option('--codes <names>', 'codes gathered in the theme, separated by ";"')
    .option('--relation <relation>', RELATIONS.join(' | '))
    .option('--note <text>', 'note on the triangulation')
    .option('--summary <P=text>', 'a summary for one perspective (repeatable)', collect);
}

/** `themes list|create|update|delete|add-code|remove-code|exemplar`. */
export function registerThemeCommands(program: Command): void {
  const themes = program.command('themes').description('themes, subthemes and cross-cutting themes');

  withCommon(themes.command('list <project>').description('list themes')).action(async (file: string, opts: GlobalOptions) => {
    await withProject(file, opts, async (p) => {
      const list = await p.listThemes();
      if (opts.json) return printJson(list);
      const names = new Map(list.map((t) => [t.id, t.name]));
      const codeNames = new Map((await p.listCodes()).map((c) => [c.id, c.name]));
      print(
        formatTable(list, [
          { header: 'theme', value: (t) => t.name, max: 44 },
          { header: 'persp.', value: (t) => t.perspective ?? 'cross' },
          { header: 'parent', value: (t) => (t.parent ? names.get(t.parent) ?? '' : ''), max: 30 },
          { header: 'status', value: (t) => t.status },
          { header: 'codes', value: (t) => t.codes.map((c) => codeNames.get(c) ?? c).join('; '), max: 60 },
        ]),
      );
    });
  });

  const resolve = async (p: Parameters<Parameters<typeof withProject>[2]>[0], opts: ThemeOptions) => {
    const parent = opts.parent === undefined ? undefined : opts.parent === '' ? null : (await p.getTheme(opts.parent)).id;
    const codes = opts.codes === undefined ? undefined : await Promise.all(opts.codes.split(';').map((s) => s.trim()).filter(Boolean).map(async (n) => (await p.getCode(n)).id));
    if (opts.perspective) {
      const known = (await p.listPerspectives()).map((x) => x.id);
      if (!known.includes(opts.perspective)) throw new PolyphonyError('unknown_perspective', `Unknown perspective "${opts.perspective}"; known: ${known.join(', ')}`);
    }
    return {
      ...(opts.definition !== undefined ? { definition: opts.definition } : {}),
      ...(opts.status !== undefined ? { status: checkEnum('status', opts.status, STATUSES) } : {}),
      ...(opts.crossCutting ? { perspective: null } : opts.perspective !== undefined ? { perspective: opts.perspective } : {}),
      ...(parent !== undefined ? { parent } : {}),
      ...(codes !== undefined ? { codes } : {}),
      ...(opts.relation !== undefined ? { relation: checkEnum('relation', opts.relation, RELATIONS) } : {}),
      ...(opts.note !== undefined ? { note: opts.note } : {}),
      ...(opts.summary ? { summaries: summaries(opts.summary) } : {}),
    };
  };

  withCommon(themeFlags(themes.command('create <project> <name>').description('create a theme'))).action(
    async (file: string, name: string, opts: ThemeOptions) => {
      if (!opts.perspective && !opts.crossCutting && !opts.parent)
        throw new PolyphonyError('bad_input', 'Give --perspective <id>, --cross-cutting, or --parent <main theme>');
      await withProject(file, opts, async (p) => {
        const fields = await resolve(p, opts);
        if (opts.parent && !opts.perspective && !opts.crossCutting) {
          const parent = await p.getTheme(opts.parent);
          Object.assign(fields, { perspective: parent.perspective });
        }
        const t = await p.createTheme({ name, ...fields });
        if (opts.json) printJson(t);
        else print(`Created theme "${t.name}"`);
      });
    },
  );

  withCommon(themeFlags(themes.command('update <project> <theme>').description('change a theme')).option('--name <name>', 'new name')).action(
    async (file: string, name: string, opts: ThemeOptions) => {
      await withProject(file, opts, async (p) => {
        const theme = await p.getTheme(name);
        const t = await p.updateTheme(theme.id, { ...(await resolve(p, opts)), ...(opts.name ? { name: opts.name } : {}) });
        if (opts.json) printJson(t);
        else print(`Updated theme "${t.name}"`);
      });
    },
  );

  withCommon(themes.command('delete <project> <theme>').description('delete a theme (its codes stay)')).action(
    async (file: string, name: string, opts: GlobalOptions) => {
      await withProject(file, opts, async (p) => {
        const theme = await p.getTheme(name);
        await p.deleteTheme(theme.id);
        if (opts.json) printJson({ deleted: theme.id });
        else print(`Deleted theme "${theme.name}"`);
      });
    },
  );

  for (const verb of ['add-code', 'remove-code'] as const) {
    withCommon(themes.command(`${verb} <project> <theme> <code>`).description(`${verb === 'add-code' ? 'add a code to' : 'remove a code from'} a theme`)).action(
      async (file: string, themeName: string, codeName: string, opts: GlobalOptions) => {
        await withProject(file, opts, async (p) => {
          const theme = await p.getTheme(themeName);
          const code = await p.getCode(codeName);
          if (verb === 'add-code') await p.addThemeCode(theme.id, code.id);
          else await p.removeThemeCode(theme.id, code.id);
          if (opts.json) printJson({ theme: theme.id, code: code.id });
          else print(`${verb === 'add-code' ? 'Added' : 'Removed'} "${code.name}" ${verb === 'add-code' ? 'to' : 'from'} "${theme.name}"`);
        });
      },
    );
  }

  withCommon(themes.command('exemplar <project> <theme>').description("pick an exemplar quote from the theme's segments"))
    .requiredOption('--source <source>', 'source name or id')
    .requiredOption('--quote <text>', 'the quote (a coded segment of one of the theme codes)')
    .action(async (file: string, themeName: string, opts: GlobalOptions & { source: string; quote: string }) => {
      await withProject(file, opts, async (p) => {
        const theme = await p.getTheme(themeName);
        const source = await p.getSource(opts.source);
        const wanted = opts.quote.trim();
        const seg = (await p.snapshot()).segments.find((s) => s.source === source.id && s.exact === wanted);
        if (!seg) throw new PolyphonyError('quote_not_found', `No coded segment in ${source.name} has exactly that quote; code it first`);
        await p.addExemplar(theme.id, seg.id);
        if (opts.json) printJson({ theme: theme.id, segment: seg.id });
        else print(`Exemplar added to "${theme.name}"`);
      });
    });
}
