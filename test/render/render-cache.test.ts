import { expect, test } from 'vitest';
import type { Plan } from '@kehoach/core';
import { defaultTemplate, renderDocx, setRenderCache, type DocxOptions } from '@kehoach/render-docx';
import { PizZip } from '../../packages/render-docx/src/cjs.js';
import { ALL_EXAMPLES, loadExample } from '../helpers.js';

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

test('two plans of one shape share a compiled render, yet each gets its own text', () => {
  const base = loadExample('khanh-hoa-2025');
  const a = { ...base, title: 'Triển khai việc A' };
  const b = { ...base, title: 'Triển khai việc B & C' };
  const docA = new PizZip(renderDocx(a).docx!).file('word/document.xml')!.asText();
  const docB = new PizZip(renderDocx(b).docx!).file('word/document.xml')!.asText();
  expect(docA).toContain('Triển khai việc A');
  expect(docA).not.toContain('việc B');
  expect(docB).toContain('Triển khai việc B &amp; C');
  expect(docB).not.toContain('việc A');
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
