import { UsageError, type Command } from './command.js';
import { expandGlobs } from './expand-globs.js';
import { commandHelp, globalHelp, usageLine } from './help.js';
import type { Io } from './io.js';
import { parseOptions } from './parse-options.js';
import { COMMANDS, findCommand } from './registry.js';
import { suggestName } from './suggest-name.js';
import { paint, paintDiagnostics, progressLine } from './terminal.js';
import { writtenSummary } from './written-summary.js';

import { VERSION } from './version.js';

export { VERSION } from './version.js';

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code.
 * Usage mistakes print a Vietnamese message (with the nearest command or option) and return 2;
 * nothing here throws for user input.
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(globalHelp(COMMANDS));
    return 2;
  }
  if (first === '--help' || first === '-h') {
    io.out(globalHelp(COMMANDS));
    return 0;
  }
  if (first === '--version' || first === '-V' || first === '-v') {
    io.out(VERSION + '\n');
    return 0;
  }
  if (first === 'help') {
    if (rest[0] === undefined) {
      io.out(globalHelp(COMMANDS));
      return 0;
    }
    const c = findCommand(rest[0]);
    if (!c) return usageError(io, unknownCommand(rest[0]));
    io.out(commandHelp(c));
    return 0;
  }
  const command = findCommand(first);
  if (!command) {
    return usageError(io, first.startsWith('-') ? `không có tùy chọn chung “${first}”; các tùy chọn chung: --help, --version` : unknownCommand(first));
  }
  let args;
  try {
    args = parseOptions(command, rest);
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, e.message, command);
    throw e;
  }
  if (args.values.help) {
    io.out(commandHelp(command));
    return 0;
  }
  if (command.positionals.glob) args.positionals = expandGlobs(args.positionals);
  for (const o of command.options) {
    const v = args.values[o.name];
    if (o.glob && Array.isArray(v)) args.values[o.name] = expandGlobs(v);
  }
  const quiet = args.values.quiet === true;
  const written: string[] = [];
  const progress = progressLine(io, quiet);
  const runIo: Io = {
    ...io,
    out: io.out,
    err: (t) => {
      progress.done();
      io.err(paintDiagnostics(io, t));
    },
    wrote: (f) => {
      written.push(f);
      io.wrote?.(f);
    },
    progress: (done, total, label) => progress.update(done, total, label),
  };
  try {
    const code = await command.run({ args, io: runIo, version: VERSION });
    progress.done();
    if (written.length && !quiet) io.err(paint(io, 'green', 'Đã ghi') + writtenSummary(written) + '\n');
    return code;
  } catch (e) {
    progress.done();
    if (e instanceof UsageError) return usageError(io, e.message, command);
    // Loaded only on this path: the diagnostics module is not needed to start.
    const message = (await import('./file-error.js')).fileErrorMessage(e);
    if (message) {
      io.err(paintDiagnostics(io, message) + '\n');
      return 1;
    }
    throw e;
  }
}

function unknownCommand(name: string): string {
  const near = suggestName(name, COMMANDS.map((c) => c.name));
  return `không có lệnh “${name}”${near ? `; có phải ý bạn là “${near}”?` : ''}`;
}

function usageError(io: Io, message: string, command?: Command): number {
  const hint = command ? `Cách dùng: ${usageLine(command)}\nXem thêm: kehoach help ${command.name}` : 'Xem các lệnh: kehoach --help';
  io.err(`kehoach: ${paint(io, 'red', message)}\n${hint}\n`);
  return 2;
}
