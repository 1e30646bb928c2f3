// The command's process: interrupts cleaned up, standard streams watched, the command run.
import { formatDiagnostics } from 'kehoach';
import { installInterruptHandlers, NODE_CODES } from 'kehoach/node';
import { processIo } from './io.js';
import { runCli } from './run-cli.js';

// Interrupted (Ctrl-C, kill): temporary files are removed and LibreOffice is stopped.
installInterruptHandlers();

// Standard output may fail after a write was accepted: a reader that stops early
// (`kehoach … -o - | head`) closes the pipe, which is not an error; a full disk (`> /dev/full`)
// is a diagnostic and exit 1 — never a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const vi: Record<string, string> = { ENOSPC: 'ổ đĩa đã đầy', EIO: 'lỗi vào/ra', EBADF: 'đầu ra đã đóng' };
  const place = { file: '<stdout>', path: '', line: 1, column: 1 };
  const d = NODE_CODES.create('FILE_UNWRITABLE', place, { detail: vi[e.code ?? ''] ?? String(e.code ?? e.message), detailEn: String(e.code ?? e.message) });
  process.stderr.write(formatDiagnostics([d]) + '\n');
  process.exit(1);
});
// Nothing useful can be said when standard error itself fails.
process.stderr.on('error', () => process.exit(process.exitCode ?? 1));

/** Runs the command with its arguments and sets the exit code. */
export function main(argv: string[]): void {
  runCli(argv, processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`kehoach: lỗi nội bộ — internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
