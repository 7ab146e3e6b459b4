import { loadServer } from '../lazy.js';
import { PolyphonyError } from '@polyphony/core';
import type { Command } from 'commander';
import { resolveCoder } from '../context.js';
import { intOption } from './options.js';

/** `serve <project> [--port n] [--no-open]`: the web workbench on 127.0.0.1. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve <project>')
    .description('open the web workbench for a project (listens on 127.0.0.1 only)')
    .option('--port <n>', 'port to listen on (default: a free one)')
    .option('--no-open', 'do not open a browser')
    .option('--coder <name>', 'who is making changes (default: $POLYPHONY_CODER or the OS user)')
    .action(async (file: string, opts: { port?: string; open: boolean; coder?: string }) => {
      const port = intOption('port', opts.port);
      if (port !== undefined && port > 65535) throw new PolyphonyError('bad_input', `--port must be 0–65535, got ${port}`);
      const { startServer } = await loadServer();
      const server = await startServer({ file, port, open: opts.open, actor: resolveCoder(opts.coder) });
      process.stderr.write('Press Ctrl+C to stop.\n');
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
    });
}
