import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test } from 'vitest';
import { EDXML_NS } from '@kehoach/edxml';
import { exampleText } from '../helpers.js';
import { cli } from '../run-cli.js';

function workdir(withIds: boolean): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-edxml-'));
  let text = exampleText('tuyen-quang-2025-30-7');
  if (withIds) {
    text = text
      .replace('  ubnd-tinh: { name:', '  ubnd-tinh: { organId: "000.00.00.H58", name:')
      .replace('  bo-cong-an: { name:', '  bo-cong-an: { organId: "000.00.00.G02", name:');
  }
  writeFileSync(join(dir, 'kh.yaml'), text);
  return { dir, plan: join(dir, 'kh.yaml') };
}

test('kehoach export --format edxml writes kh.edxml beside the plan, with kh.docx attached', async () => {
  const { dir, plan } = workdir(true);
  const r = await cli('export', plan, '--format', 'edxml');
  expect(r.code).toBe(0);
  expect(r.err).toContain('info  EDXML_RECIPIENT_NOT_SENT  8 nơi nhận không có mã định danh điện tử');
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, 'kh.edxml'), 'utf8'), 'text/xml');
  expect(doc.getElementsByTagNameNS(EDXML_NS, 'CodeNotation')[0]!.textContent).toBe('KH-UBND');
  expect(doc.getElementsByTagNameNS(EDXML_NS, 'AttachmentName')[0]!.textContent).toBe('kh.docx');
});

test('-o - prints the message; the format defaults to edxml', async () => {
  const r = await cli('export', workdir(true).plan, '-o', '-');
  expect(r.code).toBe(0);
  expect(r.out).toContain('<edXML:DocumentId>000.00.00.H58,2025/07/24,15/KH-UBND</edXML:DocumentId>');
});

test('no organ id: a diagnostic on stderr, exit 1, nothing written', async () => {
  const { dir, plan } = workdir(false);
  const r = await cli('export', plan, '--format', 'edxml');
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/kh\.yaml:21:\d+ {2}error {2}EDXML_NO_ORGAN_ID {2}Chưa có mã định danh điện tử/);
  expect(existsSync(join(dir, 'kh.edxml'))).toBe(false);
});

test('usage mistakes exit 2', async () => {
  expect((await cli('export', workdir(true).plan, '--format', 'pdf')).code).toBe(2);
  expect((await cli('export')).code).toBe(2);
});
