import { headingRole } from '@kehoach/nd30';
import type { Plan, Task } from './model.js';
import { valueAt } from './plan-facts.js';
import { SAME_WORDS, sharedWordPairs, wordPairs } from './word-pairs.js';

/**
 * What a task of a plan is: a duty; a heading (a task over sub-tasks, or a line that only names
 * what follows, `Chỉ tiêu:`); an item of a target list (under `Mục tiêu`, `Chỉ tiêu` …: an
 * outcome, not something someone is asked to do); or a duty restated (a duty of the text that names
 * no agency, written again with its agencies elsewhere — a row of the plan's task table). Received
 * plans bring all of them as tasks; the checker, clone and trace count the duties.
 */
export type TaskKind = 'duty' | 'heading' | 'target' | 'restated';

const words = (s: string): number => s.trim().split(/\s+/).length;

/** A task that is only a heading line: one short paragraph naming a heading's role, ending with `:` (or a goals heading with no sentence end). */
function headingLine(t: Task): boolean {
  if (t.text.length !== 1 || t.path.includes('/rows/')) return false;
  const text = t.text[0]!.replace(/\*/g, '').trim();
  if (words(text) > 8) return false;
  const role = headingRole(text);
  return (!!role && text.endsWith(':')) || (role === 'goals' && !/[.;!?]$/.test(text));
}

/** The words of a task as a heading: its title, or its one short paragraph. */
function headingWords(plan: Plan, t: Task): string | undefined {
  const title = (valueAt(plan.input, t.path) as { title?: unknown } | undefined)?.title;
  if (typeof title === 'string') return title;
  return t.text.length === 1 && words(t.text[0]!) <= 8 ? t.text[0] : undefined;
}

/** The headings over a task, innermost first: its parent tasks, then its groups. */
function headingsOver(plan: Plan, t: Task, byId: Map<string, Task>): string[] {
  const out: string[] = [];
  for (let p = t.parentId ? byId.get(t.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
    const w = headingWords(plan, p);
    if (w) out.push(w);
  }
  return [...out, ...[...t.groups].reverse()];
}

/** The list a task is an item of: its pointer without the last index. */
const listOf = (t: Task): string => t.path.replace(/\/\d+$/, '');

/** True when a task names who does it: a lead, a supporting or requested body, or the document that assigns it. */
export const namesItsAgencies = (t: Task): boolean => !!(t.lead.length || t.support.length || t.requested.length || t.assignedBy);

/**
 * Every task's kind, by its path (see {@link TaskKind}); worked out once per plan.
 *
 * @example
 * const kinds = taskKinds(plan); // Map { '/body/1/items/0/tasks/tasks/0' => 'heading', … }
 */
export function taskKinds(plan: Plan): Map<string, TaskKind> {
  let kinds = KINDS.get(plan);
  if (!kinds) KINDS.set(plan, (kinds = kindsOf(plan)));
  return kinds;
}

// A loaded plan is not changed afterwards: its kinds are worked out once.
const KINDS = new WeakMap<Plan, Map<string, TaskKind>>();

function kindsOf(plan: Plan): Map<string, TaskKind> {
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  const parents = new Set(plan.tasks.flatMap((t) => (t.parentId ? [t.parentId] : [])));
  const kinds = new Map<string, TaskKind>();
  // the heading line a task follows in its own list (a target list flattened into one list: `Chỉ tiêu:`, then its items)
  const lastHeading = new Map<string, Task>();
  for (const t of plan.tasks) {
    if (parents.has(t.id) || headingLine(t)) {
      kinds.set(t.path, 'heading');
      if (headingLine(t)) lastHeading.set(listOf(t), t);
      continue;
    }
    const above = lastHeading.get(listOf(t));
    const over = [...(above ? [above.text[0]!] : []), ...headingsOver(plan, t, byId)];
    const role = over.map(headingRole).find((r) => r !== undefined);
    kinds.set(t.path, role === 'goals' ? 'target' : 'duty');
  }
  markRestated(plan, kinds);
  return kinds;
}

/** A duty naming no agency whose words a task with its agencies says again (the task table's row) is restated. */
function markRestated(plan: Plan, kinds: Map<string, TaskKind>): void {
  const named = plan.tasks.filter(namesItsAgencies).map((t) => ({ t, words: wordPairs(t.text.join(' ')) }));
  if (!named.length) return;
  for (const t of plan.tasks) {
    if (kinds.get(t.path) !== 'duty' || namesItsAgencies(t)) continue;
    const words = wordPairs(t.text.join(' '));
    if (words.size && named.some((n) => n.t !== t && sharedWordPairs(words, n.words) >= SAME_WORDS)) kinds.set(t.path, 'restated');
  }
}
