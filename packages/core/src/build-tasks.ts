import { formatLabelledLines, formatTime, withTrailingParenthesis } from '@kehoach/nd30';
import type { AttributionFields, ItemStyle, LabelsInput, TaskBlockInput, TaskGroupInput, TaskInput } from '@kehoach/schema';
import { agencyHeading, attributionPhrase, joinLabelled, type Roles } from './attribution.js';
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
): string[] {
  const { layout: _layout, ...own } = labels;
  return formatLabelledLines(
    {
      ...(attribution !== undefined ? { attribution } : {}),
      lead: t.lead.length ? joinLabelled(t.lead) : t.assignedBy,
      support: joinLabelled(t.support),
      requested: joinLabelled(t.requested),
      output: t.output,
      ...(t.time ? { time: formatTime(t.time, cite) } : {}),
    },
    own,
  );
}

/**
 * Builds the outline of a task block (`{tasks: …}`) placed in a container whose children default to
 * `style`, and collects its tasks. Groups by agency get their heading from the data; attribution
 * is composed from the data in the block's style (parenthesis, inline, labelled, none).
 */
export function buildTaskBlock(block: TaskBlockInput, style: ItemStyle, path: Seg, depth: number, ctx: TaskContext): OutlineNode[] {
  const layout = block.layout ?? 'by-theme';
  const mode = block.attribution ?? (layout === 'by-agency' ? 'none' : 'parenthesis');
  const none: Roles = { lead: [], support: [], requested: [] };

  const attribute = (n: OutlineNode, a: AttributionFields, own: Roles | undefined, hasChildren: boolean) => {
    if (mode === 'labelled' || layout !== 'by-theme' || mode === 'none' || !own || a.showAttribution === false) return;
    const placement = mode === 'inline' ? 'prefix' : 'parenthesis';
    const phrase = a.attribution ?? attributionPhrase(own, placement);
    if (!phrase) return;
    if (mode === 'inline' && n.kind === 'task') {
      if (n.paragraphs.length) n.paragraphs[0] = `${phrase} ${n.paragraphs[0]}`;
      else n.paragraphs.push(hasChildren ? `${phrase}:` : phrase);
    } else if (mode === 'parenthesis' && !hasChildren && n.paragraphs.length) {
      n.paragraphs[n.paragraphs.length - 1] = withTrailingParenthesis(n.paragraphs[n.paragraphs.length - 1]!, phrase);
    } else {
      n.trailer.push(`(${phrase})`);
    }
  };

  const labelled = (n: OutlineNode, task: Task, labels: LabelsInput, attribution: string | undefined) => {
    const lines = labelledLines(task, labels, ctx.citeShort, attribution);
    if (!lines.length) return;
    if ((labels.layout ?? 'lines') === 'sentence') {
      n.paragraphs.push(`${lines.join('; ')}.`);
    } else {
      const items = lines.map((l, i) => node('item', 'dash', [...pointerSeg(task.path), 'labels', i], { paragraphs: [`${l}.`], role: 'attribution' }));
      n.children.unshift(...items);
    }
  };

  const taskNode = (t: TaskInput, s0: ItemStyle, p: Seg, inherited: Roles, groups: string[], labels: LabelsInput, parentId?: string): OutlineNode => {
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
    n.children = (t.tasks ?? []).map((sub, i) => taskNode(sub, t.itemStyle ?? childStyle(s), [...p, 'tasks', i], roles, groups, ownLabels, t.id));
    if (mode === 'labelled') labelled(n, task, ownLabels, t.attribution);
    attribute(n, t, own, n.children.length > 0);
    return n;
  };

  const groupNode = (g: TaskGroupInput, s0: ItemStyle, p: Seg, inherited: Roles, titles: string[], labels: LabelsInput, d: number): OutlineNode => {
    const own = ownRoles(g, ctx.resolve);
    const roles = effectiveRoles(own, g, inherited);
    const s = g.style ?? s0;
    const title = g.title ?? (layout === 'by-agency' ? agencyHeading(roles) : undefined);
    const n = node('group', s, p, { ...(title ? { title } : {}), paragraphs: paragraphs(g.text), ...(g.inline ? { inline: true } : {}) });
    const inner = title ? [...titles, title] : titles;
    const ownLabels = { ...labels, ...g.labels };
    const subs = g.groups ?? [];
    const ts = g.tasks ?? [];
    const single = layout === 'by-agency' && ts.length === 1 && !subs.length && !g.text && !g.itemStyle && !g.items;
    if (single && (block.singleTask ?? 'paragraph') === 'inline' && !ts[0]!.tasks?.length) {
      const t = taskNode(ts[0]!, 'plain', [...p, 'tasks', 0], roles, inner, ownLabels);
      n.inline = true;
      n.paragraphs = t.paragraphs;
      n.children = t.children;
      n.task = t.task!;
    } else {
      const taskStyle = single ? 'plain' : g.itemStyle ?? block.itemStyle ?? (layout === 'by-agency' ? 'dash' : childStyle(s));
      n.children.push(...ctx.blocks(g.items, taskStyle, [...p, 'items'], d + 1));
      n.children.push(...subs.map((sg, i) => groupNode(sg, g.groupStyle ?? 'letter', [...p, 'groups', i], roles, inner, ownLabels, d + 1)));
      n.children.push(...ts.map((t, i) => taskNode(t, taskStyle, [...p, 'tasks', i], roles, inner, ownLabels)));
    }
    attribute(n, g, own, true);
    return n;
  };

  const labels = block.labels ?? {};
  return [
    ...(block.groups ?? []).map((g, i) => groupNode(g, block.groupStyle ?? style, [...path, 'groups', i], none, [], labels, depth)),
    ...(block.tasks ?? []).map((t, i) => taskNode(t, block.itemStyle ?? style, [...path, 'tasks', i], none, [], labels)),
  ];
}

function pointerSeg(pointer: string): Seg {
  return pointer.split('/').slice(1);
}
