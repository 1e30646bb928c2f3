import { dirname, relative, resolve } from 'node:path';
import { readInput } from 'kehoach/node';

/** The schema line for a new plan: the parent's own, re-pointed from where the new file goes. */
export async function schemaRef(from: string, to: string | undefined): Promise<string | undefined> {
  const read = await readInput(from);
  const first = read.bytes ? new TextDecoder().decode(read.bytes.subarray(0, 4096)).split('\n')[0] ?? '' : '';
  const m = /\$schema=(\S+)/.exec(first);
  if (!m || /^[a-z]+:/.test(m[1]!)) return m?.[1];
  const abs = resolve(dirname(from), m[1]!);
  return relative(to && to !== '-' ? dirname(resolve(to)) : process.cwd(), abs).split('\\').join('/');
}
