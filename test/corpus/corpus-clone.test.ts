/**
 * Clone and trace on imported corpus plans (issue 20), when ../shared/corpus is present (read in
 * place, nothing copied): a commune's clone of each imported plan validates and names the commune
 * in its title, not the province; no target of the parent becomes a commune task; a department's
 * plan hands down only the duties of bodies below the province; trace counts a heading's sub-tasks
 * each as itself and lists every duty it could not classify.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clonePlan, loadUnit, planToYaml, tracePlan } from '@kehoach/clone';
import { loadPlan, taskKinds } from '@kehoach/core';
import { importPlan } from '@kehoach/import';
import { ROOT } from '../helpers.js';

const CORPUS = `${ROOT}../shared/corpus`;
const present = existsSync(CORPUS);

// A commune of the team's own making (no real place of the corpus).
const unit = loadUnit(`unit:
  name: Ủy ban nhân dân xã Suối Mây
  headerLines: [ỦY BAN NHÂN DÂN, XÃ SUỐI MÂY]
  abbreviation: UBND
  place: Suối Mây
  level: xa
  kind: xa
  scope: trên địa bàn xã Suối Mây
self: ubnd-xa
`, 'xa-suoi-may.yaml').unit!;

const PLANS = [
  ['01_lamdong-ubnd-kh-cchc-2026', 'province'],
  ['03_lamdong-ubnd-kh-pcmt-2030', 'province'],
  ['07_dongthap-ubnd-kh-349-upu', 'province'],
  ['08_vinhlong-syt-kh-2022-sksstd', 'department'],
  ['11_bacgiang-sgddt-kh-25-baohanhtre', 'department'],
] as const;

test.skipIf(present)('corpus clone tests skipped: ../shared/corpus is not beside this clone', () => {});

describe.runIf(present)('clone and trace on imported corpus plans', () => {
  test.each(PLANS)('%s (%s)', async (folder, issuer) => {
    const name = existsSync(`${CORPUS}/${folder}/original.docx`) ? 'original.docx' : 'original.pdf';
    const imported = await importPlan(new Uint8Array(readFileSync(`${CORPUS}/${folder}/${name}`)), { fileName: name });
    const parent = loadPlan(imported.yaml!, { file: 'tinh.yaml' }).plan!;
    const r = clonePlan(parent, unit, { parentFile: 'tinh.yaml' });
    const loaded = loadPlan(planToYaml(r.input!), { file: 'xa.yaml' });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const child = loaded.plan!;
    expect(child.title).toContain('xã Suối Mây');
    expect(child.title).not.toContain(parent.issuer.place);

    const kinds = taskKinds(parent);
    const byId = new Map(parent.tasks.map((t) => [t.id, t]));
    const counted = [...r.carried.filter((id) => byId.has(id)), ...r.left, ...r.unclassified].map((id) => byId.get(id)!);
    // what clone counts is duties: no target, no heading naming no agency, no duty the task table restates
    for (const t of counted) expect(kinds.get(t.path), `${t.ref} ${t.text.join(' ').slice(0, 60)}`).not.toMatch(/target|restated/);
    const parents = new Set(parent.tasks.flatMap((t) => (t.parentId ? [t.parentId] : [])));
    for (const t of counted) if (parents.has(t.id)) expect(t.lead.length + t.requested.length, `${t.ref} is a heading`).toBeGreaterThan(0);
    if (issuer === 'department') {
      // a department's own duties stay with the province
      for (const id of r.carried.filter((x) => byId.has(x))) {
        const named = [...byId.get(id)!.lead, ...byId.get(id)!.requested];
        expect(named.every((a) => a.level === 'tinh' && !/xã|huyện|cơ sở|trường|mầm non/u.test(a.name)), `${id} carried`).toBe(false);
      }
    }
    const trace = tracePlan(child, parent);
    expect(trace.unclassified.map((u) => u.id).sort()).toEqual([...r.unclassified].sort());
    expect(trace.covered.length).toBe(r.carried.length);
  });
});
