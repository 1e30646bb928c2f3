import { capitalise, findTaskBlock, placeIn, slugify, valueAt, type Plan, type Task } from '@kehoach/core';
import type { TaskGroupInput, TaskInput } from '@kehoach/schema';
import { CLONE_CODES } from '../codes.js';
import { dutyUnits } from '../duty-units.js';
import { shortHash } from '../hash.js';
import { cachedTaskHashes, planDuties } from '../parent-facts.js';
import type { TextDuty } from '../text-duties.js';
import { rewrite, rewriteText } from '../rewrite-text.js';
import type { CloneContext } from './context.js';

/** What the unit takes from the parent's tasks: its groups by lead, and which tasks went where. */
export interface CarriedTasks {
  /** Groups of the unit's task block, keyed by lead ids (or `requested:…`). */
  groups: Map<string, TaskGroupInput>;
  carried: string[];
  left: string[];
  unclassified: string[];
  /** Duties written only as text, carried as tasks of the body they name. */
  duties: TextDuty[];
}

function taskInput(plan: Plan, t: Task): TaskInput {
  return valueAt(plan.input, t.path) as TaskInput;
}

/** What identifies a task's wording and its time, for drift detection. */
export function taskHashes(plan: Plan, t: Task): { hash: string; timeHash: string } {
  const src = taskInput(plan, t);
  const texts = (x: TaskInput): unknown => ({ text: x.text ?? null, tasks: (x.tasks ?? []).map(texts) });
  return { hash: shortHash(texts(src)), timeHash: shortHash(src.time ?? null) };
}

/** A parent task as the unit writes it: its agencies and attribution dropped (regrouped by lead), its words rewritten. */
function withoutAttribution(x: TaskInput, ctx: CloneContext): TaskInput {
  const { lead: _l, support: _s, requested: _r, monitor: _m, attribution: _a, showAttribution: _h, origin: _o, labels: _b, ...rest } = x;
  const text = rewriteText(rest.text, ctx.replacements);
  // the parts of a task-table row (each its output and time) keep their words, not the parent's bodies
  const parts = rest.parts?.map(({ lead: _pl, support: _ps, requested: _pr, monitor: _pm, ...p }) => p);
  return { ...rest, ...(text !== undefined ? { text } : {}), ...(parts ? { parts } : {}), ...(rest.tasks ? { tasks: rest.tasks.map((s) => withoutAttribution(s, ctx)) } : {}) };
}

/**
 * Where a parent task goes: carried (with its lead or requested bodies), left with the higher
 * level, or unclassified. In a plan of the province's own work (a department's, a team's: see
 * `CloneContext.ownWork`) only the bodies below the province bring a duty down; the others' duties
 * stay with the province.
 */
export function classifyTask(t: Task, ctx: CloneContext): { lead: string[]; requested: string[] } | 'left' | 'unclassified' {
  const named = t.lead.length ? t.lead : t.requested;
  if (ctx.ownWork && named.length && !named.some(ctx.below)) return 'left';
  const bodies = (list: Task['lead']) => (ctx.ownWork ? list.filter(ctx.below) : list);
  const lead = ctx.mapAll(bodies(t.lead));
  // A body requested at the higher level is requested at this level too (MTTQ → MTTQ xã);
  // courts and procuracy have no counterpart, so their tasks stay with the higher level.
  const requested = lead.length ? [] : ctx.mapAll(bodies(t.requested));
  if (lead.length || requested.length) return { lead, requested };
  // Nobody named, or only bodies the map does not know: whether it falls to this level is
  // unknown — said out loud, and counted by trace (never a silent “full coverage”).
  return !named.length || named.every((a) => ctx.target(a) === undefined) ? 'unclassified' : 'left';
}

/** The parent's top-level tasks that fall to the unit, grouped by their new lead, with their provenance. */
export function carryTasks(ctx: CloneContext): CarriedTasks {
  const { parent } = ctx;
  const inline = findTaskBlock(parent.input)?.attribution === 'inline';
  const out: CarriedTasks = { groups: new Map(), carried: [], left: [], unclassified: [], duties: [] };
  for (const t of dutyUnits(parent)) {
    const where = classifyTask(t, ctx);
    if (where === 'left') out.left.push(t.id);
    if (where === 'unclassified') {
      out.unclassified.push(t.id);
      ctx.diagnostics.push(CLONE_CODES.create('CLONE_UNCLASSIFIED_TASK', { ...placeIn(parent.source, t.path), ...(ctx.parentFile ? { file: ctx.parentFile } : {}) }, { ref: t.ref, id: t.id }));
    }
    if (typeof where === 'string') continue;
    const { lead, requested } = where;
    out.carried.push(t.id);
    const support = ctx.mapAll(ctx.ownWork ? t.support.filter(ctx.below) : t.support).filter((s) => !lead.includes(s) && !requested.includes(s));
    const src = withoutAttribution(taskInput(parent, t), ctx);
    // Inline attribution put the lead before the words (“Công an tỉnh tổ chức …”): the words now open the sentence.
    if (inline && typeof src.text === 'string') src.text = capitalise(src.text);
    if (inline && Array.isArray(src.text) && src.text.length) src.text = [capitalise(src.text[0]!), ...src.text.slice(1)];
    const key = lead.length ? lead.join(',') : `requested:${requested.join(',')}`;
    if (!out.groups.has(key)) out.groups.set(key, lead.length ? { lead: lead.length === 1 ? lead[0]! : lead, tasks: [] } : { requested, tasks: [] });
    out.groups.get(key)!.tasks!.push({
      ...src,
      ...(support.length ? { support } : {}),
      origin: { ...(ctx.number ? { plan: ctx.number } : {}), task: t.id, ref: t.ref, ...cachedTaskHashes(parent, t, () => taskHashes(parent, t)) },
    });
  }
  carryTextDuties(ctx, out);
  return out;
}

/** Duties of the lower level written only as text (“Ủy ban nhân dân các xã, phường căn cứ …”): tasks of the body they name. */
function carryTextDuties(ctx: CloneContext, out: CarriedTasks): void {
  out.duties = planDuties(ctx.parent);
  for (const d of out.duties) {
    const t = d.agency ? ctx.target(d.agency) : ctx.self;
    const lead = typeof t === 'string' ? t : ctx.self;
    if (!out.groups.has(lead)) out.groups.set(lead, { lead, tasks: [] });
    out.groups.get(lead)!.tasks!.push({
      id: `vb-${slugify(d.id.slice(5)) || 'doan'}`,
      text: rewrite(d.text, ctx.replacements),
      origin: { ...(ctx.number ? { plan: ctx.number } : {}), task: d.id, ref: d.ref, hash: d.hash, timeHash: shortHash(null) },
    });
  }
}

/** The unit's own tasks first, then its bodies in the order they appear, requested bodies last. */
export function orderedGroups(groups: Map<string, TaskGroupInput>, self: string): TaskGroupInput[] {
  const requested = (k: string) => (k.startsWith('requested:') ? 1 : 0);
  return [...groups.entries()].sort(([a], [b]) => (a === self ? -1 : b === self ? 1 : 0) || requested(a) - requested(b)).map(([, g]) => g);
}
