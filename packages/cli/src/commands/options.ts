import { PolyphonyError } from '@polyphony/core';
import type { Command } from 'commander';

/** Adds the options every project command shares: `--json` and `--coder`. */
export function withCommon(cmd: Command): Command {
  return cmd.option('--json', 'print JSON for scripts').option('--coder <name>', 'who is making the change (default: $POLYPHONY_CODER or the OS user)');
}

/** Parses a non-negative integer option, naming the option when it is not one. */
export function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new PolyphonyError('bad_input', `--${name} must be a whole number, got "${value}"`);
  return Number(value);
}
