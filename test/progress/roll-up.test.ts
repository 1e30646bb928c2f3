import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { clonePlan, deriveChecklist, dutyKey, loadPlan, planStatus, rollUp, statusReport, type Checklist, type Progress } from 'kehoach';
import { ROOT, loadExample } from '../helpers.js';

// The province over its communes: 100 communes cloned from the team's Quảng Trị plan, each with a
// progress file written to a pattern, rolled up against the province's duties: how many have done
// each, on time or late, have it overdue or still open.

const province = loadExample('quang-tri-2026-chuyen-doi-so');
const provinceChecklist = deriveChecklist(province).checklist;
const model = readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8');
const N = 100;

const communes = Array.from({ length: N }, (_, i) => {
  const name = `Xã số ${i + 1}`;
  const { yaml } = clonePlan(province, model.replaceAll('Minh Xuân', name).replaceAll('MINH XUÂN', name.toLocaleUpperCase('vi')));
  const { plan } = loadPlan(yaml!, { file: `xa-${i + 1}.yaml` });
  return { name, plan: plan!, checklist: deriveChecklist(plan!).checklist };
});

/** The items a commune answers for in a duty (not its coordinating bodies). */
const answering = (c: Checklist, duty: string) => c.items.filter((i) => dutyKey(i) === duty && i.role !== 'support');

/** Commune i's progress: the February report done on time, done late, in progress or nothing (by i mod 4); every tenth commune has built its data store. */
function progressOf(i: number, c: Checklist): Progress {
  const items: Progress['items'] = {};
  for (const item of answering(c, 'dvc-toan-trinh/2026-02-05')) {
    if (i % 4 === 0) items[item.id] = { updates: [{ date: '2026-02-04', status: 'hoan-thanh' }] };
    if (i % 4 === 1) items[item.id] = { updates: [{ date: '2026-02-06', status: 'hoan-thanh', completed: '2026-02-05' }] };
    if (i % 4 === 3) items[item.id] = { updates: [{ date: '2026-02-20', status: 'dang-thuc-hien', percent: 60 }] };
  }
  if (i % 10 === 0) for (const item of answering(c, 'ha-tang-kho-du-lieu')) items[item.id] = { updates: [{ date: '2026-02-25', status: 'hoan-thanh' }] };
  return { items };
}

test('each commune’s clone keeps the province’s duties under the same keys', () => {
  const provinceDuties = new Set(provinceChecklist.items.map(dutyKey));
  for (const c of communes) expect(c.checklist.items.map(dutyKey).every((k) => provinceDuties.has(k))).toBe(true);
  expect(answering(communes[0]!.checklist, 'dvc-toan-trinh/2026-02-05').length).toBeGreaterThan(0);
});

test('the roll-up over 100 communes counts each duty right', () => {
  const units = communes.map((c, i) => ({ unit: c.name, report: statusReport(c.checklist, progressOf(i, c.checklist), { asOf: '2026-03-01' }) }));
  const r = rollUp(provinceChecklist, units);
  expect(r.units).toBe(100);
  const row = (duty: string) => r.rows.find((x) => x.duty === duty)!;
  expect(row('dvc-toan-trinh/2026-02-05')).toMatchObject({ ref: 'PII.II.1.2.1', due: '2026-02-05', units: 100, doneOnTime: 25, doneLate: 25, overdue: 50, open: 0 });
  expect(row('dvc-toan-trinh/2026-02-05').overdueUnits.slice(0, 3)).toEqual(['Xã số 3', 'Xã số 4', 'Xã số 7']);
  expect(row('ha-tang-kho-du-lieu')).toMatchObject({ units: 100, doneOnTime: 10, doneLate: 0, overdue: 0, open: 90 });
  expect(row('dvc-toan-trinh/2026-03-05')).toMatchObject({ units: 100, open: 100 });
  // The duties left with the province (requests to ministries) are no commune's.
  expect(r.rows.some((x) => x.duty.startsWith('kn-bo-'))).toBe(false);
  // Each row adds up.
  for (const x of r.rows) expect(x.doneOnTime + x.doneLate + x.overdue + x.open).toBe(x.units);
});

test('planStatus of a clone with its progress as YAML gives the same roll-up as the data', () => {
  const c = communes[1]!;
  const p = progressOf(1, c.checklist);
  const yaml = `items:\n${Object.entries(p.items).map(([id, x]) => `  ${id}:\n    updates:\n${x.updates!.map((u) => `      - { date: "${u.date}", status: ${u.status}${u.completed ? `, completed: "${u.completed}"` : ''} }`).join('\n')}`).join('\n')}\n`;
  const viaText = planStatus(c.plan, yaml, { asOf: '2026-03-01' }).report!;
  expect(rollUp(provinceChecklist, [{ unit: c.name, report: viaText }]).rows.find((x) => x.duty === 'dvc-toan-trinh/2026-02-05')).toMatchObject({ doneLate: 1 });
});
