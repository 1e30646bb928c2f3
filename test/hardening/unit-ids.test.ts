import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { deriveChecklist, toIcs } from '@kehoach/checklist';
import { clonePlan, loadUnit } from '@kehoach/clone';
import { loadPlan, type Plan } from '@kehoach/core';
import { exampleText, loadExample, ROOT } from '../helpers.js';

// Issue 10, item 15: checklist ids and ICS UIDs carry the issuing unit's identity.

const province = loadExample('tuyen-quang-2025-30-7');
const unitText = readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8');

/** The plan of a commune cloned from the province's, under another name if given. */
function commune(name?: string, parent?: string): Plan {
  let text = unitText;
  if (name) text = text.replace('name: Ủy ban nhân dân xã Minh Xuân', `name: ${name}`).replace('place: Minh Xuân', `place: ${name.replace(/^.* xã /, '')}`);
  if (parent) text = text.replace('  level: xa\n', `  level: xa\n  parent: { name: ${parent} }\n`);
  const unit = loadUnit(text).unit!;
  const r = clonePlan(province, unit);
  const loaded = loadPlan(JSON.stringify(r.input));
  if (!loaded.plan) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.plan;
}
const uids = (plan: Plan) => new ICAL.Component(ICAL.parse(toIcs(deriveChecklist(plan).checklist))).getAllSubcomponents().map((c) => String(c.getFirstPropertyValue('uid')));
const ids = (plan: Plan) => deriveChecklist(plan).checklist.items.map((i) => i.id);

describe('item 15: identity across units', () => {
  test('two communes cloned from the same plan share no item id and no UID', () => {
    const a = commune();
    const b = commune('Ủy ban nhân dân xã Minh Quang');
    expect(ids(a).length).toBeGreaterThan(30);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    expect(uids(a).filter((u) => uids(b).includes(u))).toEqual([]);
  });

  test('communes of the same name in two provinces differ when their profiles name their parent body', () => {
    const a = commune(undefined, 'Ủy ban nhân dân tỉnh Tuyên Quang');
    const b = commune(undefined, 'Ủy ban nhân dân tỉnh Đồng Nai');
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
  });

  test("ids are stable across edits of the same unit's plan (text, dates, number, a new task)", () => {
    const before = ids(province);
    const edited = loadPlan(exampleText('tuyen-quang-2025-30-7')
      .replace('number: 15', 'number: 16')
      .replace('date: "2025-07-24"', 'date: "2025-07-25"')
      .replace('Tiếp tục tham mưu triển khai', 'Tiếp tục tham mưu, triển khai')).plan!;
    expect(ids(edited)).toEqual(before);
  });

  test('the province, the commune, and the id says whose it is', () => {
    expect(ids(province)[0]).toMatch(/^kh-ubnd-2025-tuyen-quang-[0-9a-f]{8}\//);
    expect(ids(commune())[0]).toMatch(/^kh-ubnd-2025-minh-xuan-[0-9a-f]{8}\//);
  });
});
