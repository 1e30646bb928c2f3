import { expect, test } from 'vitest';
import type { Plan } from '@kehoach/core';
import { defaultTemplate, renderDocx, type DocxOptions } from '@kehoach/render-docx';
import { setRenderCache } from '../src/render-cache.js';
import { PizZip } from '../src/cjs.js';
import { markData, renderCacheStats } from '../src/render-cache.js';
import { ALL_EXAMPLES, loadExample } from '../../../test/helpers.js';

/** Renders with docxtemplater from scratch (no cache), then twice with the cache (a miss, then a hit). */
function threeWays(plan: Plan, options: DocxOptions = {}): [Uint8Array, Uint8Array, Uint8Array] {
  setRenderCache(false);
  try {
    const plain = renderDocx(plan, options).docx!;
    setRenderCache(true);
    return [plain, renderDocx(plan, options).docx!, renderDocx(plan, options).docx!];
  } finally {
    setRenderCache(true);
  }
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

test.each(ALL_EXAMPLES)('%s: the cached render gives docxtemplater’s bytes, with and without the appendix', (name) => {
  const plan = loadExample(name);
  for (const appendix of [false, true]) {
    const [plain, miss, hit] = threeWays(plan, { appendix });
    expect(same(miss, plain)).toBe(true);
    expect(same(hit, plain)).toBe(true);
  }
});

test('text that looks like XML or like the cache’s marks, blank and multi-line values: the same bytes as docxtemplater', () => {
  const base = loadExample('phu-tho-2025-cong-van-dich-vu-cong');
  const odd = ['A & B <w:p> "x" \'y\'', '  leading and trailing  ', '\uE000 0 \uE001 mark characters', 'one\ntwo\n\nfour', ''];
  for (const text of odd) {
    const plan = structuredClone(base);
    plan.title = text || 'x';
    plan.issuer.name = text || plan.issuer.name;
    const [plain, miss, hit] = threeWays(plan);
    expect(same(miss, plain), JSON.stringify(text)).toBe(true);
    expect(same(hit, plain), JSON.stringify(text)).toBe(true);
  }
});

test('two plans of one shape share one docxtemplater render (a cache hit), yet each gets its own text — the bytes docxtemplater gives it', () => {
  const base = loadExample('khanh-hoa-2025');
  const a = { ...base, title: 'Triển khai việc A' };
  const b = { ...base, title: 'Triển khai việc B & C' };
  const before = renderCacheStats();
  const docA = new PizZip(renderDocx(a).docx!).file('word/document.xml')!.asText();
  const cached = renderDocx(b).docx!;
  const after = renderCacheStats();
  expect(after.hits - before.hits).toBeGreaterThanOrEqual(1);
  expect(after.misses - before.misses).toBeLessThanOrEqual(1);
  const docB = new PizZip(cached).file('word/document.xml')!.asText();
  expect(docA).toContain('Triển khai việc A');
  expect(docA).not.toContain('việc B');
  expect(docB).toContain('Triển khai việc B &amp; C');
  expect(docB).not.toContain('việc A');
  setRenderCache(false);
  try {
    expect(same(cached, renderDocx(b).docx!)).toBe(true);
  } finally {
    setRenderCache(true);
  }
});

test('a template whose own text holds a mark character goes the long way, its text kept', () => {
  const plan = loadExample('lang-son-2019');
  const zip = new PizZip(defaultTemplate());
  zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('{title}', '{title}\uE0000\uE001'));
  const template = zip.generate({ type: 'uint8array' }) as Uint8Array;
  const before = renderCacheStats();
  const [plain, miss, again] = threeWays(plan, { template });
  expect(renderCacheStats().hits).toBe(before.hits);
  expect(same(miss, plain) && same(again, plain)).toBe(true);
  expect(new PizZip(again).file('word/document.xml')!.asText()).toContain('\uE0000\uE001');
});

test('a user’s template goes through the cache too, with the same bytes', () => {
  const plan = loadExample('lang-son-2019');
  const zip = new PizZip(defaultTemplate());
  zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('{title}', '{title} ({numberLine})'));
  const template = zip.generate({ type: 'uint8array' }) as Uint8Array;
  const [plain, miss, hit] = threeWays(plan, { template });
  expect(same(miss, plain)).toBe(true);
  expect(same(hit, plain)).toBe(true);
});

test('the shape of data: raw XML keeps its edge tags; a drawing, or a mark character in a value, leaves no shortcut', () => {
  const raw = new Set(['body']);
  const m = markData({ body: '<w:tbl><w:tr/></w:tbl>', title: 'a\n\nb', on: true, list: ['x', ''] }, raw)!;
  expect(m.marked.body).toBe('<w:tbl>\uE0000\uE001</w:tbl>');
  // Keys in order (body, list, on, title), an empty line left empty.
  expect(m.marked.list).toEqual(['\uE0001\uE001', '']);
  expect(m.marked.title).toBe('\uE0002\uE001\n\n\uE0003\uE001');
  expect(m.values).toEqual(['<w:tr/>', 'x', 'a', 'b']);
  expect(markData({ body: '<w:p><w:r><w:drawing><wp:docPr id="1" name="x"/></w:drawing></w:r></w:p>' }, raw)).toBeUndefined();
  expect(markData({ title: 'chữ \uE001 lạ' }, raw)).toBeUndefined();
  expect(markData({ body: 'not XML' }, raw)).toBeUndefined();
});
