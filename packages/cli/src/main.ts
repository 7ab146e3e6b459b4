#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { isPolyphonyError } from '@polyphony/core';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { note, printJson } from './output.js';
import { registerCommands } from './commands/index.js';

/**
 * The `polyphony` command: a thin shell over core, store and formats. Every user error is a
 * PolyphonyError printed as one clear line (never a stack trace) with a stable exit code.
 */
async function main(argv: string[]): Promise<number> {
  const program = new Command('polyphony')
    .description('Reflexive thematic analysis across perspectives — scriptable and reproducible.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerCommands(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version "errors" are normal exits.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isPolyphonyError(e)) {
      if (argv.includes('--json')) printJson({ error: { code: e.code, message: e.message, details: e.details } });
      note(`error [${e.code}]: ${e.message}`);
      return exitCodeFor(e.code);
    }
    note(`polyphony: unexpected failure — please report it with the command you ran.\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.bug;
  }
}

process.exitCode = await main(process.argv);
