import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
import { cli } from '../run-cli.js';

// clone from the units registry (@kehoach/units): a commune by name or code, a whole province.
const PARENT = `${ROOT}examples/tuyen-quang-2025-30-7.yaml`;

/** The profile a secretariat of phường Minh Xuân (02215, tỉnh Tuyên Quang) writes by hand, with nothing of its own. */
const HAND_WRITTEN = `unit:
  name: Ủy ban nhân dân phường Minh Xuân
  headerLines: [ỦY BAN NHÂN DÂN, PHƯỜNG MINH XUÂN]
  abbreviation: UBND
  place: Minh Xuân
  level: xa
  kind: phuong
  scope: trên địa bàn phường Minh Xuân
self: ubnd-xa
signature:
  authority: [{ type: TM, of: ỦY BAN NHÂN DÂN }]
  titles: [CHỦ TỊCH]
  name: (họ và tên)
`;

const tmp = () => mkdtempSync(join(tmpdir(), 'kehoach-units-'));

test('clone --unit by name (no tone marks, kind or not) and by code writes the plan a hand-written unit file gives', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'minh-xuan.yaml'), HAND_WRITTEN);
  const byFile = await cli('clone', PARENT, '--unit', join(dir, 'minh-xuan.yaml'), '-o', join(dir, 'a.yaml'));
  const byName = await cli('clone', PARENT, '--unit', 'phường minh xuan', '-o', join(dir, 'b.yaml'));
  const byCode = await cli('clone', PARENT, '--unit', '02215', '-o', join(dir, 'c.yaml'));
  const byBareName = await cli('clone', PARENT, '--unit', 'Minh Xuân', '-o', join(dir, 'd.yaml'));
  for (const r of [byFile, byName, byCode, byBareName]) expect(r.code).toBe(0);
  const a = readFileSync(join(dir, 'a.yaml'), 'utf8');
  expect(a).toContain('name: Ủy ban nhân dân phường Minh Xuân');
  expect(a).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
  for (const f of ['b.yaml', 'c.yaml', 'd.yaml']) expect(readFileSync(join(dir, f), 'utf8')).toBe(a);
  expect((await cli('validate', join(dir, 'b.yaml'))).code).toBe(0);
});

test('a name several units share lists them and stops; a unit that no longer exists names its successor', async () => {
  const dir = tmp();
  const r = await cli('clone', PARENT, '--unit', 'xã Tân Thành', '-o', join(dir, 'x.yaml'));
  expect(r.code).toBe(1);
  expect(r.err).toContain('“xã Tân Thành” khớp 7 đơn vị');
  expect(r.err).toContain('  23143  xã Tân Thành (tỉnh Lâm Đồng)');
  expect(readdirSync(dir)).toEqual([]);
  // the province after a comma chooses one
  expect((await cli('clone', PARENT, '--unit', 'xã Tân Thành, Thái Nguyên', '-o', join(dir, 'x.yaml'))).code).toBe(0);
  const old = await cli('clone', PARENT, '--unit', 'xã Trung Môn');
  expect(old.code).toBe(1);
  expect(old.err).toContain('xã Trung Môn (Huyện Yên Sơn, Tuyên Quang) → nay là 02215  phường Minh Xuân (tỉnh Tuyên Quang)');
  const kind = await cli('clone', PARENT, '--unit', 'xã Minh Xuân');
  expect(kind.code).toBe(1);
  expect(kind.err).toContain('cùng tên, khác loại');
  expect(kind.err).toContain('02215  phường Minh Xuân');
  expect((await cli('clone', PARENT, '--unit', 'Không Có Nơi Này')).err).toContain('không tìm thấy đơn vị hành chính');
});

test('clone --province 08 --out-dir: one plan per commune of the province (124); a unit file named by a commune overrides its profile', async () => {
  const dir = tmp();
  const own = join(dir, 'ho-so');
  mkdirSync(own);
  writeFileSync(join(own, '02215.yaml'), HAND_WRITTEN.replace('self: ubnd-xa', 'self: ubnd-xa\nagencies:\n  trung-tam-dich-vu: { name: Trung tâm Dịch vụ tổng hợp phường Minh Xuân, level: xa, kind: su-nghiep }'));
  const out = join(dir, 'out');
  const r = await cli('clone', PARENT, '--province', '08', '--units', own, '--out-dir', out, '-q');
  expect(r.code).toBe(0);
  const files = readdirSync(out).sort();
  expect(files).toHaveLength(124);
  expect(files).toContain('02215-phuong-minh-xuan.yaml');
  expect(files).toContain('02578-xa-tan-thanh.yaml'); // xã Tân Thanh
  expect(readFileSync(join(out, '02215-phuong-minh-xuan.yaml'), 'utf8')).toContain('Trung tâm Dịch vụ tổng hợp phường Minh Xuân');
  expect(readFileSync(join(out, '02578-xa-tan-thanh.yaml'), 'utf8')).toContain('name: Ủy ban nhân dân xã Tân Thanh');
  const bad = await cli('clone', PARENT, '--province', 'Hà Giang', '--out-dir', out);
  expect(bad.code).toBe(1);
  expect(bad.err).toContain('từ 01/7/2025 thuộc tỉnh Tuyên Quang (mã 08)');
});
