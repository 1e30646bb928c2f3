import { expect, test } from 'vitest';
import { defaultTemplate, renderDocx, setDeflate } from '@kehoach/render-docx';
import { openTemplate } from '../src/open-template.js';
import { openTemplateCached } from '../src/template-cache.js';
import { deflateRawSync } from 'node:zlib';
import { loadExample } from '../../../test/helpers.js';

test('the bundled template passes every check of a template from anyone (so it may be opened as trusted)', () => {
  const o = openTemplate(defaultTemplate());
  expect(o.problem).toBeUndefined();
  expect(o.zip?.file('word/document.xml')).toBeTruthy();
});

test('a template is opened once: later opens give a fresh zip with the same parts; a bad one stays refused', () => {
  const bytes = defaultTemplate();
  const a = openTemplateCached(bytes).zip!;
  a.file('word/document.xml', 'changed');
  const b = openTemplateCached(bytes).zip!;
  expect(b.file('word/document.xml')!.asText()).toBe(openTemplate(defaultTemplate()).zip!.file('word/document.xml')!.asText());
  expect(Object.keys(b.files).sort()).toEqual(Object.keys(openTemplate(defaultTemplate()).zip!.files).sort());
  const bad = new Uint8Array([1, 2, 3]);
  expect(openTemplateCached(bad).problem).toBeDefined();
  expect(openTemplateCached(bad).problem).toBeDefined();
});

test('renders are deterministic with pako and with a replaced deflate; both are valid zips of the same parts', async () => {
  const plan = loadExample('lang-son-2019');
  const pako = renderDocx(plan).docx!;
  expect(Buffer.from(renderDocx(plan).docx!).equals(Buffer.from(pako))).toBe(true);
  setDeflate((raw) => deflateRawSync(raw));
  try {
    const zlib = renderDocx(plan).docx!;
    expect(Buffer.from(renderDocx(plan).docx!).equals(Buffer.from(zlib))).toBe(true);
    const { PizZip } = await import('../src/cjs.js');
    const [p, z] = [new PizZip(pako), new PizZip(zlib)];
    expect(Object.keys(z.files)).toEqual(Object.keys(p.files));
    for (const name of Object.keys(p.files).filter((n) => !p.files[n]!.dir)) expect(z.file(name)!.asText()).toBe(p.file(name)!.asText());
  } finally {
    setDeflate(undefined);
  }
});
