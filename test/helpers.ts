import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPlan, type Plan } from '@kehoach/core';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The five bundled examples, by file name (without `.yaml`). */
export const EXAMPLES = [
  'khanh-hoa-2025',
  'lang-son-2019',
  'ba-ria-vung-tau-2023',
  'an-phu-2026-2030',
  'tuyen-quang-2025-30-7',
] as const;

/**
 * The four examples written by the team for schema v2 (not seeds: no original to compare with):
 * PHẦN I/II with eight sections; two task sections and an appendix task table; a công văn with
 * labelled attribution and a weekly report; a school-year plan with a monthly schedule table.
 */
export const TEAM_EXAMPLES = [
  'quang-tri-2026-chuyen-doi-so',
  'dak-lak-2026-pho-bien-phap-luat',
  'phu-tho-2025-cong-van-dich-vu-cong',
  'thcs-hoa-khanh-2025-2026-kiem-tra-noi-bo',
] as const;

/** Every bundled example: the five seeds, then the team's own. */
export const ALL_EXAMPLES = [...EXAMPLES, ...TEAM_EXAMPLES] as const;

/** An example name. */
export type ExampleName = (typeof EXAMPLES)[number];

/** The YAML text of an example. */
export function exampleText(name: string): string {
  return readFileSync(`${ROOT}examples/${name}.yaml`, 'utf8');
}

/** Loads an example and fails loudly if it has any diagnostic. */
export function loadExample(name: string): Plan {
  const { plan, diagnostics } = loadPlan(exampleText(name), { file: `examples/${name}.yaml` });
  if (!plan || diagnostics.length) throw new Error(`${name}: ${JSON.stringify(diagnostics, null, 2)}`);
  return plan;
}

/** Finds a task by id. */
export function task(plan: Plan, id: string) {
  const t = plan.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
}
