#!/usr/bin/env node
// The roll-up figures of `pnpm bench`: a province's duties over N communes (3,321 by default, as many
// communes as Vietnam has since 2025). One commune is cloned from the team's Quảng Trị plan, then N
// communes are made from its YAML by name, each with a progress file written to a pattern (a quarter
// done on time, a quarter late, half not done). Timed in this process, CPU time (user + system):
//  1. from the files' text: load each plan, derive its checklist, load its progress file, status as of a date;
//  2. the roll-up itself (`rollUp`) over the N status reports.
// Prints numbers and the counts of one row (which must read N/4, N/4, N/2); asserts nothing.
// Usage: node packages/bench/roll-up.mjs [N]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clonePlan, deriveChecklist, dutyKey, loadPlan, planStatus, rollUp } from 'kehoach';

const root = fileURLToPath(new URL('../../', import.meta.url));
const N = Number(process.argv[2] ?? process.env.UNITS ?? 3321);
const AS_OF = '2026-03-01';
const cpu = (f) => {
  const t = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(t);
  return [r, (d.user + d.system) / 1e3];
};

const { plan: province } = loadPlan(readFileSync(root + 'examples/quang-tri-2026-chuyen-doi-so.yaml'));
const provinceChecklist = deriveChecklist(province).checklist;
const model = readFileSync(root + 'examples/units/xa-minh-xuan.yaml', 'utf8');
const { yaml } = clonePlan(province, model);
const communeChecklist = deriveChecklist(loadPlan(yaml).plan).checklist;
const key = communeChecklist.items[0].id.split('/')[0];
const answering = communeChecklist.items.filter((i) => dutyKey(i) === 'dvc-toan-trinh/2026-02-05' && i.role !== 'support').map((i) => i.id.slice(key.length + 1));
const progressText = (i) => {
  const update = [
    '{ date: "2026-02-04", status: hoan-thanh }',
    '{ date: "2026-02-06", status: hoan-thanh, completed: "2026-02-05" }',
    null,
    '{ date: "2026-02-20", status: dang-thuc-hien, percent: 60 }',
  ][i % 4];
  return update ? `items:\n${answering.map((id) => `  ${id}:\n    updates:\n      - ${update}\n`).join('')}` : 'items: {}\n';
};
const communes = Array.from({ length: N }, (_, i) => {
  const name = `Xã số ${i + 1}`;
  return { name, plan: yaml.replaceAll('Minh Xuân', name).replaceAll('MINH XUÂN', name.toLocaleUpperCase('vi')), progress: progressText(i) };
});

// Warm-up, then the measured pass.
for (const c of communes.slice(0, 50)) planStatus(loadPlan(c.plan).plan, c.progress, { asOf: AS_OF });
const [units, fromText] = cpu(() => communes.map((c) => ({ unit: c.name, report: planStatus(loadPlan(c.plan).plan, c.progress, { asOf: AS_OF }).report })));
for (let i = 0; i < 3; i++) rollUp(provinceChecklist, units);
const [result, rolled] = cpu(() => rollUp(provinceChecklist, units));
const row = result.rows.find((r) => r.duty === 'dvc-toan-trinh/2026-02-05');
console.log(`roll-up: ${N} communes × ${communeChecklist.items.length} duties, as of ${AS_OF}: load + checklist + progress + status ${(fromText / 1000).toFixed(1)} s CPU ` +
  `(${(fromText / N).toFixed(2)} ms a commune); rollUp ${rolled.toFixed(0)} ms CPU; ${result.rows.length} duties handed down; ` +
  `PII.II.1.2.1 of February: ${row.doneOnTime} on time, ${row.doneLate} late, ${row.overdue} overdue, ${row.open} open of ${row.units}`);
