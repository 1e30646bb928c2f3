import { namesItsAgencies, taskKinds, type Plan, type Task } from '@kehoach/core';

/**
 * The parent's tasks a clone classifies and trace counts, in document order: each task not inside
 * another; a heading that names no agency counts as its sub-tasks, each as itself (each may have
 * its own lead); never a target (`Mục tiêu`, `Chỉ tiêu:` …), a heading line, or a duty restated by
 * the task table (its row is the duty). Worked out once per plan.
 */
export function dutyUnits(plan: Plan): Task[] {
  let units = UNITS.get(plan);
  if (!units) UNITS.set(plan, (units = unitsOf(plan)));
  return units;
}

// A loaded plan is not changed afterwards: a batch clones one parent for thousands of units.
const UNITS = new WeakMap<Plan, Task[]>();

function unitsOf(plan: Plan): Task[] {
  const kinds = taskKinds(plan);
  const children = new Map<string, Task[]>();
  for (const t of plan.tasks) if (t.parentId !== undefined) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
  const out: Task[] = [];
  const visit = (t: Task): void => {
    const kind = kinds.get(t.path);
    if (kind === 'target' || kind === 'restated') return;
    if (kind === 'heading' && !namesItsAgencies(t)) {
      (children.get(t.id) ?? []).forEach(visit);
      return;
    }
    out.push(t);
  };
  plan.tasks.filter((t) => t.parentId === undefined).forEach(visit);
  return out;
}
