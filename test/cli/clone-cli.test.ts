import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
import { cli } from '../run-cli.js';

const PARENT = `${ROOT}examples/tuyen-quang-2025-30-7.yaml`;
const UNIT = `${ROOT}examples/units/xa-minh-xuan.yaml`;

test('the commune workflow: clone → validate → render → trace; a deleted task fails trace', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-wf-'));
  const child = join(dir, 'ke-hoach-xa.yaml');
  const c = await cli('clone', PARENT, '--unit', UNIT, '-o', child);
  expect(c.code).toBe(0);
  expect(readFileSync(child, 'utf8').split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/plan\.schema\.json$/);
  expect(await cli('validate', child)).toEqual({ code: 0, out: '', err: '' });
  expect((await cli('render', child)).code).toBe(0);
  expect(existsSync(join(dir, 'ke-hoach-xa.docx'))).toBe(true);
  const t = await cli('trace', child, '--parent', PARENT);
  expect(t.code).toBe(0);
  expect(t.out).toContain('Độ phủ: 27/27');
  const lines = readFileSync(child, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes('# từ mục II.7.a'));
  const indent = lines[start]!.search(/\S/);
  const end = lines.findIndex((l, i) => i > start + 1 && (l.search(/\S/) < indent ? /^\s*- /.test(l) : l.search(/\S/) === indent && /^\s*(# từ|- )/.test(l)));
  writeFileSync(child, [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
  const t2 = await cli('trace', child, '--parent', PARENT);
  expect(t2.code).toBe(1);
  expect(t2.out).toContain('CHƯA CÓ  II.7.a (khcn-tai-khoan-mang-xa-hoi)');
  const json = JSON.parse((await cli('trace', child, '--parent', PARENT, '--format', 'json')).out);
  expect(json.notCovered.map((n: { id: string }) => n.id)).toEqual(['khcn-tai-khoan-mang-xa-hoi']);
});

test('clone: an invalid parent or a bad unit profile writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-wf-'));
  writeFileSync(join(dir, 'hong.yaml'), readFileSync(PARENT, 'utf8').replace('lead: so-khcn', 'lead: so-khcnn'));
  const r = await cli('clone', join(dir, 'hong.yaml'), '--unit', UNIT, '-o', join(dir, 'xa.yaml'));
  expect(r.code).toBe(1);
  expect(r.err).toContain('UNKNOWN_AGENCY');
  expect(r.err).toContain('CLONE_PARENT_INVALID');
  writeFileSync(join(dir, 'unit.yaml'), readFileSync(UNIT, 'utf8').replace('so-dttg: phong-vhxh', 'so-dttg: phong-khong-co'));
  const u = await cli('clone', PARENT, '--unit', join(dir, 'unit.yaml'), '-o', join(dir, 'xa.yaml'));
  expect(u.code).toBe(1);
  expect(u.err).toMatch(/unit\.yaml:\d+:12  error  CLONE_MAP_UNKNOWN_TARGET/);
  expect(readdirSync(dir).sort()).toEqual(['hong.yaml', 'unit.yaml']);
  expect((await cli('clone', PARENT)).code).toBe(2);
});

test('roll: next year’s draft on stdout, warnings on stderr', async () => {
  const r = await cli('roll', PARENT, '--year', '2026');
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^# yaml-language-server/);
  expect(r.out).toContain('  year: 2026');
  expect(r.err).toMatch(/<stdout>:\d+:\d+  warning  ROLL_STALE_YEAR  Văn bản vẫn ghi “01\/7\/2024”/);
  expect((await cli('roll', PARENT, '--year', 'năm sau')).code).toBe(2);
});
