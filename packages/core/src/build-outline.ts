import type {
  AttributionInput,
  GoalsInput,
  ImplementationInput,
  ItemInput,
  ItemStyle,
  TaskGroupInput,
  TaskInput,
  TasksInput,
} from '@kehoach/schema';
import { agencyHeading, attributionPhrase, withTrailingParenthesis, type Roles } from './attribution.js';
import { refList } from './check-plan.js';
import { toPointer } from './locate.js';
import type { Agency, OutlineNode, Task } from './model.js';
import { childStyle, type NodeStyle } from './numbering.js';
import { paragraphs } from './text-paragraphs.js';

type Seg = Array<string | number>;

function node(kind: OutlineNode['kind'], style: NodeStyle, path: Seg, extra: Partial<OutlineNode> = {}): OutlineNode {
  return { kind, style, label: '', ref: '', path: toPointer(path), paragraphs: [], children: [], trailer: [], ...extra };
}

/** Builds outline nodes for generic items (section I, section III, appendices). */
export function buildItems(items: ItemInput[] | undefined, style: ItemStyle, path: Seg): OutlineNode[] {
  return (items ?? []).map((item, i) => {
    const p = [...path, i];
    if (typeof item === 'string') return node('item', style, p, { paragraphs: paragraphs(item) });
    const own = item.style ?? style;
    return node('item', own, p, {
      ...(item.title ? { title: item.title } : {}),
      paragraphs: paragraphs(item.text),
      children: buildItems(item.items, item.itemStyle ?? childStyle(own), [...p, 'items']),
    });
  });
}

/** Mục I: titled parts become khoản; untitled parts put their items straight under the mục. */
export function buildGoals(goals: GoalsInput): OutlineNode {
  const section = node('section', 'roman', ['goals'], { title: goals.title });
  goals.parts.forEach((part, i) => {
    const p = ['goals', 'parts', i];
    if (part.title) {
      section.children.push(
        node('item', 'number', p, {
          title: part.title,
          paragraphs: paragraphs(part.text),
          children: buildItems(part.items, part.itemStyle ?? 'dash', [...p, 'items']),
        }),
      );
    } else {
      for (const para of paragraphs(part.text)) section.children.push(node('item', 'plain', [...p, 'text'], { paragraphs: [para] }));
      section.children.push(...buildItems(part.items, part.itemStyle ?? 'number', [...p, 'items']));
    }
  });
  return section;
}

/** Mục III: the printed clauses. */
export function buildImplementation(impl: ImplementationInput): OutlineNode {
  return node('section', 'roman', ['implementation'], {
    title: impl.title,
    children: buildItems(impl.items, impl.itemStyle ?? 'number', ['implementation', 'items']),
  });
}

/** Resolves agency ids (already checked) to agencies. */
export type Resolve = (ids: string[]) => Agency[];

function ownRoles(a: AttributionInput, resolve: Resolve): Roles | undefined {
  if (a.lead === undefined && a.support === undefined && a.requested === undefined) return undefined;
  return { lead: resolve(refList(a.lead)), support: resolve(refList(a.support)), requested: resolve(refList(a.requested)) };
}

/** A node's effective roles: its own (a lead or requested replaces all), else the inherited ones. */
function effectiveRoles(own: Roles | undefined, a: AttributionInput, inherited: Roles): Roles {
  if (!own) return inherited;
  if (a.lead === undefined && a.requested === undefined) return { ...inherited, support: own.support };
  return own;
}

/** Builds mục II and collects the flat task list. */
export function buildTasks(tasks: TasksInput, resolve: Resolve): { section: OutlineNode; list: Task[] } {
  const layout = tasks.layout ?? 'by-theme';
  const mode = tasks.attribution ?? (layout === 'by-agency' ? 'none' : 'parenthesis');
  const list: Task[] = [];
  const none: Roles = { lead: [], support: [], requested: [] };

  const attribute = (n: OutlineNode, a: AttributionInput, own: Roles | undefined, hasChildren: boolean) => {
    if (layout !== 'by-theme' || mode === 'none' || !own || a.showAttribution === false) return;
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

  const taskNode = (t: TaskInput, style: ItemStyle, path: Seg, inherited: Roles, groups: string[], parentId?: string): OutlineNode => {
    const own = ownRoles(t, resolve);
    const roles = effectiveRoles(own, t, inherited);
    const s = t.style ?? style;
    const task: Task = {
      id: t.id,
      ref: '',
      path: toPointer(path),
      text: paragraphs(t.text),
      ...roles,
      ...(t.time ? { time: t.time } : {}),
      ...(t.output ? { output: t.output } : {}),
      groups,
      ...(parentId ? { parentId } : {}),
    };
    list.push(task);
    const n = node('task', s, path, { paragraphs: [...task.text], task });
    n.children = (t.tasks ?? []).map((sub, i) =>
      taskNode(sub, t.itemStyle ?? childStyle(s), [...path, 'tasks', i], roles, groups, t.id),
    );
    attribute(n, t, own, n.children.length > 0);
    return n;
  };

  const groupNode = (g: TaskGroupInput, style: ItemStyle, path: Seg, inherited: Roles, titles: string[]): OutlineNode => {
    const own = ownRoles(g, resolve);
    const roles = effectiveRoles(own, g, inherited);
    const title = g.title ?? (layout === 'by-agency' ? agencyHeading(roles) : undefined);
    const n = node('group', style, path, { ...(title ? { title } : {}), paragraphs: paragraphs(g.text) });
    const inner = title ? [...titles, title] : titles;
    const subs = g.groups ?? [];
    const ts = g.tasks ?? [];
    const single = layout === 'by-agency' && ts.length === 1 && !subs.length && !g.text && !g.itemStyle;
    if (single && (tasks.singleTask ?? 'paragraph') === 'inline' && !ts[0]!.tasks?.length) {
      const t = taskNode(ts[0]!, 'plain', [...path, 'tasks', 0], roles, inner);
      n.inline = true;
      n.paragraphs = t.paragraphs;
      n.task = t.task!;
    } else {
      n.children.push(...subs.map((sg, i) => groupNode(sg, g.groupStyle ?? 'letter', [...path, 'groups', i], roles, inner)));
      const taskStyle = single ? 'plain' : g.itemStyle ?? tasks.itemStyle ?? (layout === 'by-agency' ? 'dash' : childStyle(style));
      n.children.push(...ts.map((t, i) => taskNode(t, taskStyle, [...path, 'tasks', i], roles, inner)));
    }
    attribute(n, g, own, true);
    return n;
  };

  const section = node('section', 'roman', ['tasks'], { title: tasks.title, paragraphs: paragraphs(tasks.text) });
  section.children = tasks.groups.map((g, i) => groupNode(g, tasks.groupStyle ?? 'number', ['tasks', 'groups', i], none, []));
  return { section, list };
}
