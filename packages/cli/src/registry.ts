import type { Command } from './command.js';
import { check } from './commands/check.js';
import { checklist } from './commands/checklist.js';
import { clone } from './commands/clone.js';
import { dossier } from './commands/dossier.js';
import { diff } from './commands/diff.js';
import { exportPlan } from './commands/export.js';
import { importPlan } from './commands/import.js';
import { migrate } from './commands/migrate.js';
import { newPlan } from './commands/new.js';
import { progress } from './commands/progress.js';
import { render } from './commands/render.js';
import { roll } from './commands/roll.js';
import { status } from './commands/status.js';
import { trace } from './commands/trace.js';
import { validate } from './commands/validate.js';

/**
 * Every `kehoach` command, in the order the help lists them. A new command is one module in
 * `commands/` added here: its help, option checks and suggestions come from its description.
 * The modules are light; each loads its implementation only when it runs.
 */
export const COMMANDS: readonly Command[] = [newPlan, validate, render, dossier, checklist, status, progress, clone, trace, roll, migrate, check, diff, importPlan, exportPlan];

/** The command called `name`, if there is one. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
