import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);
const BIN = `${ROOT}packages/cli/dist/kehoach.mjs`;
const PLAN = `${ROOT}examples/phu-tho-2025-cong-van-dich-vu-cong.yaml`;

/** Renders the example with the built command, the code cache in `cache` (or `off`); the DOCX bytes. */
async function render(cache: string, out: string): Promise<Buffer> {
  await run(process.execPath, [BIN, 'render', PLAN, '-o', out, '-q'], { env: { ...process.env, KEHOACH_CACHE_DIR: cache } });
  return readFileSync(out);
}

describe.skipIf(!existsSync(BIN))('the command keeps its compiled code (V8 code cache) for the next run', () => {
  test('the first run of a command writes its cache, later runs read it; the document is the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    const first = await render(dir, join(dir, 'a.docx'));
    const files = readdirSync(join(dir, 'kehoach'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}-render\\.v8$`));
    const size = readFileSync(join(dir, 'kehoach', files[0]!)).length;
    expect(size).toBeGreaterThan(100_000);
    const second = await render(dir, join(dir, 'b.docx'));
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(join(dir, 'kehoach'))).toEqual(files);
  });

  test('a damaged cache is set aside (rejected by V8, written again) and changes nothing in the output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    const first = await render(dir, join(dir, 'a.docx'));
    const [name] = readdirSync(join(dir, 'kehoach'));
    const file = join(dir, 'kehoach', name!);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const again = await render(dir, join(dir, 'b.docx'));
    expect(again.equals(first)).toBe(true);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
  });

  test('KEHOACH_CACHE_DIR=off writes no cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    const bytes = await render('off', join(dir, 'a.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });
});
