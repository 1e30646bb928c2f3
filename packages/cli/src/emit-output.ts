import { writeAtomic } from '@kehoach/node';
import type { Io } from './io.js';

/** Writes a command's output: to standard output for `-`, else atomically to the file. */
export async function emit(data: string | Uint8Array, target: string, io: Io): Promise<void> {
  if (target !== '-') await writeAtomic(target, data);
  else if (typeof data === 'string') io.out(data);
  else process.stdout.write(data);
}
