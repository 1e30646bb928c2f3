import type { PlanInput, TaskBlockInput, TaskGroupInput, TaskInput } from '@kehoach/schema';
import { findTaskBlock } from './normalise.js';
import { pointerSegments } from './locate.js';
import { capitalise, valueAt } from './plan-facts.js';
import type { Plan, Task } from './model.js';

/** A layout of the task section. */
export type TaskLayout = 'by-agency' | 'by-theme';

/** A task input with its agencies made explicit and its printed attribution dropped. */
function explicitTask(plan: Plan, t: Task, capitaliseText: boolean): TaskInput {
  const src = valueAt(plan.input, t.path) as TaskInput;
  const { attribution: _a, showAttribution: _s, ...rest } = src;
  let text = rest.text;
  if (capitaliseText && typeof text === 'string') text = capitalise(text);
  else if (capitaliseText && Array.isArray(text) && text.length) text = [capitalise(text[0]!), ...text.slice(1)];
  const out: TaskInput = { ...rest, ...(text !== undefined ? { text } : {}) };
  delete out.lead;
  delete out.support;
  delete out.requested;
  if (t.lead.length) out.lead = t.lead.map((a) => a.id);
  if (t.support.length) out.support = t.support.map((a) => a.id);
  if (t.requested.length) out.requested = t.requested.map((a) => a.id);
  return out;
}

/** A copy of `input` with the value at `pointer` replaced (the path's objects and arrays copied). */
function replaceAt<T>(input: T, pointer: string, value: unknown): T {
  const segs = pointerSegments(pointer);
  const set = (cur: unknown, i: number): unknown => {
    if (i === segs.length) return value;
    const k = segs[i]!;
    if (Array.isArray(cur)) return cur.map((x, j) => (String(j) === k ? set(x, i + 1) : x));
    const o = cur as Record<string, unknown>;
    return { ...o, [k]: set(o[k], i + 1) };
  };
  return set(input, 0) as T;
}

/**
 * The same plan with its first task block laid out another way, as new input (then loaded as usual):
 * - `by-agency`: every top-level task of that block under its lead agencies (else the bodies it
 *   requests, else its coordinating agencies), the groups in order of first appearance, headed by
 *   the agency names;
 * - `by-theme`: the block's own groups kept, each task carrying its own attribution in parentheses.
 * Task ids, texts, times and sub-tasks are kept, so checklists and provenance stay valid.
 */
export function relayout(plan: Plan, layout: TaskLayout): PlanInput {
  const input = plan.input;
  const block = findTaskBlock(input);
  if (!block || layout === plan.taskLayout) return input;
  const { pointer, ...tasksIn } = block;
  const wasInline = tasksIn.attribution === 'inline';
  const top = plan.tasks.filter((t) => t.parentId === undefined && t.path.startsWith(pointer + '/'));
  let next: TaskBlockInput;
  if (layout === 'by-agency') {
    const groups = new Map<string, TaskGroupInput>();
    for (const t of top) {
      // Under its lead agencies; else the bodies it requests; else the agencies it names as
      // coordinating (“Các sở, ban, ngành … chủ động phối hợp thực hiện”).
      const role = t.lead.length ? 'lead' : t.requested.length ? 'requested' : t.support.length ? 'support' : undefined;
      const ids = role ? t[role].map((a) => a.id) : [];
      const key = role ? `${role}:${ids.join(',')}` : '';
      let g = groups.get(key);
      if (!g) {
        g = role ? { [role]: ids } : { title: 'Nhiệm vụ chung' };
        g.tasks = [];
        groups.set(key, g);
      }
      const task = explicitTask(plan, t, wasInline);
      if (role) delete task[role]; // the group already names them
      g.tasks!.push(task);
    }
    const { attribution: _a, tasks: _t, ...rest } = tasksIn;
    next = { ...rest, layout: 'by-agency', itemStyle: 'dash', singleTask: 'paragraph', groups: [...groups.values()] };
  } else {
    const groups = (tasksIn.groups ?? []).map((g, i): TaskGroupInput => {
      const inGroup = top.filter((t) => t.path.startsWith(`${pointer}/groups/${i}/`));
      const title = g.title ?? inGroup[0]?.groups[0];
      const explicit = inGroup.map((t) => explicitTask(plan, t, false));
      return { ...(g.id ? { id: g.id } : {}), ...(title ? { title } : {}), tasks: explicit };
    });
    next = { ...tasksIn, layout: 'by-theme', attribution: 'parenthesis', itemStyle: 'dash', groups };
  }
  return replaceAt(input, pointer, next);
}
