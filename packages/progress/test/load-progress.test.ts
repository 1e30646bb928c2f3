import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { deriveChecklist } from '@kehoach/checklist';
import { loadPlan } from '@kehoach/core';
import { loadProgress } from '../src/index.js';

// A progress file's problems at their line and column, in Vietnamese, through the package's code table.

const ROOT = new URL('../../../', import.meta.url).pathname;
const { plan } = loadPlan(readFileSync(`${ROOT}examples/quang-tri-2026-chuyen-doi-so.yaml`, 'utf8'), { file: 'quang-tri.yaml' });
const { checklist } = deriveChecklist(plan!);

const found = (text: string) => loadProgress(text, 'p.yaml', { checklist }).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

test('schema errors: a status outside the list, a date that does not exist, a missing deadline document', () => {
  const text = [
    'items:',
    '  dvc-toan-trinh/2026-02-05/lead/van-phong-ubnd:',
    '    updates:',
    '      - { date: 2026-02-31, status: xong }',
    '    extensions:',
    '      - { due: 2026-03-31 }',
  ].join('\n');
  const r = loadProgress(text, 'p.yaml', { checklist });
  expect(r.progress).toBeUndefined();
  expect(r.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([
    [4, 17, 'DATE_INVALID'],
    [4, 37, 'SCHEMA_ENUM'],
    [6, 9, 'SCHEMA_REQUIRED'],
  ]);
  expect(r.diagnostics[1]!.message).toContain('hoan-thanh, dang-thuc-hien, chua-thuc-hien');
});

test('an unknown item is a warning at its key, with the progress kept; dates out of order, completion after the report', () => {
  const text = [
    'items:',
    '  nv-khong-co/lead/so-khcn:',
    '    updates: [{ date: "2026-05-01", status: hoan-thanh }]',
    '  ha-tang-kho-du-lieu/lead/so-khcn:',
    '    updates:',
    '      - { date: "2026-05-01", status: dang-thuc-hien }',
    '      - { date: "2026-04-01", status: hoan-thanh, completed: "2026-04-15" }',
    '    extensions:',
    '      - { due: "2026-06-01", grantedBy: { number: 12/UBND-KT, date: "2026-05-01" } }',
    '    pauses:',
    '      - { from: "2026-05-10", to: "2026-05-01" }',
  ].join('\n');
  expect(found(text)).toEqual([
    '2:3 PROGRESS_UNKNOWN_ITEM Không có nhiệm vụ “nv-khong-co/lead/so-khcn” trong danh mục của kế hoạch; tiến độ của mục này được giữ nhưng không tính.',
    '7:17 PROGRESS_UPDATE_ORDER Cập nhật ngày 2026-04-01 đứng sau cập nhật ngày 2026-05-01; các lần cập nhật nên theo thứ tự ngày.',
    '7:62 PROGRESS_COMPLETED_LATER Ngày hoàn thành 2026-04-15 sau ngày báo cáo 2026-04-01.',
    '9:16 PROGRESS_EXTENSION_EARLIER Hạn mới 2026-06-01 không sau hạn trước 2026-06-30.',
    '11:35 PROGRESS_PAUSE_ORDER Tạm dừng đến ngày 2026-05-01 trước ngày bắt đầu 2026-05-10.',
  ]);
});

test('an item written with and without the plan’s key is an error; a full id is accepted', () => {
  const full = checklist.items.find((i) => i.id.endsWith('/ha-tang-kho-du-lieu/lead/so-khcn'))!.id;
  const text = ['items:', `  ${full}: {}`, '  ha-tang-kho-du-lieu/lead/so-khcn: {}'].join('\n');
  expect(found(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['3:3 PROGRESS_DUPLICATE_ITEM']);
  expect(loadProgress(['items:', `  ${full}: {}`].join('\n'), 'p.yaml', { checklist }).progress!.items).toEqual({ [full]: {} });
});

test('YAML syntax errors are the plan loader’s, in Vietnamese', () => {
  const r = loadProgress('items:\n  a: [\n', 'p.yaml');
  expect(r.progress).toBeUndefined();
  expect(r.diagnostics[0]!.code).toMatch(/^YAML_/);
});
