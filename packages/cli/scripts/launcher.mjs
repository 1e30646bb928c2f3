#!/usr/bin/env node
// kehoach — the command (written into dist/kehoach.mjs by scripts/bundle.mjs; edit it here).
// Every command is in one script, dist/kehoach.cjs, run through V8's code cache: the first run of a
// command keeps the compiled code in the user's cache folder, later runs read it back instead of
// compiling 2 MB of JavaScript again (Node 20 has no compile cache of its own for this; measured:
// `render` 190 → 115 ms). The cache is keyed by the bundle's hash, Node's version and the command;
// any problem with it (no cache folder, read-only disk, a cache from elsewhere) only means compiling.
// KEHOACH_CACHE_DIR chooses the folder; KEHOACH_CACHE_DIR=off turns the cache off.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const BUNDLE_HASH = '__KEHOACH_BUNDLE_HASH__';
const file = fileURLToPath(new URL('./kehoach.cjs', import.meta.url));
const source = readFileSync(file, 'utf8');

function cacheFile() {
  const dir = process.env.KEHOACH_CACHE_DIR;
  if (dir === 'off' || dir === '0') return undefined;
  let base = dir || process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : '');
  if (!base) {
    try {
      base = join(homedir(), '.cache');
    } catch {
      return undefined;
    }
  }
  const first = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? '';
  const command = /^[a-z][a-z-]{0,19}$/.test(first) ? first : 'other';
  return join(base, 'kehoach', `${BUNDLE_HASH}-${process.version}-${process.arch}-${command}.v8`);
}

const target = cacheFile();
let cached;
try {
  if (target) cached = readFileSync(target);
} catch {
  cached = undefined;
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __kehoachImport) {${source.replace(/^#!.*/, '')}\n})`, {
  filename: file,
  cachedData: cached,
});
if (target && (!cached || script.cachedDataRejected)) {
  // After the run: the cache then holds every function the command compiled, not only the top level.
  process.once('exit', (code) => {
    if (code > 1) return;
    try {
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      const tmp = `${target}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, target);
    } catch {
      // No cache this time.
    }
  });
}
const module = { exports: {} };
// pdf.js (ESM) is imported from here: code read back from the cache loses the script's own import().
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
