import { expect, test } from 'vitest';
import { loadUnits, MERGED_PROVINCE_NAMES, mayNameMergedProvince } from '../src/index.js';

test('the merged provinces listed without the registry are the registry’s', async () => {
  const units = await loadUnits();
  expect([...MERGED_PROVINCE_NAMES].sort()).toEqual(units.formerProvinces().filter((p) => p.merged).map((p) => p.name).sort());
});

test('a text that may name a merged province, in any placement of its marks; the current ones do not count', () => {
  expect(mayNameMergedProvince('Phối hợp với Công an tỉnh Hà Giang trong tuần tra.')).toBe(true);
  expect(mayNameMergedProvince('Sở Y tế tỉnh Hòa Bình')).toBe(true);
  expect(mayNameMergedProvince('TỈNH BÀ RỊA - VŨNG TÀU')).toBe(true);
  expect(mayNameMergedProvince('Ủy ban nhân dân tỉnh Tuyên Quang; thành phố Hà Nội; tỉnh Khánh Hòa')).toBe(false);
  expect(mayNameMergedProvince('xã Hà Giang')).toBe(false);
});
