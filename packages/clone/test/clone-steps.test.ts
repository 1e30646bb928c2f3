// The steps of clonePlan, each on its own: the unit's bodies, the map, the words rewritten, where a
// task goes, the order of the groups, the reports the unit owes, its signature.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadUnit } from '@kehoach/clone';
import { carryTasks, classifyTask, orderedGroups } from '../src/steps/carry-tasks.js';
import { unitSignature } from '../src/steps/child-plan.js';
import { cloneContext, unitAgencies } from '../src/steps/context.js';
import { unitReports } from '../src/steps/report-periods.js';
import { loadExample, ROOT } from '../../../test/helpers.js';

const unit = loadUnit(readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8'), 'xa-minh-xuan.yaml').unit!;
const parent = loadExample('tuyen-quang-2025-30-7');

describe('the unit and its map', () => {
  test('the unit is its own body under `self`; a ward also gets its Phòng Kinh tế, Hạ tầng và Đô thị', () => {
    const { self, agencies } = unitAgencies(unit);
    expect(self).toBe('ubnd-xa');
    expect(agencies['ubnd-xa']!.name).toBe('Ủy ban nhân dân xã Minh Xuân');
    expect(agencies['trung-tam-dich-vu']!.name).toBe('Trung tâm Dịch vụ tổng hợp xã Minh Xuân');
    expect(agencies['phong-kinh-te']!.name).toBe('Phòng Kinh tế');
    const ward = unitAgencies({ ...unit, unit: { ...unit.unit, kind: 'phuong' } });
    expect(ward.agencies['phong-kinh-te']!.name).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
    // A ward's bodies are named with “phường”; the unit's own bodies keep the names it gave them.
    expect([ward.agencies['cong-an-xa']!.name, ward.agencies['van-phong']!.name, ward.agencies['ubnd-xa']!.shortName]).toEqual(['Công an phường', 'Văn phòng HĐND và UBND phường', 'UBND phường']);
    expect(ward.agencies['trung-tam-dich-vu']!.name).toBe('Trung tâm Dịch vụ tổng hợp xã Minh Xuân');
  });

  test('the profile\'s map wins over the default rules; a body no rule knows is warned about once', () => {
    const ctx = cloneContext(parent, unit, 'tinh.yaml');
    expect(ctx.target(parent.agencies['so-y-te']!)).toBe('tram-y-te');
    expect(ctx.target(parent.agencies['cong-an-tinh']!)).toBe('cong-an-xa');
    const stranger = { id: 'x', name: 'Hội Những người bạn của biển', shortName: 'x', kind: 'khac' as const, aliases: [] };
    expect(ctx.target(stranger)).toBeUndefined();
    expect(ctx.target(stranger)).toBeUndefined();
    expect(ctx.diagnostics.filter((d) => d.params?.id === 'x').map((d) => d.code)).toEqual(['CLONE_UNMAPPED_AGENCY']);
  });

  test('the words rewritten: each mapped body\'s name, and the scope; frozen', () => {
    const ctx = cloneContext(parent, unit);
    expect(ctx.replacements).toContainEqual(['Công an tỉnh', 'Công an xã']);
    expect(ctx.replacements).toContainEqual(['trên địa bàn tỉnh', 'trên địa bàn xã']);
    expect(Object.isFrozen(ctx.replacements)).toBe(true);
  });
});

describe('the tasks', () => {
  test('each parent task is carried, left with the province, or unclassified', () => {
    const ctx = cloneContext(parent, unit);
    const where = Object.fromEntries(parent.tasks.filter((t) => t.parentId === undefined).map((t) => [t.id, classifyTask(t, ctx)]));
    const carried = Object.values(where).filter((w) => typeof w === 'object');
    expect(carried.length).toBeGreaterThan(10);
    // Every task of the province's police falls to the commune police.
    const police = parent.tasks.filter((t) => t.lead.some((a) => a.id === 'cong-an-tinh') && t.parentId === undefined);
    for (const t of police) expect(where[t.id]).toMatchObject({ lead: expect.arrayContaining(['cong-an-xa']) });
  });

  test('the groups: the unit\'s own first, requested bodies last', () => {
    const g = (k: string) => ({ lead: k, tasks: [] });
    const groups = new Map([['cong-an-xa', g('cong-an-xa')], ['requested:mttq-xa', { requested: ['mttq-xa'], tasks: [] }], ['ubnd-xa', g('ubnd-xa')], ['phong-vhxh', g('phong-vhxh')]]);
    expect(orderedGroups(groups, 'ubnd-xa').map((x) => x.lead ?? `requested:${(x.requested as string[]).join(',')}`)).toEqual(['ubnd-xa', 'cong-an-xa', 'phong-vhxh', 'requested:mttq-xa']);
  });

  test('carried tasks keep their id, lose their attribution and record where they came from', () => {
    const ctx = cloneContext(parent, unit);
    const r = carryTasks(ctx);
    const all = [...r.groups.values()].flatMap((g) => g.tasks ?? []);
    expect(all.length).toBe(r.carried.length + r.duties.length);
    for (const t of all) {
      expect(t.lead).toBeUndefined();
      expect(t.origin?.task).toBeTruthy();
    }
  });
});

test('the reports the unit owes: only periods in which the lower units themselves report', () => {
  const ctx = cloneContext(parent, unit);
  const { periods } = unitReports(ctx);
  for (const p of periods) expect(p.reporters).toBe('ubnd-xa');
  const own = parent.implementation.reporting.filter((p) => p.reporters.some((a) => ctx.target(a) === 'ubnd-xa'));
  expect(periods.map((p) => p.id)).toEqual(own.map((p) => p.id));
});

test('the unit\'s signature: the profile\'s (v1 shape accepted), or the commune default', () => {
  expect(unitSignature({ authority: 'TM', for: 'ỦY BAN NHÂN DÂN', titles: ['CHỦ TỊCH'], name: 'A' })).toEqual({ authority: [{ type: 'TM', of: 'ỦY BAN NHÂN DÂN' }], titles: ['CHỦ TỊCH'], name: 'A' });
  expect(unitSignature(undefined)).toEqual({ authority: [{ type: 'TM', of: 'ỦY BAN NHÂN DÂN' }], titles: ['CHỦ TỊCH'], name: '(họ và tên)' });
});
