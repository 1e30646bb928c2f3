import type { Io } from './io.js';

const CODES = { red: 31, yellow: 33, green: 32, cyan: 36, dim: 2, bold: 1 } as const;

/** `text` in a colour when `io` allows colours (a terminal, no NO_COLOR), else unchanged. */
export function paint(io: Io, colour: keyof typeof CODES, text: string): string {
  return io.colour ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

/** Diagnostic lines with their severity coloured (error red, warning yellow, info cyan). */
export function paintDiagnostics(io: Io, text: string): string {
  if (!io.colour) return text;
  return text.replace(/( {2})(error|warning|info)( {2})/g, (_, a: string, s: string, b: string) => a + paint(io, s === 'error' ? 'red' : s === 'warning' ? 'yellow' : 'cyan', s) + b);
}

/**
 * A progress line for batches on a terminal (`[12/40] xa-minh-xuan.yaml`), rewritten in place on
 * standard error at most every 100 ms, and erased by `done()`. Silent when standard error is not a
 * terminal (a log, a pipe, a test) or with `--quiet`.
 */
export function progressLine(io: Io, quiet: boolean): { update(done: number, total: number, label: string): void; done(): void } {
  let shown = false;
  let last = 0;
  if (!io.tty || quiet) return { update() {}, done() {} };
  const columns = Math.max(20, (process.stderr.columns ?? 80) - 1);
  return {
    update(done, total, label) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const line = `[${done}/${total}] ${label}`;
      io.err(`\r\u001b[2K${line.length > columns ? line.slice(0, columns - 1) + '…' : line}`);
      shown = true;
    },
    done() {
      if (shown) io.err('\r\u001b[2K');
      shown = false;
    },
  };
}
