import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { agencyList, agencyUses, agencyValue, newAgencyId } from '../src/agency-model.js';
import { setValue } from '../src/yaml-text-edit.js';

const PLAN = `# Kế hoạch thử
agencies:
  cong-an-xa: { name: Công an xã, level: xa, kind: cong-an }
  # văn phòng: giữ chú thích này
  van-phong:
    name: Văn phòng HĐND và UBND xã
    aliases: [Văn phòng UBND xã]
body:
  - title: NHIỆM VỤ
    tasks:
      - { id: t1, text: Tuyên truyền., lead: cong-an-xa, support: [ van-phong ] }
recipients:
  - { agency: cong-an-xa }
`;

describe('the agency form’s model', () => {
  test('lists the declared agencies with their fields', () => {
    expect(agencyList(parse(PLAN))).toEqual([
      { id: 'cong-an-xa', name: 'Công an xã', shortName: '', level: 'xa', kind: 'cong-an', aliases: '' },
      { id: 'van-phong', name: 'Văn phòng HĐND và UBND xã', shortName: '', level: '', kind: '', aliases: 'Văn phòng UBND xã' },
    ]);
  });

  test('finds every place the plan names an agency by its id, outside agencies:', () => {
    expect(agencyUses(parse(PLAN), 'cong-an-xa')).toEqual(['/body/0/tasks/0/lead', '/recipients/0/agency']);
    expect(agencyUses(parse(PLAN), 'van-phong')).toEqual(['/body/0/tasks/0/support/0']);
    expect(agencyUses(parse(PLAN), 'khong-co')).toEqual([]);
  });

  test('a new id from the name, never one the plan has', () => {
    expect(newAgencyId('Sở Tư pháp', parse(PLAN))).toBe('so-tu-phap');
    expect(newAgencyId('Công an xã', parse(PLAN))).toBe('cong-an-xa-2');
    expect(newAgencyId('  ', parse(PLAN))).toBe('co-quan');
  });

  test('the value written leaves out empty fields; an added agency keeps the file’s comments', () => {
    const value = agencyValue({ id: 'doan-tn', name: 'Đoàn Thanh niên xã', shortName: '', level: 'xa', kind: 'mttq-doan-the', aliases: 'Xã đoàn\n\n' });
    expect(value).toEqual({ name: 'Đoàn Thanh niên xã', level: 'xa', kind: 'mttq-doan-the', aliases: ['Xã đoàn'] });
    const text = setValue(PLAN, ['agencies', 'doan-tn'], value);
    expect(text).toContain('# văn phòng: giữ chú thích này');
    expect(parse(text).agencies['doan-tn']).toEqual(value);
    expect(Object.keys(parse(text).agencies)).toEqual(['cong-an-xa', 'van-phong', 'doan-tn']);
  });
});
