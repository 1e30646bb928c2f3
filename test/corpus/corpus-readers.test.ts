/**
 * The readers over the real documents of ../shared/corpus (when present beside the repository):
 * DOCX text reproduced word for word (auto-numbering included), PDF text reproduced except page
 * numbers and signature stamps, the broken font map refused. The corpus is read in place, never
 * copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readReceived, receivedToText, type ReceivedTable } from '@kehoach/import';
import { ROOT } from '../helpers.js';
import { bagRecall, recall, wordsOf } from '../../packages/import/test/words.js';

const CORPUS = `${ROOT}../shared/corpus`;
const present = existsSync(CORPUS);
const folders = present ? readdirSync(CORPUS).filter((f) => /^\d\d_/.test(f)).sort() : [];

function original(folder: string): { bytes: Uint8Array; name: string } {
  const name = existsSync(`${CORPUS}/${folder}/original.docx`) ? 'original.docx' : 'original.pdf';
  return { bytes: new Uint8Array(readFileSync(`${CORPUS}/${folder}/${name}`)), name };
}

test.skipIf(present)('corpus tests skipped: ../shared/corpus is not beside this clone', () => {});

describe.runIf(present)('readers over ../shared/corpus', () => {
  test.each(folders.filter((f) => !f.startsWith('18_')))('%s: the text of the original, in order', async (folder) => {
    const { bytes, name } = original(folder);
    const { document, diagnostics } = await readReceived(bytes, { fileName: name });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const expected = wordsOf(readFileSync(`${CORPUS}/${folder}/text.txt`, 'utf8'));
    const got = wordsOf(receivedToText(document!));
    if (name.endsWith('.docx')) {
      // text.txt leaves Word's auto-numbers out; the reader prints them: precision allows for them
      const r = recall(expected, got);
      expect(r.recall).toBeGreaterThanOrEqual(0.999);
      expect(r.precision).toBeGreaterThanOrEqual(0.99);
    } else {
      // pdftotext keeps page numbers and stamps and reads columns line by line: compare as bags
      expect(bagRecall(expected, got)).toBeGreaterThanOrEqual(0.98);
      expect(bagRecall(got, expected)).toBeGreaterThanOrEqual(0.99);
    }
    const tables = document!.blocks.filter((b): b is ReceivedTable => b.kind === 'table');
    if (!folder.startsWith('16_')) expect(tables[0]?.role).toBe('header');
  });

  test.runIf(folders.some((f) => f.startsWith('01_')))('01: theme numbers that only Word numbering prints', async () => {
    const { bytes } = original(folders.find((f) => f.startsWith('01_'))!);
    const { document } = await readReceived(bytes, { fileName: 'original.docx' });
    const text = receivedToText(document!);
    for (const heading of ['1. Cải cách thể chế', '2. Cải cách thủ tục hành chính', '7. Công tác chỉ đạo, điều hành']) {
      expect(text.split('\n')).toContain(heading);
    }
    expect(document!.blocks.some((b) => b.kind === 'section' && b.orientation === 'portrait')).toBe(true);
    expect(document!.orientation).toBe('landscape');
    const appendix = document!.blocks.filter((b): b is ReceivedTable => b.kind === 'table').at(-1)!;
    expect(appendix.columns).toBe(7);
    expect(appendix.rows.flatMap((r) => r.cells).filter((c) => c.rowSpan > 1).length).toBeGreaterThan(0);
  });

  test.runIf(folders.some((f) => f.startsWith('07_')))('07: number and day stamped by the e-office system are read; signature block is a layout table', async () => {
    const { bytes } = original(folders.find((f) => f.startsWith('07_'))!);
    const { document } = await readReceived(bytes, { fileName: 'original.pdf' });
    const text = receivedToText(document!);
    expect(text).toContain('Số: 349 /KH-UBND');
    expect(text).toContain('Đồng Tháp, ngày 13 tháng 12 năm 2021');
    const tables = document!.blocks.filter((b): b is ReceivedTable => b.kind === 'table');
    expect(tables.map((t) => t.role)).toEqual(['header', 'signature']);
    expect(text).toMatch(/TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đoàn Tấn Bửu/);
  });

  test.runIf(folders.some((f) => f.startsWith('13_')))('13: the signer box (Người ký, Email, Cơ quan) is not text', async () => {
    const { bytes } = original(folders.find((f) => f.startsWith('13_'))!);
    const text = receivedToText((await readReceived(bytes, { fileName: 'original.pdf' })).document!);
    expect(text).not.toMatch(/Người ký|sogddt@|Email:/);
    expect(text).toContain('Võ Bình Thư');
  });

  test.runIf(folders.some((f) => f.startsWith('18_')))('18: a broken font map is refused with one clear message', async () => {
    const { bytes } = original(folders.find((f) => f.startsWith('18_'))!);
    const { document, diagnostics } = await readReceived(bytes, { fileName: 'original.pdf' });
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['IMPORT_GARBAGE_TEXT']);
    expect(diagnostics[0]!.message).toMatch(/^Lớp chữ của tệp PDF bị hỏng/);
  });
});
