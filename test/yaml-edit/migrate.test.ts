import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli, type Io } from '@kehoach/cli';
import { loadPlan } from '@kehoach/core';
import { renderText } from '@kehoach/render-text';
import { migrateYaml } from '@kehoach/yaml-edit';

/** A v1 plan as the project wrote them before schema v2, with comments a person would keep. */
const V1 = `# yaml-language-server: $schema=../schemas/plan.schema.json
# Kế hoạch thử của xã Minh Xuân.
schemaVersion: 1
issuer: { name: Ủy ban nhân dân xã Minh Xuân, abbreviation: UBND, place: Minh Xuân }
number: 3
date: 2026-02-10
title: Tuyên truyền phòng, chống mua bán người năm 2026
period: { year: 2026 }
agencies:
  cong-an-xa: { name: Công an xã, level: xa, kind: cong-an }
  van-phong: { name: Văn phòng HĐND và UBND xã, level: xa }
opening:
  references:
    - { type: Kế hoạch, number: 15/KH-UBND, date: 2025-07-24, issuer: Ủy ban nhân dân tỉnh Tuyên Quang }
  closing: "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"
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
        - id: t1 # nhiệm vụ chính
          text: Treo băng rôn.
          lead: cong-an-xa
          time: { before: 2026-07-30 }
implementation:
  title: TỔ CHỨC THỰC HIỆN
  focalAgency: cong-an-xa
  items: [Công an xã là cơ quan thường trực.]
signature: { authority: TM, for: ỦY BAN NHÂN DÂN, titles: [CHỦ TỊCH], name: Nguyễn Văn A }
recipients: { to: [{ name: UBND huyện }], archive: VT }
`;

test('a v1 file loads, migrated in memory, with one info diagnostic at its schemaVersion', () => {
  const { plan, diagnostics } = loadPlan(V1, { file: 'xa.yaml' });
  expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['SCHEMA_V1_MIGRATED', 'info', 3, 16]]);
  expect(plan!.sections.map((s) => s.label + ' ' + s.title)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ', 'III. TỔ CHỨC THỰC HIỆN']);
  expect(plan!.tasks[0]!.ref).toBe('II.1.a');
  expect(plan!.implementation.focalAgency?.id).toBe('cong-an-xa');
  expect(plan!.signatures[0]).toEqual({ authority: [{ type: 'TM', of: 'ỦY BAN NHÂN DÂN' }], titles: ['CHỦ TỊCH'], name: 'Nguyễn Văn A' });
});

test('a v1 mistake is reported at the v1 file’s line, with its v1 path', () => {
  const { diagnostics } = loadPlan(V1.replace('lead: cong-an-xa', 'lead: cong-an-xaa'), { file: 'xa.yaml' });
  const d = diagnostics.find((x) => x.code === 'UNKNOWN_AGENCY')!;
  const line = V1.split('\n').findIndex((l) => l.includes('lead: cong-an-xa')) + 1;
  expect([d.line, d.column, d.path]).toEqual([line, 17, '/tasks/groups/0/tasks/0/lead']);
});

test('migrate rewrites v1 as v2: same printed words, comments kept, a v2 file unchanged', () => {
  const r = migrateYaml(V1, { file: 'xa.yaml' });
  expect(r.changed).toBe(true);
  const v2 = r.text!;
  expect(v2).toMatch(/^# yaml-language-server: \$schema=..\/schemas\/plan.schema.json\n# Kế hoạch thử của xã Minh Xuân.\nschemaVersion: 2\n/);
  expect(v2).toContain('# mục đích: giữ chú thích này');
  expect(v2).toContain('- id: t1 # nhiệm vụ chính');
  expect(v2).toContain('body:');
  const after = loadPlan(v2, { file: 'xa.yaml' });
  expect(after.diagnostics).toEqual([]);
  expect(renderText(after.plan!)).toBe(renderText(loadPlan(V1).plan!));
  expect(migrateYaml(v2)).toEqual({ text: v2, changed: false, diagnostics: [] });
});

test('kehoach migrate rewrites the file in place and says so; a broken file is left alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-mig-'));
  const file = join(dir, 'xa.yaml');
  writeFileSync(file, V1);
  let err = '';
  const io: Io = { out: () => {}, err: (t) => void (err += t) };
  expect(await runCli(['migrate', file], io)).toBe(0);
  expect(err).toContain('Đã chuyển sang lược đồ phiên bản 2');
  expect(readFileSync(file, 'utf8')).toContain('schemaVersion: 2');
  const broken = join(dir, 'hong.yaml');
  writeFileSync(broken, V1.replace('lead: cong-an-xa', 'lead: khong-co'));
  expect(await runCli(['migrate', broken], io)).toBe(1);
  expect(readFileSync(broken, 'utf8')).toContain('schemaVersion: 1');
});
