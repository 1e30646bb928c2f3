import type { Diagnostic, Plan } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { CLONE_CODES } from './codes.js';
import type { UnitProfile } from './load-unit.js';
import { carryTasks, orderedGroups } from './steps/carry-tasks.js';
import { childPlan } from './steps/child-plan.js';
import { cloneContext } from './steps/context.js';
import { unitReports } from './steps/report-periods.js';

export { taskHashes } from './steps/carry-tasks.js';

const LEVELS = ['trung-uong', 'tinh', 'huyen', 'xa', 'thon'];

/** The child plan and what cloning found. */
export interface CloneResult {
  input?: PlanInput;
  diagnostics: Diagnostic[];
  /** Parent task ids carried into the child (with `text:` duties), those left with the higher level, and those whose agencies could not be told. */
  carried: string[];
  left: string[];
  unclassified: string[];
}

/**
 * Clones a higher-level plan into a lower unit's draft plan. The tasks that fall to the unit —
 * those whose lead maps onto one of its bodies or onto the unit itself — are carried with their
 * ids, agencies renamed through the map (profile exceptions first, then the default province →
 * commune rules), scope phrases rewritten (the title names the unit), and provenance recorded on
 * each task and on the plan (with a content hash of the parent). The parent's duties are counted
 * as `dutyUnits` gives them (a heading naming no agency by its sub-tasks; no targets); a plan of the
 * province's own work (a department's) hands down only the duties of bodies below it. Pure: plan and profile in, plan input out. What depends on
 * the parent alone (its hash, its duties in text, its tasks' hashes) is kept per parent object, for
 * batches: a loaded plan is not to be changed in place between clones.
 *
 * The steps, each in `steps/`: the unit's bodies and the map (`cloneContext`), the tasks that fall
 * to it (`carryTasks`), the reports it owes (`unitReports`), and the child plan (`childPlan`).
 */
export function clonePlan(parent: Plan, profile: UnitProfile, options: { parentFile?: string } = {}): CloneResult {
  const parentLevel = parent.issuer.agency?.level ?? 'tinh';
  if (LEVELS.indexOf(profile.unit.level) <= LEVELS.indexOf(parentLevel)) {
    const place = { file: options.parentFile ?? parent.source.file, path: '', line: 1, column: 1 };
    return { diagnostics: [CLONE_CODES.create('CLONE_LEVEL', place, { unit: profile.unit.level, parent: parentLevel })], carried: [], left: [], unclassified: [] };
  }
  const ctx = cloneContext(parent, profile, options.parentFile);
  const tasks = carryTasks(ctx);
  const reports = unitReports(ctx);
  const input = childPlan(ctx, tasks, orderedGroups(tasks.groups, ctx.self), reports);
  return { input, diagnostics: ctx.diagnostics, carried: [...tasks.carried, ...tasks.duties.map((d) => d.id)], left: tasks.left, unclassified: tasks.unclassified };
}
