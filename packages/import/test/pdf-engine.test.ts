import { describe, expect, test } from 'vitest';
import { readReceived, type ReceivedParagraph } from '@kehoach/import';
import { keepBuiltins } from '../src/pdf/keep-builtins.js';
import { loadPdfjs } from '../src/pdf/load-pdfjs.js';
import { buildPdf } from './build-files.js';

describe('pdf.js leaves the built-ins it found as they were', () => {
  test('a replaced built-in is put back; one that was missing is kept', async () => {
    const push = Array.prototype.push;
    const slowPush = function (this: unknown[], ...items: unknown[]): number {
      return push.apply(this, items);
    };
    const added = await keepBuiltins(async () => {
      Array.prototype.push = slowPush;
      (Math as { sumTest?: () => number }).sumTest = () => 3;
      return 'loaded';
    });
    expect(added).toBe('loaded');
    expect(Array.prototype.push).toBe(push);
    expect((Math as { sumTest?: () => number }).sumTest?.()).toBe(3);
    delete (Math as { sumTest?: () => number }).sumTest;
  });

  test('after loading pdf.js (and, in Node, its worker), push and JSON are the runtime’s own', async () => {
    const before = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    await loadPdfjs();
    expect({ push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify }).toEqual(before);
    expect(typeof Promise.withResolvers).toBe('function'); // what pdf.js needs and Node 20 lacks stays
    expect(typeof (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBe('function');
  });
});

describe('a page parsed once when its fonts are known', () => {
  const line = (y: number, text: string, bold = false) => ({ x: 85, y, text, bold });
  test('bold is read on every page, whether its font first appears on page 1 or on page 3', async () => {
    const pages = [
      [line(60, 'KE HOACH TRIEN KHAI CONG TAC', true), line(90, 'Noi dung trang mot cua ke hoach nay.')],
      [line(60, 'Trang hai chi co chu thuong, khong in dam.')],
      [line(60, 'Trang ba tiep tuc voi chu thuong.'), line(90, 'II. TO CHUC THUC HIEN', true)],
    ];
    const plainFirst = [pages[1]!, pages[2]!, pages[0]!];
    for (const doc of [pages, plainFirst]) {
      const { document, diagnostics } = await readReceived(buildPdf(doc), { fileName: 'a.pdf' });
      expect(diagnostics).toEqual([]);
      const text = document!.blocks.map((b) => (b as ReceivedParagraph).text).join('\n');
      expect(text.match(/\*\*[^*]+\*\*/g)).toEqual(doc === pages ? ['**KE HOACH TRIEN KHAI CONG TAC**', '**II. TO CHUC THUC HIEN**'] : ['**II. TO CHUC THUC HIEN**', '**KE HOACH TRIEN KHAI CONG TAC**']);
    }
  });
});
