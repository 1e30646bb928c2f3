#!/usr/bin/env node
// kehoach — the command (written into dist/kehoach.mjs by scripts/bundle.mjs; edit it here).
// Every command is in one script, dist/kehoach.cjs, run through V8's code cache: the first run of a
// command keeps the compiled code in the user's cache folder, later runs read it back instead of
// compiling 2 MB of JavaScript again (Node 20 has no compile cache of its own for this; measured:
// `render` 199 → 135 ms). The cache is keyed by the bundle's hash, Node's version and the command;
// any problem with it (no cache folder, read-only disk, a damaged file) only means compiling.
// The cached code is run, so it is used only from a folder that is the user's own: owned by them,
// writable by nobody else, not a symbolic link, and in parents that no other user can rename or
// replace (each owned by the user or root, writable by others only when sticky, like /tmp — as
// OpenSSH checks; issue 23: a cache folder in a shared, non-sticky parent was raced and another
// user's code ran). A cache file is read through one descriptor that does not follow links and is
// checked itself (owner, mode), and written by exclusive creation then renamed (POSIX). Files of
// other builds or Node versions are removed when a new one is written.
// KEHOACH_CACHE_DIR chooses the folder; KEHOACH_CACHE_DIR=off turns the cache off.
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const BUNDLE_HASH = '__KEHOACH_BUNDLE_HASH__';
const file = fileURLToPath(new URL('./kehoach.cjs', import.meta.url));
const source = readFileSync(file, 'utf8');
const prefix = `${BUNDLE_HASH}-${process.version}-${process.arch}-`;

/** The cache folder, or undefined when there is none to use. */
function cacheDir() {
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
  return join(base, 'kehoach');
}

const uid = typeof process.getuid === 'function' ? process.getuid() : undefined; // none on Windows: the folder is under the user's profile

/** Whether a file or folder (its stat) is the user's own: owned by them, writable by no one else. */
const mine = (s) => uid === undefined || (s.uid === uid && (s.mode & 0o022) === 0);

/**
 * Whether no other user can rename, replace or add entries along `path` (a folder; from its nearest
 * existing parent when it is still to be made) and each of its parents: every one owned by the user
 * or root, and writable by others only when sticky (/tmp).
 */
function safeParents(path) {
  if (uid === undefined) return true;
  let start = path;
  while (!existsSync(start) && dirname(start) !== start) start = dirname(start);
  for (let p = realpathSync(start); ; p = dirname(p)) {
    const s = lstatSync(p);
    if (s.uid !== uid && s.uid !== 0) return false;
    if ((s.mode & 0o022) !== 0 && (s.mode & 0o1000) === 0) return false;
    if (dirname(p) === p) return true;
  }
}

/** Whether the cache folder may be used: a folder, not a link, the user's own, in safe parents. */
function safeDir(path) {
  const s = lstatSync(path);
  return s.isDirectory() && mine(s) && safeParents(dirname(path));
}

/** A cache file's bytes, read through one descriptor that follows no link and is checked itself; undefined when not the user's own. */
function readOwn(path) {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const s = fstatSync(fd);
    return s.isFile() && mine(s) ? readFileSync(fd) : undefined;
  } finally {
    closeSync(fd);
  }
}

const dir = cacheDir();
const first = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? '';
const target = dir && join(dir, prefix + (/^[a-z][a-z-]{0,19}$/.test(first) ? first : 'other') + '.v8');
let cached;
try {
  if (target && safeDir(dir)) cached = readOwn(target);
} catch {
  cached = undefined;
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __kehoachImport) {${source.replace(/^#!.*/, '')}\n})`, {
  filename: file,
  cachedData: cached,
});
if (target && (!cached || script.cachedDataRejected)) {
  // After a successful run: the cache then holds every function the command compiled, not only the top level.
  process.once('exit', (code) => {
    if (code !== 0) return;
    try {
      // Parents first: nothing is created in a folder other users may change.
      if (!safeParents(dirname(dir))) return;
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!safeDir(dir)) return;
      for (const f of readdirSync(dir)) if (f.endsWith('.v8') && !f.startsWith(prefix)) rmSync(join(dir, f), { force: true });
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600, flag: 'wx' });
      renameSync(tmp, target);
    } catch {
      // No cache this time.
    }
  });
}
const module = { exports: {} };
// pdf.js (ESM) is imported from here: code read back from a code cache loses the script's own import().
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
