import { open } from 'node:fs/promises';

/** Bytes read from a file, or why they were not: too large, a folder, or a system error. */
export type Bounded = { bytes: Uint8Array } | { tooLarge: number } | { directory: true };

/**
 * Reads at most `maxBytes` of a file and stops: a file that turns out larger (a device such as
 * /dev/zero, a pipe, or a file growing while read — `stat` said 0 bytes for them) is refused after
 * `maxBytes + 1` bytes, never read whole. Throws the system error (ENOENT, EACCES…) otherwise.
 */
export async function readBounded(file: string, maxBytes: number): Promise<Bounded> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { directory: true };
    if (info.isFile() && info.size > maxBytes) return { tooLarge: info.size };
    const chunks: Uint8Array[] = [];
    let total = 0;
    const buffer = new Uint8Array(Math.min(maxBytes + 1, 1024 * 1024));
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, maxBytes + 1 - total), null);
      if (bytesRead === 0) break;
      chunks.push(buffer.slice(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { tooLarge: total };
    }
    return { bytes: concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

/**
 * Reads at most `maxBytes` from a stream (standard input) and stops: more is refused as too large
 * after `maxBytes + 1` bytes, and the stream is not read further.
 */
export async function readBoundedStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Bounded> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const c = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    chunks.push(c);
    total += c.length;
    if (total > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return { tooLarge: total };
    }
  }
  return { bytes: concat(chunks, total) };
}

/** The chunks as one array of `total` bytes. */
function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
