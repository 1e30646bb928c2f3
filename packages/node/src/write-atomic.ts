import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over the target,
 * so a failure never leaves a half-written document.
 */
export async function writeAtomic(target: string, data: string | Uint8Array): Promise<void> {
  // Refuse a folder as the target before writing anything beside it.
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: ${target} is a directory`), { code: 'EISDIR', syscall: 'open', path: target });
  }
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    // Report the file the user asked for, not the temporary one.
    if (e && typeof e === 'object' && (e as NodeJS.ErrnoException).path === tmp) (e as NodeJS.ErrnoException).path = target;
    throw e;
  }
}
