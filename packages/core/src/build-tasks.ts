import { formatLabelledLines, formatTime } from '@kehoach/nd30';
import type { AttributionFields, ItemStyle, LabelsInput, TaskBlockInput, TaskGroupInput, TaskInput } from '@kehoach/schema';
import { agencyHeading, attributionPhrase, joinLabelled, type Roles } from './attribution.js';
import { printAssignment, type Assignment, type AttributionMode } from './print-assignment.js';
import { statedFacts } from './stated-facts.js';
import { refList } from './check-plan.js';
import { toPointer } from './locate.js';
import type { Agency, OutlineNode, Task } from './model.js';
import { childStyle } from './numbering.js';
import { node, type Seg } from './outline-node.js';
import { paragraphs } from './text-paragraphs.js';

/** Resolves agency ids (already checked) to agencies. */
export type Resolve = (ids: string[]) => Agency[];

/** What a builder of blocks needs from its caller. */
export interface TaskContext {
  resolve: Resolve;
  /** Every task found, in document order. */
  list: Task[];
  /** Builds the non-task blocks of a group (paragraphs, items, tables). */
  blocks: (items: TaskGroupInput['items'], style: ItemStyle, path: Seg, depth: number) => OutlineNode[];
  /** The reference documents by id, for times set by another document. */
  citeShort: (id: string) => string | undefined;
  /** What reading a task's words needs: the year of dates without one, the declared agencies, a document's id from its short citation. */
  words: { year?: number; agencies: readonly Agency[]; reference?: (citation: string) => string | undefined };
}

function ownRoles(a: AttributionFields, resolve: Resolve): Roles | undefined {
  if (a.lead === undefined && a.support === undefined && a.requested === undefined) return undefined;
  return { lead: resolve(refList(a.lead)), support: resolve(refList(a.support)), requested: resolve(refList(a.requested)) };
}

/** A node's effective roles: its own (a lead or requested replaces all), else the inherited ones. */
function effectiveRoles(own: Roles | undefined, a: AttributionFields, inherited: Roles): Roles {
  if (!own) return inherited;
  if (a.lead === undefined && a.requested === undefined) return { ...inherited, support: own.support };
  return own;
}

/**
 * The labelled lines of a task: `Đơn vị chủ trì: …`, `Đơn vị phối hợp: …`, `Thời gian hoàn thành: …`.
 * A task's own `attribution` wording (the source's “X chủ trì, phối hợp với Y”) replaces the agency
 * lines and is printed once, under the lead label; the agencies stay data.
 */
export function labelledLines(
  t: Pick<Task, 'lead' | 'support' | 'requested' | 'time' | 'output' | 'assignedBy'>,
  labels: LabelsInput,
  cite: TaskContext['citeShort'],
  attribution?: string,
  said: Partial<Record<'lead' | 'support' | 'requested' | 'time', boolean>> = {},
): string[] {
  const { layout: _layout, ...own } = labels;
  return formatLabelledLines(
    {
      ...(attribution !== undefined ? { attribution } : {}),
      lead: said.lead ? undefined : t.lead.length ? joinLabelled(t.lead) : t.assignedBy,
      support: said.support ? '' : joinLabelled(t.support),
      requested: said.requested ? '' : joinLabelled(t.requested),
      output: t.output,
      ...(t.time && !said.time ? { time: formatTime(t.time, cite) } : {}),
    },
    own,
  );
}

/** Agencies of `list` not in `heading` (a by-agency heading already names them). */
const beyond = (list: Agency[], heading: Agency[]) => list.filter((a) => !heading.includes(a));

/**
 * Builds the outline of a task block (`{tasks: …}`) placed in a container whose children default to
 * `style`, and collects its tasks. Groups by agency get their heading from the data. What a task's
 * data gives and its words do not say — its lead, coordinating and requested bodies, its time — is
 * printed in the block's attribution style (see printAssignment); what the words already say is not
 * printed twice (statedFacts).
 */
export function buildTaskBlock(block: TaskBlockInput, style: ItemStyle, path: Seg, depth: number, ctx: TaskContext): OutlineNode[] {
  const layout = block.layout ?? 'by-theme';
  const mode: AttributionMode = block.attribution ?? 'parenthesis';
  const none: Roles = { lead: [], support: [], requested: [] };

  /** A group's own roles, printed after its tasks in the by-theme layout (the heading names them by agency). */
  const attributeGroup = (n: OutlineNode, g: TaskGroupInput, own: Roles | undefined) => {
    if (layout !== 'by-theme' || mode === 'none' || mode === 'labelled' || !own || g.showAttribution === false) return;
    const phrase = g.attribution ?? attributionPhrase(own, mode === 'inline' ? 'prefix' : 'parenthesis');
    if (phrase) n.trailer.push(`(${phrase})`);
  };

  /** What a task prints beyond its words: the roles the words and the heading do not name, the time they do not say. */
  const assignment = (t: TaskInput, task: Task, own: Roles | undefined, heading: Roles): Assignment & { lines: Roles } => {
    const stated = statedFacts(task.text, { ...task, ...(t.time ? { time: t.time } : {}) }, {
      ...ctx.words, cite: ctx.citeShort, ...(t.attribution !== undefined ? { attribution: t.attribution } : {}),
    });
    // By agency, the heading names the group's agencies: a task prints its own lead or requested bodies when
    // they differ, and the bodies it coordinates with; by theme, a task prints its own roles (a group's are its trailer).
    // By theme, `heading` carries the roles of the groups above that print nothing (no heading, no words).
    const roles: Roles = layout === 'by-agency'
      ? { lead: beyond(own?.lead ?? [], heading.lead), support: beyond(task.support, [...heading.lead, ...heading.support]), requested: beyond(own?.requested ?? [], heading.requested) }
      : effectiveRoles(own, t, heading);
    const unsaid = (list: Agency[], said: readonly Agency[]) => list.filter((a) => !said.includes(a));
    return {
      lines: { lead: task.lead, support: unsaid(task.support, stated.support), requested: unsaid(task.requested, stated.requested) },
      roles: { lead: stated.lead ? [] : roles.lead, support: unsaid(roles.support, stated.support), requested: unsaid(roles.requested, stated.requested) },
      // The task's own wording is printed where its own roles would be (as before: not for inherited roles).
      ...(t.attribution !== undefined && own ? { attribution: t.attribution } : {}),
      ...(t.time && !stated.time ? { time: formatTime(t.time, ctx.citeShort) } : {}),
      said: {
        lead: stated.lead || (layout === 'by-agency' && !beyond(task.lead, heading.lead).length),
        support: stated.support.length > 0 && !unsaid(task.support, stated.support).length,
        requested: stated.requested.length > 0 && !unsaid(task.requested, stated.requested).length,
        time: stated.time,
      },
    };
  };

  const labelled = (n: OutlineNode, task: Task, labels: LabelsInput, attribution: string | undefined, said: Assignment['said']) => {
    const lines = labelledLines(task, labels, ctx.citeShort, attribution, said);
    if (!lines.length) return;
    if ((labels.layout ?? 'lines') === 'sentence') {
      n.paragraphs.push(`${lines.join('; ')}.`);
    } else {
      const items = lines.map((l, i) => node('item', 'dash', [...pointerSeg(task.path), 'labels', i], { paragraphs: [`${l}.`], role: 'attribution' }));
      n.children.unshift(...items);
    }
  };

  const taskNode = (t: TaskInput, s0: ItemStyle, p: Seg, inherited: Roles, heading: Roles, groups: string[], labels: LabelsInput, parentId?: string): OutlineNode => {
    const own = ownRoles(t, ctx.resolve);
    const roles = effectiveRoles(own, t, inherited);
    const s = t.style ?? s0;
    const task: Task = {
      id: t.id,
      ref: '',
      path: toPointer(p),
      text: paragraphs(t.text),
      ...roles,
      monitor: ctx.resolve(refList(t.monitor)),
      ...(t.assignedBy ? { assignedBy: t.assignedBy.note ?? `Theo phân công tại ${t.assignedBy.reference ? ctx.citeShort(t.assignedBy.reference) ?? t.assignedBy.reference : ''}`.trim() } : {}),
      ...(t.time ? { time: t.time } : {}),
      ...(t.output ? { output: t.output } : {}),
      groups,
      ...(parentId ? { parentId } : {}),
    };
    ctx.list.push(task);
    const n = node('task', s, p, { paragraphs: [...task.text], task, ...(t.title ? { title: t.title } : {}), ...(t.inline ? { inline: true } : {}) });
    const ownLabels = { ...labels, ...t.labels };
    n.children = (t.tasks ?? []).map((sub, i) => taskNode(sub, t.itemStyle ?? childStyle(s), [...p, 'tasks', i], roles, layout === 'by-agency' ? heading : none, groups, ownLabels, t.id));
    if (mode === 'none' || t.showAttribution === false) return n;
    const a = assignment(t, task, own, heading);
    // Labelled lines name the task's effective roles (inherited too), less the bodies its words name.
    if (mode === 'labelled') labelled(n, { ...task, support: a.lines.support, requested: a.lines.requested }, ownLabels, t.attribution, a.said);
    else printAssignment(n, a, layout === 'by-agency' && mode === 'inline' ? 'parenthesis' : mode, ownLabels.time);
    return n;
  };

  const groupNode = (g: TaskGroupInput, s0: ItemStyle, p: Seg, inherited: Roles, titles: string[], labels: LabelsInput, d: number, carried: Roles = none): OutlineNode => {
    const own = ownRoles(g, ctx.resolve);
    const roles = effectiveRoles(own, g, inherited);
    const s = g.style ?? s0;
    const title = g.title ?? (layout === 'by-agency' ? agencyHeading(roles) : undefined);
    // A group without a heading or words of its own is the data's grouping (shared roles), not a printed
    // level: its tasks are numbered on with the group's siblings, in the group's own style (numbering.ts).
    const silent = title === undefined && !g.text && !g.inline;
    const n = node('group', s, p, { ...(title ? { title } : {}), paragraphs: paragraphs(g.text), ...(g.inline ? { inline: true } : {}), ...(silent ? { silent: true } : {}) });
    const inner = title ? [...titles, title] : titles;
    const ownLabels = { ...labels, ...g.labels };
    const subs = g.groups ?? [];
    const ts = g.tasks ?? [];
    // By agency the heading names the group's roles; by theme a group that prints nothing leaves its roles to its tasks.
    const heading = layout === 'by-agency' ? roles : silent ? effectiveRoles(own, g, carried) : none;
    const single = layout === 'by-agency' && ts.length === 1 && !subs.length && !g.text && !g.itemStyle && !g.items;
    if (single && (block.singleTask ?? 'paragraph') === 'inline' && !ts[0]!.tasks?.length) {
      const t = taskNode(ts[0]!, 'plain', [...p, 'tasks', 0], roles, heading, inner, ownLabels);
      n.inline = true;
      n.paragraphs = t.paragraphs;
      n.children = t.children;
      n.trailer.push(...t.trailer);
      n.task = t.task!;
    } else {
      const taskStyle = single ? 'plain' : g.itemStyle ?? block.itemStyle ?? (layout === 'by-agency' ? 'dash' : silent ? s : childStyle(s));
      n.children.push(...ctx.blocks(g.items, taskStyle, [...p, 'items'], d + 1));
      n.children.push(...subs.map((sg, i) => groupNode(sg, g.groupStyle ?? (silent ? s : 'letter'), [...p, 'groups', i], roles, inner, ownLabels, d + 1, layout === 'by-theme' ? heading : none)));
      n.children.push(...ts.map((t, i) => taskNode(t, taskStyle, [...p, 'tasks', i], roles, heading, inner, ownLabels)));
    }
    if (!silent) attributeGroup(n, g, own);
    return n;
  };

  const labels = block.labels ?? {};
  return [
    ...(block.groups ?? []).map((g, i) => groupNode(g, block.groupStyle ?? style, [...path, 'groups', i], none, [], labels, depth)),
    ...(block.tasks ?? []).map((t, i) => taskNode(t, block.itemStyle ?? style, [...path, 'tasks', i], none, none, [], labels)),
  ];
}

function pointerSeg(pointer: string): Seg {
  return pointer.split('/').slice(1);
}
