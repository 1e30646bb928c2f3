#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kehoach: lỗi nội bộ — internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
