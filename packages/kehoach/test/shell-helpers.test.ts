import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { migratePlan } from 'kehoach';
import { readTemplate } from 'kehoach/node';
import { migrateYaml } from '@kehoach/yaml-edit';
import { ROOT } from '../../../test/helpers.js';

// What the CLI used from other packages and now takes from kehoach, as a portal would: migratePlan
// (kehoach migrate) and readTemplate (kehoach render --template).

/** A small schema v1 plan, with a comment the migration keeps. */
const V1 = `schemaVersion: 1
issuer: { name: Ủy ban nhân dân xã Minh Xuân, abbreviation: UBND, place: Minh Xuân }
number: 3
date: 2026-02-10
title: Tuyên truyền phòng, chống mua bán người năm 2026
period: { year: 2026 }
agencies:
  cong-an-xa: { name: Công an xã, level: xa, kind: cong-an }
goals:
  title: MỤC ĐÍCH, YÊU CẦU
  parts:
    # mục đích: giữ chú thích này
    - kind: purposes
      title: Mục đích
      items: [Nâng cao nhận thức.]
tasks:
  title: NHIỆM VỤ
  groups:
    - title: Tuyên truyền
      tasks:
        - id: t1
          text: Treo băng rôn.
          lead: cong-an-xa
          time: { before: 2026-07-30 }
signature: { authority: TM, for: ỦY BAN NHÂN DÂN, titles: [CHỦ TỊCH], name: Nguyễn Văn A }
recipients: { to: [{ name: UBND huyện }], archive: VT }
`;

test('migratePlan rewrites v1 text as migrateYaml does, and reads bytes as UTF-8 first', () => {
  const fromText = migratePlan(V1, { file: 'kh.yaml' });
  expect(fromText.changed).toBe(true);
  expect(fromText.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(fromText.text).toMatch(/^schemaVersion: 2$/m);
  expect(fromText.text).toContain('# mục đích: giữ chú thích này');
  expect(fromText).toEqual(migrateYaml(V1, { file: 'kh.yaml' }));
  expect(migratePlan(new TextEncoder().encode('\uFEFF' + V1), { file: 'kh.yaml' })).toEqual(fromText);
  const v2 = readFileSync(`${ROOT}examples/lang-son-2019.yaml`);
  expect(migratePlan(v2)).toEqual({ text: v2.toString('utf8'), changed: false, diagnostics: [] });
});

test('migratePlan refuses bytes that are not UTF-8, naming the file, and rewrites nothing', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(V1, 'utf16le')]);
  const r = migratePlan(utf16, { file: 'kh.yaml' });
  expect(r.text).toBeUndefined();
  expect(r.changed).toBe(false);
  expect(r.diagnostics.map((d) => [d.code, d.file, d.severity])).toEqual([['INPUT_NOT_UTF8', 'kh.yaml', 'error']]);
  expect(r.diagnostics[0]!.messageEn).toMatch(/UTF-16 LE/);
});

test('readTemplate reads a template within its limit, and refuses a folder or a missing file with a diagnostic', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-template-'));
  writeFileSync(join(dir, 'mau.docx'), new Uint8Array([0x50, 0x4b, 3, 4]));
  expect(await readTemplate(join(dir, 'mau.docx'))).toEqual({ bytes: new Uint8Array([0x50, 0x4b, 3, 4]) });
  const folder = await readTemplate(dir);
  expect(folder.bytes).toBeUndefined();
  expect(folder.diagnostic).toMatchObject({ code: 'TEMPLATE_INVALID', file: dir, line: 1, column: 1 });
  expect(folder.diagnostic!.message).toContain('đường dẫn là một thư mục');
  expect(folder.diagnostic!.messageEn).toContain('the path is a folder');
  const missing = await readTemplate(join(dir, 'khong-co.docx'));
  expect(missing.diagnostic).toMatchObject({ code: 'FILE_UNREADABLE', file: join(dir, 'khong-co.docx') });
});
