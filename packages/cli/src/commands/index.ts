import type { Command } from 'commander';
import { registerProjectCommands } from './project-commands.js';
import { registerImportCommand } from './import-command.js';
import { registerSourceCommands } from './source-commands.js';
import { registerCodingCommands } from './coding-commands.js';
import { registerMemoCommands } from './memo-commands.js';
import { registerThemeCommands } from './theme-commands.js';
import { registerApplyCommand } from './apply-command.js';
import { registerOutputCommands } from './output-commands.js';
import { registerSearchCommand } from './search-command.js';
import { registerWithdrawCommand } from './withdraw-command.js';
import { registerDemoCommand } from './demo-command.js';
import { registerExportCommands } from './export-command.js';
import { registerServeCommand } from './serve-command.js';

/** Adds every command to the program, in the order `--help` lists them. */
export function registerCommands(program: Command): void {
  registerProjectCommands(program);
  registerImportCommand(program);
  registerSourceCommands(program);
  registerCodingCommands(program);
  registerMemoCommands(program);
  registerThemeCommands(program);
  registerApplyCommand(program);
  registerOutputCommands(program);
  registerSearchCommand(program);
  registerWithdrawCommand(program);
  registerExportCommands(program);
  registerDemoCommand(program);
  registerServeCommand(program);
}
