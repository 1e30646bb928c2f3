import { writeAtomic } from 'kehoach/node';
import type { Io } from './io.js';

/**
 * Writes a command's output: to standard output for `-`, else safely to the file (see
 * `writeAtomic`): never over one of the command's `inputs`, never replacing a device or a pipe.
 * A file written is reported to `io.wrote` (the closing summary).
 */
export async function emit(data: string | Uint8Array, target: string, io: Io, inputs: readonly string[] = []): Promise<void> {
  if (target !== '-') {
    await writeAtomic(target, data, { inputs });
    io.wrote?.(target);
  } else if (typeof data === 'string') io.out(data);
  else process.stdout.write(data);
}
