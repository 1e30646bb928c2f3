import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { onInterrupt, processAlive } from './interrupt.js';

/** Options of `writeAtomic`. */
export interface WriteOptions {
  /** Files the command read: the target may be none of them (same file, whatever the path). */
  inputs?: readonly string[];
}

const fsError = (code: string, message: string, path: string) => Object.assign(new Error(`${code}: ${message}`), { code, syscall: 'open', path });

/** Temporary files of this module: `.<name>.<pid>.<hex>.tmp` beside the target. */
const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Folders already swept by this process. */
const swept = new Set<string>();

/**
 * Removes the temporary files left in `dir` by runs that were killed (their process is gone), for
 * every target: once per folder and process. Reading the folder at every write made a batch of N
 * files into one folder read N folders of up to N entries (3 321 plans and their DOCX: 22 million
 * names); a run that is killed while this process runs leaves files the next process removes.
 */
async function removeStale(dir: string): Promise<void> {
  if (swept.has(dir)) return;
  swept.add(dir);
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const e of entries) {
    const m = TEMP.exec(e);
    if (m && Number(m[2]) !== process.pid && !processAlive(Number(m[2]))) await rm(join(dir, e), { force: true });
  }
}

/**
 * Writes a command's output safely:
 * - refuses a target that is one of the `inputs` (by device and inode, so another path to the same
 *   file is caught too): `render p.yaml -o p.yaml` would have replaced the plan;
 * - a device, a pipe or a socket (`-o /dev/null`, a FIFO) is written to as a stream, never replaced;
 * - a regular file (or a new one) is written to a temporary file beside it, then renamed over it
 *   (through a symbolic link, the file it points to), so a failure never leaves a half-written
 *   document; the temporary file is removed if the process is interrupted, and files left by a
 *   killed run (`kill -9`) are removed by the next process that writes into the same folder.
 */
export async function writeAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw fsError('EISDIR', `${target} is a directory`, target);
  if (existing) {
    for (const input of options.inputs ?? []) {
      const other = await stat(input).catch(() => undefined);
      if (other && other.dev === existing.dev && other.ino === existing.ino) throw fsError('EINPUT', `${target} is an input of this command`, target);
    }
    if (!existing.isFile()) {
      await writeFile(target, data, { flag: 'w' });
      return;
    }
  }
  // Through a symbolic link: replace the file it points to, not the link.
  const real = existing ? await realpath(target) : target;
  const dir = dirname(real);
  const name = basename(real);
  await removeStale(dir);
  const tmp = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const release = onInterrupt(() => {
    try {
      unlinkSync(tmp);
    } catch {
      // not created yet, or already renamed
    }
  });
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, real);
  } catch (e) {
    await rm(tmp, { force: true });
    // Report the file the user asked for, not the temporary one.
    if (e && typeof e === 'object' && (e as NodeJS.ErrnoException).path === tmp) (e as NodeJS.ErrnoException).path = target;
    throw e;
  } finally {
    release();
  }
}
