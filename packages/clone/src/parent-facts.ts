import type { Plan, Task } from '@kehoach/core';
import { contentHash } from './hash.js';
import { textDuties, type TextDuty } from './text-duties.js';

interface Facts {
  hash?: string;
  duties?: TextDuty[];
  tasks: WeakMap<Task, { hash: string; timeHash: string }>;
}

// A loaded plan is not changed afterwards (every function of kehoach returns new data), so what is
// derived from a parent — its content hash, its duties in text, its tasks' hashes — is worked out
// once per plan object: a batch clones one parent for thousands of units.
const FACTS = new WeakMap<Plan, Facts>();

function factsOf(plan: Plan): Facts {
  let f = FACTS.get(plan);
  if (!f) FACTS.set(plan, (f = { tasks: new WeakMap() }));
  return f;
}

/** `contentHash(plan.input)`, once per plan. */
export function planHash(plan: Plan): string {
  const f = factsOf(plan);
  return (f.hash ??= contentHash(plan.input));
}

/** `textDuties(plan)`, once per plan. */
export function planDuties(plan: Plan): TextDuty[] {
  const f = factsOf(plan);
  return (f.duties ??= textDuties(plan));
}

/** A task's hashes, once per task of a plan. */
export function cachedTaskHashes(plan: Plan, t: Task, compute: () => { hash: string; timeHash: string }): { hash: string; timeHash: string } {
  const tasks = factsOf(plan).tasks;
  let h = tasks.get(t);
  if (!h) tasks.set(t, (h = compute()));
  return h;
}
