/**
 * The entry of the V8 startup snapshot (`dist/kehoach.blob`, built by scripts/snapshot.mjs): every
 * command's code already loaded and compiled, one plan rendered in memory to warm it; at start the
 * process only deserialises the heap and runs the command. Run as
 * `node --snapshot-blob dist/kehoach.blob <command> …` (the `kehoach-fast` launcher).
 */
import { startupSnapshot } from 'node:v8';
import { installInterruptHandlers } from '@kehoach/node/interrupt';
import { runCli } from './run-cli.js';
import type { Io } from './io.js';
import { warmUp } from './snapshot-warm.js';

if (startupSnapshot.isBuildingSnapshot()) {
  void warmUp().then(() => startupSnapshot.setDeserializeMainFunction(() => {
    installInterruptHandlers();
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      process.stderr.write(`kehoach: <stdout>: ${e.code ?? e.message}\n`);
      process.exit(1);
    });
    // Whether standard error is a terminal is known only now, not when the snapshot was built.
    const io: Io = {
      out: (t) => void process.stdout.write(t),
      err: (t) => void process.stderr.write(t),
      tty: process.stderr.isTTY === true,
      colour: process.stderr.isTTY === true && !process.env.NO_COLOR,
    };
    runCli(process.argv.slice(1), io).then(
      (code) => (process.exitCode = code),
      (e: unknown) => {
        process.stderr.write(`kehoach: lỗi nội bộ — internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 70;
      },
    );
  }));
}
