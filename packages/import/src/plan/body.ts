import type { BlockInput, ItemInput, ItemStyleInput, RoleInput, SectionInput, TaskGroupInput, TaskInput, TimeInput } from '@kehoach/schema';
import { AgencyTable, plausibleName } from '../recognise/agencies.js';
import { agencyKey } from '../recognise/agency-names.js';
import { headingRoles, inlineHeading, leadIn, partnerNames, sentenceRoles, type NamedRoles } from './who.js';
import { labelledRoles, parseAttribution, parseLabelledLine } from '../recognise/attribution.js';
import { tableBlock } from './task-table.js';
import { whoTable } from './who-table.js';
import type { LabelKind } from './labels.js';
import type { OutlineNode } from './outline.js';
import { parseTime, timeHeading, timeInText } from './time.js';
import type { UnsureList } from './unsure.js';
import { slugify } from '@kehoach/core';

/** An agency reference (one id or a list) as a list. */
const refList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** What the body builder needs and collects. */
export interface BodyContext {
  agencies: AgencyTable;
  unsure: UnsureList;
  year?: number;
  ids: Set<string>;
  /** Counters for the report. */
  stats: { tasks: number; withLead: number; named: number; dated: number };
  /** Depth of enclosing groups or tasks that name a lead (their tasks inherit it). */
  inherited?: number;
  /** The leads of the by-agency headings enclosing the task being built, innermost last. */
  groupLeads?: string[][];
  /** The role of the section being built (its goals and background name no duties). */
  role?: RoleInput;
  /** The times stated by the headings enclosing the task being built (`Năm 2021:`), innermost last. */
  times?: TimeInput[];
}

const STYLE: Record<LabelKind, ItemStyleInput> = { part: 'number', roman: 'number', number: 'number', sub: 'subnumber', paren: 'paren-number', letter: 'letter', dash: 'dash', plus: 'plus', star: 'dash' };
/** The item style an outline node's label prints as. */
export const styleOf = (n: OutlineNode): ItemStyleInput => (n.line.label ? STYLE[n.line.label.kind] : 'plain');

const ROLES: [RegExp, RoleInput][] = [
  [/tổ chức thực hiện|trách nhiệm thực hiện/iu, 'implementation'],
  [/kinh phí/iu, 'funding'],
  [/chế độ báo cáo|thông tin,? báo cáo/iu, 'reporting'],
  [/nhiệm vụ|giải pháp|nội dung|phân công|hoạt động/iu, 'tasks'],
  [/mục đích|mục tiêu|yêu cầu|chỉ tiêu/iu, 'goals'],
  [/tình hình|kết quả|đánh giá/iu, 'situation'],
  [/khen thưởng|thi đua/iu, 'rewards'],
  [/^(?:đề xuất,?\s+)?kiến nghị(?:,?\s+đề xuất)?\.?$/iu, 'recommendations'],
  [/tiến độ|lịch|thời gian/iu, 'schedule'],
];

/** The role of a section or item from its title. */
export function roleOf(title: string): RoleInput | undefined {
  for (const [re, role] of ROLES) if (re.test(title)) return role;
  return undefined;
}

const isHeading = (n: OutlineNode): boolean =>
  n.children.length > 0 && (n.line.bold || (n.line.text.split(' ').length <= 24 && !/[.;]$/.test(n.line.text)));

/** A unique readable id from some words. */
export function uniqueId(ctx: BodyContext, words: string, fallback: string): string {
  const base = slugify(words.replace(/\(.*?\)/g, '')).split('-').slice(0, 5).join('-') || fallback;
  let id = base;
  for (let n = 2; ctx.ids.has(id); n++) id = `${base}-${n}`;
  ctx.ids.add(id);
  return id;
}

/** Roles of sections whose items are goals, targets or background: their sentences name no duties. */
const NOT_DUTIES = new Set<RoleInput | undefined>(['goals', 'purposes', 'requirements', 'objectives', 'targets', 'situation', 'concepts']);

function hasAttribution(n: OutlineNode, ctx: BodyContext): boolean {
  const t = n.line.text;
  if (t && (parseAttribution(t) || parseLabelledLine(t))) return true;
  if (n.line.label && headingRoles(t)) return n.children.length > 0;
  if (t && !NOT_DUTIES.has(ctx.role) && (inlineHeading(t) || sentenceRoles(t, true) || leadIn(t))) return true;
  return n.children.some((c) => hasAttribution(c, ctx));
}

/** A labelled line (lead, support, asked, time) that is a line of its own, not a heading with items. */
const fieldLine = (n: OutlineNode) => (n.children.length ? undefined : parseLabelledLine(n.line.text));

/**
 * Labelled lines set down as siblings after a duty (`- Tuyên truyền …` / `- Đơn vị chủ trì: …` at the
 * same dash level) belong to that duty: moved among its children, so a label never reaches the next.
 * Numbered items (`4. Thời gian thực hiện: …`) stay where they are: they are the plan's own.
 */
function attachFieldLines(children: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const c of children) {
    const prev = out[out.length - 1];
    const mark = !c.line.label || c.line.label.kind === 'dash' || c.line.label.kind === 'plus' || c.line.label.kind === 'star';
    if (prev && mark && fieldLine(c) && !fieldLine(prev) && !prev.line.table) prev.children.push(c);
    else out.push(c);
  }
  return out;
}

/** Blocks of a container from its outline children: paragraphs, items, task blocks, tables. */
export function buildBlocks(all: readonly OutlineNode[], ctx: BodyContext, inTasks: boolean): { items: BlockInput[]; itemStyle?: ItemStyleInput } {
  const children = attachFieldLines([...all]);
  const items: BlockInput[] = [];
  const labelled = children.filter((c) => c.line.label);
  const itemStyle = labelled.length ? styleOf(labelled[0]!) : undefined;
  let run: OutlineNode[] = [];
  const flush = () => {
    if (run.length) items.push({ tasks: taskBlock(run, ctx, itemStyle) });
    run = [];
  };
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.line.table) {
      flush();
      items.push(...(whoTable(c.line.table, ctx) ?? [tableBlock(c.line.table, ctx)]));
      continue;
    }
    // a lead-in paragraph (“Trưởng phòng GDĐT, hiệu trưởng … thực hiện:”) and the items after it: a group it leads
    const lead = !c.line.label && !c.children.length && !NOT_DUTIES.has(ctx.role) ? leadIn(c.line.text) : undefined;
    const following = lead ? children.slice(i + 1).findIndex((x) => !x.line.label || x.line.table) : -1;
    const count = following < 0 ? children.length - i - 1 : following;
    if (lead && count > 0) {
      flush();
      items.push({ tasks: leadInBlock(c, children.slice(i + 1, i + 1 + count), lead, ctx) });
      i += count;
      continue;
    }
    // a task cannot hold a table: an item with a table among its paragraphs stays an item
    if ((inTasks || hasAttribution(c, ctx)) && c.line.label && !c.children.some((k) => k.line.table)) {
      run.push(c);
      continue;
    }
    if (run.length && !c.line.label && c.children.length === 0) {
      run.push(c);
      continue;
    }
    flush();
    items.push(itemOf(c, ctx, itemStyle));
  }
  flush();
  return { items, ...(itemStyle && itemStyle !== 'plain' ? { itemStyle } : {}) };
}

function itemOf(n: OutlineNode, ctx: BodyContext, containerStyle: ItemStyleInput | undefined): BlockInput {
  const s = styleOf(n);
  const styled = (i: ItemInput): ItemInput => (containerStyle && s !== containerStyle ? { ...i, style: s } : !containerStyle && s !== 'plain' ? { ...i, style: s } : i);
  if (!n.children.length) {
    if (!n.line.label) return containerStyle && containerStyle !== 'plain' ? styled({ text: n.line.text }) : n.line.text;
    return s === containerStyle ? n.line.text : styled({ text: n.line.text });
  }
  const heading = isHeading(n);
  const outer = ctx.role;
  const own = heading ? roleOf(n.line.text) : undefined;
  if (own) ctx.role = own;
  const inner = buildBlocks(n.children, ctx, false);
  ctx.role = outer;
  const item: ItemInput = heading ? { title: n.line.text } : { text: n.line.text };
  const role = item.title ? roleOf(item.title) : undefined;
  if (role) item.role = role;
  if (inner.itemStyle) item.itemStyle = inner.itemStyle;
  item.items = inner.items;
  return styled(item);
}

/** Splits an inline attribution ("Sở Ngoại vụ chủ trì, phối hợp với …") from the rest of the sentence. */
function inlinePhrase(text: string, last: string | undefined): { phrase: string; rest: string } | undefined {
  let end = text.indexOf('chủ trì');
  if (end < 0) {
    const m = /^Đề nghị\s+/u.exec(text);
    if (!m || !last) return undefined;
    end = text.indexOf(last) + last.length;
  } else end += 'chủ trì'.length;
  if (last) {
    const at = text.indexOf(last, end);
    if (at >= 0 && at < end + 200) end = at + last.length;
  }
  const rest = text.slice(end).replace(/^\s*[,:]?\s*/, '');
  if (!rest) return undefined;
  return { phrase: text.slice(0, end).trim(), rest };
}

interface Built {
  group?: TaskGroupInput;
  task?: TaskInput;
}

/** The parenthesis paragraph each task took its bodies from (`(X chủ trì, phối hợp Y thực hiện)` on its own line). */
const FROM_PARAGRAPH = new WeakMap<TaskInput, ParsedAttributionLike>();
/** Tasks whose bodies are only their sentence's subject (`Lực lượng Công an … phối hợp …`). */
const FROM_SUBJECT = new WeakSet<TaskInput>();
type ParsedAttributionLike = { lead: string[]; support: string[] };

/**
 * A parenthesis paragraph standing after a run of items speaks for the run (`- …`, `- …`, `- …`,
 * then `(Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh phối hợp các sở, ngành thực hiện)`): the items before
 * the one it follows that name nobody take its bodies, back to the previous item that names someone.
 * When it closes its container (nothing follows), it speaks for the whole run, also for items whose
 * sentence only starts with a subject; in the middle of a list, an item that names its own doer keeps it.
 * Items under a heading that names who leads (by-agency) keep the heading's lead: there a parenthesis
 * speaks for its item.
 */
function spreadParagraphAttribution(built: readonly Built[], ctx: BodyContext): void {
  if ((ctx.inherited ?? 0) > 0) return;
  built.forEach((b, i) => {
    const a = b.task && FROM_PARAGRAPH.get(b.task);
    if (!a) return;
    const closing = i === built.length - 1;
    for (let j = i - 1; j >= 0; j--) {
      const t = built[j]!.task;
      if (!t || FROM_PARAGRAPH.has(t) || t.requested || (t.lead && !(closing && FROM_SUBJECT.has(t)))) break;
      const partners = t.lead ? [] : refList(t.support);
      delete t.lead;
      delete t.support;
      setRoles(t, { lead: a.lead, support: a.support, requested: [] }, ctx);
      if (partners.length) t.support = [...new Set([...refList(t.support), ...partners])];
      if (Array.isArray(t.support) && t.support.length === 1) t.support = t.support[0]!;
      delete t.attribution;
      t.showAttribution = false;
      FROM_SUBJECT.delete(t);
    }
  });
}

function taskBlock(nodes: readonly OutlineNode[], ctx: BodyContext, itemStyle: ItemStyleInput | undefined, lead?: NamedRoles): NonNullable<Extract<BlockInput, { tasks: unknown }>['tasks']> {
  // Majority attribution style among the block's tasks.
  const count = { parenthesis: 0, inline: 0, labelled: 0, paragraph: 0 };
  const visit = (n: OutlineNode, below: boolean) => {
    const a = n.line.text ? parseAttribution(n.line.text) : undefined;
    if (paragraphAttribution(n)) count.paragraph++;
    else if (a?.style === 'parenthesis') count.parenthesis++;
    else if (a && a.style !== 'assigned') count.inline++;
    // a labelled line under a duty (not a duty of the block whose words start with a label, “5. Thời gian thực hiện: Các đơn vị …”)
    if (below && fieldLine(n)) count.labelled++;
    n.children.forEach((c) => visit(c, true));
  };
  attachFieldLines([...nodes]).forEach((n) => visit(n, false));
  const mode: AttributionMode =
    count.labelled > 0 && count.labelled >= count.parenthesis ? 'labelled'
    : count.paragraph > count.parenthesis && count.paragraph >= count.inline ? 'parenthesis-paragraph'
    : count.inline > count.parenthesis ? 'inline' : 'parenthesis';
  let byAgency = 0;
  if (lead) ctx.inherited = (ctx.inherited ?? 0) + 1;
  const built = nodes.map((n) => {
    if (n.line.label && headingRoles(n.line.text) && n.children.length) byAgency++;
    return buildTask(n, ctx, mode);
  });
  spreadParagraphAttribution(built, ctx);
  if (lead) ctx.inherited!--;
  const block: NonNullable<Extract<BlockInput, { tasks: unknown }>['tasks']> = { layout: byAgency > nodes.length / 2 ? 'by-agency' : 'by-theme', attribution: mode };
  if (byAgency > nodes.length / 2) block.attribution = mode; // headings come from titles; tasks keep their own wording
  if (itemStyle) block.itemStyle = itemStyle;
  if (built.every((b) => b.group)) block.groups = built.map((b) => b.group!);
  else block.tasks = built.map((b) => b.task ?? groupAsTask(b.group!, ctx));
  if (block.layout === 'by-agency') block.layout = 'by-theme'; // titles are printed as written
  return block;
}

function groupAsTask(g: TaskGroupInput, ctx: BodyContext): TaskInput {
  const t: TaskInput = { id: uniqueId(ctx, g.title ?? 'nhom', 'nhiem-vu') };
  if (g.title) t.title = g.title;
  if (g.text) t.text = g.text;
  for (const k of ['lead', 'support', 'requested', 'showAttribution', 'style', 'itemStyle'] as const) if (g[k] !== undefined) (t as unknown as Record<string, unknown>)[k] = g[k];
  const subs = [...(g.groups ?? []).map((x) => groupAsTask(x, ctx)), ...(g.tasks ?? [])];
  if (subs.length) t.tasks = subs;
  return t;
}

type AttributionMode = 'parenthesis' | 'inline' | 'labelled' | 'parenthesis-paragraph';

/** A paragraph that is only “(Công an xã chủ trì, phối hợp với … thực hiện)”: the attribution of the task above it. */
const unemphasised = (t: string) => t.replace(/^\*+|\*+$/g, '').trim();

/** The bodies a parenthesis closing a duty's last paragraph names (`… an sinh xã hội (Các sở, ban, ngành thực hiện).`). */
function closingParenthesis(kids: readonly OutlineNode[]) {
  const last = kids[kids.length - 1];
  if (!last || last.line.label || last.children.length || !/\)\s*[.;]?$/u.test(unemphasised(last.line.text))) return undefined;
  const a = parseAttribution(unemphasised(last.line.text));
  return a?.style === 'parenthesis' && a.lead.length ? { lead: a.lead, support: a.support, requested: a.requested } : undefined;
}

function paragraphAttribution(n: OutlineNode) {
  const text = unemphasised(n.line.text); // printed in italics: *(… thực hiện)*
  if (n.line.label || n.children.length || !/^\(.*\)\s*[.;]?$/u.test(text)) return undefined;
  const a = parseAttribution(text);
  return a?.style === 'parenthesis' && !a.text.replace(/[.;]/g, '').trim() ? a : undefined;
}

/** What labelled lines among a node's children say: lead, support, asked bodies, time, and the labels as written. */
interface Fields {
  lead: string[];
  support: string[];
  requested: string[];
  time?: string;
  labels: Record<string, string>;
  /** A lead line that says it all (`Đơn vị thực hiện: A chủ trì, phối hợp với B`): printed as written. */
  attribution?: string;
}

/**
 * Reads the labelled lines among a node's children (`- Đơn vị chủ trì thực hiện: …`, `- Đơn vị thực
 * hiện: A chủ trì, phối hợp với B`, `- Thời gian hoàn thành: …`); the other children are returned.
 */
function readFields(n: OutlineNode): { fields: Fields; kids: OutlineNode[] } {
  const fields: Fields = { lead: [], support: [], requested: [], labels: {} };
  const kids: OutlineNode[] = [];
  for (const c of n.children) {
    const l = fieldLine(c);
    if (!l) {
      kids.push(c);
      continue;
    }
    const label = /^[-+•*\s]*(.*?)\s*:/u.exec(c.line.text)?.[1] ?? '';
    if (l.field === 'time') {
      fields.time = l.value;
      fields.labels.time = label;
      continue;
    }
    const roles = labelledRoles(l.field, l.value);
    for (const k of ['lead', 'support', 'requested'] as const) fields[k].push(...roles[k]);
    if (l.field === 'lead' && (roles.support.length || roles.requested.length)) fields.attribution = l.value;
    fields.labels[l.field] = label;
  }
  return { fields, kids };
}

/** Sub-nodes built as the tasks (or groups) of a group. */
function groupMembers(g: TaskGroupInput, kids: readonly OutlineNode[], ctx: BodyContext, mode: AttributionMode): void {
  const subs = kids.map((k) => buildTask(k, ctx, mode));
  spreadParagraphAttribution(subs, ctx);
  if (subs.every((s) => s.group)) g.groups = subs.map((s) => s.group!);
  else g.tasks = subs.map((s) => s.task ?? groupAsTask(s.group!, ctx));
}

/** Agency ids of some names (one id, or a list), declaring them; a person of a heading as `ca-nhan`. */
function refsOf(names: readonly string[], ctx: BodyContext, roles?: NamedRoles): string | string[] {
  const ids = [...new Set(names.map((x) => (roles?.person ? ctx.agencies.add(roles.person.name, { kind: 'ca-nhan', ...(roles.person.position ? { position: roles.person.position } : {}), ...(roles.person.role ? { role: roles.person.role } : {}) }) : roles?.personHeading ? ctx.agencies.add(x, { kind: 'ca-nhan' }) : ctx.agencies.add(x))))];
  return ids.length === 1 ? ids[0]! : ids;
}

/**
 * Sets lead, support and asked bodies from names (leaving out partners that also lead). A name that
 * cannot be a body's (a sentence, a time: `plausibleName`) is left out and the field marked to check.
 */
function setRoles(target: TaskInput | TaskGroupInput, roles: Pick<NamedRoles, 'lead' | 'support' | 'requested'>, ctx: BodyContext, named?: NamedRoles): void {
  const keep = (field: 'lead' | 'support' | 'requested', names: readonly string[]) => {
    const bad = names.filter((n) => !plausibleName(n));
    if (bad.length) ctx.unsure.addFor(target, 'text', `tên cơ quan đọc được không giống tên một cơ quan (${bad.map((n) => `“${n}”`).join(', ')}): chưa ghi vào ${field === 'lead' ? 'chủ trì' : field === 'support' ? 'phối hợp' : 'đề nghị'}, kiểm tra`);
    return names.filter(plausibleName);
  };
  const lead = keep('lead', roles.lead);
  if (lead.length) target.lead = refsOf(lead, ctx, named);
  const leads = new Set(lead.map((x) => agencyKey(x)));
  const support = keep('support', roles.support.filter((x) => !leads.has(agencyKey(x))));
  if (support.length) target.support = refsOf(support, ctx);
  const requested = keep('requested', roles.requested);
  if (requested.length) target.requested = refsOf(requested, ctx);
}

/** A group led by the bodies a heading names (a by-agency layout): its items inherit them. */
function headingGroup(n: OutlineNode, named: NamedRoles, kids: readonly OutlineNode[], ctx: BodyContext, mode: AttributionMode): TaskGroupInput {
  const g: TaskGroupInput = { title: n.line.text, showAttribution: false, style: styleOf(n) };
  // in a recommendations section (KIẾN NGHỊ) the bodies a heading names are asked
  const roles = ctx.role === 'recommendations' && !named.requested.length ? { ...named, lead: [], requested: named.lead } : named;
  setRoles(g, roles, ctx, named);
  ctx.inherited = (ctx.inherited ?? 0) + 1;
  (ctx.groupLeads ??= []).push(roles.lead.length ? roles.lead : []);
  groupMembers(g, kids, ctx, mode);
  ctx.groupLeads.pop();
  ctx.inherited--;
  return g;
}

/** A lead-in paragraph and the items after it: a group led by the lead-in's subject, the paragraph printed as its text. */
function leadInBlock(leadInNode: OutlineNode, items: readonly OutlineNode[], roles: NamedRoles, ctx: BodyContext): NonNullable<Extract<BlockInput, { tasks: unknown }>['tasks']> {
  const block = taskBlock(items, ctx, items[0] ? styleOf(items[0]) : undefined, roles);
  const g: TaskGroupInput = { text: leadInNode.line.text, showAttribution: false };
  setRoles(g, roles, ctx);
  if (block.groups) g.groups = block.groups;
  if (block.tasks) g.tasks = block.tasks;
  const out: NonNullable<Extract<BlockInput, { tasks: unknown }>['tasks']> = { layout: 'by-theme', attribution: block.attribution ?? 'parenthesis', groups: [g] };
  if (block.itemStyle) out.itemStyle = block.itemStyle;
  return out;
}

function buildTask(n: OutlineNode, ctx: BodyContext, mode: AttributionMode): Built {
  const text = n.line.text;
  const style = styleOf(n);
  const { fields, kids } = readFields(n);
  const hasFields = fields.lead.length + fields.requested.length > 0;
  // “(X chủ trì, phối hợp với Y thực hiện)” as the task's own paragraph: its lead and support.
  let paraAt = kids.findIndex((k) => paragraphAttribution(k));
  // in the middle of a heading's items, after a duty written as a paragraph: the parenthesis is that duty's, not the heading's
  if (paraAt > 0 && paraAt < kids.length - 1 && !kids[paraAt - 1]!.line.label && !kids[paraAt - 1]!.children.length && n.line.label && isHeading(n) && !paragraphAttribution(kids[paraAt - 1]!)) {
    kids[paraAt - 1]!.children.push(kids.splice(paraAt, 1)[0]!);
    paraAt = kids.findIndex((k) => paragraphAttribution(k));
  }
  const para = paraAt >= 0 && !hasFields ? { node: kids[paraAt]!, a: paragraphAttribution(kids[paraAt]!)! } : undefined;
  // A heading that names who leads (Công an tỉnh / Đề nghị X / a person …): a group of its items.
  const heading = n.line.label && kids.length && !hasFields ? headingRoles(text) : undefined;
  if (heading) return { group: headingGroup(n, heading, kids, ctx, mode) };
  const a = parseAttribution(text);
  const duties = !NOT_DUTIES.has(ctx.role);
  const inline = duties && !a && !hasFields && n.line.label ? inlineHeading(text) : undefined;
  const own = duties && !a && !hasFields && !inline ? sentenceRoles(text, (ctx.inherited ?? 0) > 0) : undefined;
  const tail = duties && !a && !hasFields && !inline && !own && !para ? closingParenthesis(kids) : undefined;
  if (!a && !own && !inline && !hasFields && isHeading(n) && kids.length && n.line.label) {
    const g: TaskGroupInput = { title: text, style };
    const stated = timeHeading(text, ctx.year);
    if (stated) (ctx.times ??= []).push(stated);
    const outerRole = ctx.role;
    const themeRole = roleOf(text);
    if (themeRole) ctx.role = themeRole;
    // “(X thực hiện)” among the group's paragraphs: the group's lead (the paragraph stays, printed as written)
    if (para?.a.lead.length) {
      const refs = (names: string[]) => {
        const list = [...new Set(names.map((x) => ctx.agencies.add(x)))];
        return list.length === 1 ? list[0]! : list;
      };
      g.lead = refs(para.a.lead);
      if (para.a.support.length) g.support = refs(para.a.support);
      ctx.inherited = (ctx.inherited ?? 0) + 1;
      // the last paragraph of the group: printed after the group's tasks from `attribution`
      if (mode === 'parenthesis-paragraph' && paraAt === kids.length - 1) {
        g.attribution = /^\((.*)\)\s*[.;]?$/u.exec(unemphasised(para.node.line.text))![1]!.trim();
        kids.splice(paraAt, 1);
      } else g.showAttribution = false;
    }
    const subs = kids.map((k) => buildTask(k, ctx, mode));
    spreadParagraphAttribution(subs, ctx);
    ctx.role = outerRole;
    if (stated) ctx.times!.pop();
    if (g.lead) ctx.inherited!--;
    if (subs.every((s) => s.group)) g.groups = subs.map((s) => s.group!);
    else g.tasks = subs.map((s) => s.task ?? groupAsTask(s.group!, ctx));
    return { group: g };
  }
  // A task (not a group): its attribution paragraph is printed from `attribution`.
  if (para && mode === 'parenthesis-paragraph') kids.splice(paraAt, 1);
  const t: TaskInput = { id: uniqueId(ctx, (a?.text ?? text).replace(/^(Tổ chức|Thực hiện|Tiếp tục|Triển khai)\s+/u, ''), 'nhiem-vu'), style };
  let printed = text;
  const ids = (names: string[]) => refsOf(names, ctx);
  if (hasFields || fields.support.length) {
    setRoles(t, fields, ctx);
    t.labels = fields.labels;
    if (fields.attribution) t.attribution = fields.attribution;
  } else if (para) {
    setRoles(t, { lead: para.a.lead, support: para.a.support, requested: [] }, ctx);
    FROM_PARAGRAPH.set(t, para.a);
    if (mode === 'parenthesis-paragraph') t.attribution = /^\((.*)\)\s*[.;]?$/u.exec(unemphasised(para.node.line.text))![1]!.trim();
    else t.showAttribution = false; // the paragraph stays among the task's words
  } else if (a) {
    setRoles(t, a, ctx);
    const own = (a.style === 'parenthesis' ? 'parenthesis' : 'inline') === mode && kids.length === 0;
    if (own && a.style === 'parenthesis') {
      printed = a.text;
      t.attribution = /\(([^()]*)\)\s*[.;]?\s*$/u.exec(text)![1]!.trim();
    } else if (own) {
      const names = [...a.support, ...a.requested];
      const split = inlinePhrase(text, names[names.length - 1] ?? a.lead[a.lead.length - 1]);
      if (split) {
        t.attribution = split.phrase;
        printed = split.rest;
      } else t.showAttribution = false;
    } else t.showAttribution = false;
  } else if (inline) {
    // “X: duty” — the heading printed as the task's title on the same line
    t.title = inline.title;
    t.inline = true;
    printed = inline.rest;
    setRoles(t, inline.roles, ctx);
    t.showAttribution = false;
  } else if (own) {
    setRoles(t, own, ctx);
    FROM_SUBJECT.add(t);
    t.showAttribution = false;
  } else if (tail) {
    // “- Duty …” and its next paragraph “… (X thực hiện).”: the parenthesis closing the duty's last paragraph
    setRoles(t, tail, ctx);
    t.showAttribution = false;
  }
  // partners named in the duty's own words (“… phối hợp với UBND các xã kiểm tra …”); a labelled layout names them in its lines
  if (mode !== 'labelled' && !hasFields && !fields.support.length) {
    const partners = partnerNames(printed);
    const known = new Set([...refList(t.support), ...refList(t.lead)]);
    const more = partners.map((x) => ctx.agencies.add(x)).filter((id) => !known.has(id));
    if (more.length) {
      t.support = [...new Set([...refList(t.support), ...more])];
      if (t.support.length === 1) t.support = t.support[0]!;
      if (t.attribution === undefined) t.showAttribution = false;
    }
  }
  // a recommendation (KIẾN NGHỊ) asks the bodies it names: they are asked, not directed
  if (ctx.role === 'recommendations' && t.lead && !t.requested) {
    t.requested = t.lead;
    delete t.lead;
  }
  // a body asked by the agency whose heading this duty stands under: that agency still leads it
  const groupLead = ctx.groupLeads?.[ctx.groupLeads.length - 1];
  if (t.requested && !t.lead && groupLead?.length) t.lead = ids(groupLead);
  if (printed) t.text = printed;
  const prose = fields.time ? {} : timeInText(text, ctx.year);
  const time = fields.time ? parseTime(fields.time, ctx.year) ?? { note: fields.time } : prose.time;
  if (time) t.time = fields.time ? time : { ...time };
  if (time && !fields.time && mode !== 'labelled') delete t.time?.note;
  if (t.time && Object.keys(t.time).length === 0) delete t.time;
  // the time a heading above states (“Năm 2021:”), for a duty that states none of its own
  const stated = ctx.times?.[ctx.times.length - 1];
  if (!t.time && !prose.unsure && stated) t.time = { ...stated };
  if (prose.unsure) ctx.unsure.addFor(t, 'text', prose.unsure, n.line.source);
  ctx.stats.tasks++;
  const inherits = (ctx.inherited ?? 0) > 0;
  if (t.lead || t.requested || t.support || inherits) ctx.stats.named++;
  if (t.lead || t.requested || inherits) ctx.stats.withLead++;
  if (t.time) ctx.stats.dated++;
  if (kids.length) {
    const leads = Boolean(t.lead || t.requested);
    if (leads) ctx.inherited = (ctx.inherited ?? 0) + 1;
    const subs = kids.map((k) => (k.line.label || k.children.length ? buildTask(k, ctx, mode) : { paragraph: k.line.text }));
    spreadParagraphAttribution(subs.filter((x): x is Built => !('paragraph' in x)), ctx);
    const tasks: TaskInput[] = [];
    for (const s of subs) {
      if ('paragraph' in s) {
        if (!tasks.length) t.text = [...(Array.isArray(t.text) ? t.text : t.text ? [t.text] : []), s.paragraph];
        else tasks.push({ id: uniqueId(ctx, s.paragraph, 'doan'), text: s.paragraph, style: 'plain' });
      } else tasks.push(s.task ?? groupAsTask(s.group!, ctx));
    }
    if (tasks.length) t.tasks = tasks;
    if (leads) ctx.inherited!--;
  }
  return { task: t };
}

/**
 * The numbered instructions of a công văn (`1. Công an xã rà soát …, hoàn thành trước ngày …`): when no
 * root at section level is a heading (none has items under a short title) and some name who does them,
 * they are not sections but the duties of one untitled section, numbered as the original numbers them.
 */
export function instructionsSection(roots: readonly OutlineNode[], ctx: BodyContext): SectionInput | undefined {
  if (!roots.length || roots.some((r) => !r.line.label || r.line.table || isHeading(r))) return undefined;
  if (!roots.some((r) => hasAttribution(r, ctx))) return undefined;
  const inner = buildBlocks(roots, ctx, false);
  return { ...(inner.itemStyle ? { itemStyle: inner.itemStyle } : {}), items: inner.items };
}

/** Sections of the body from the outline roots at section level. */
export function buildSection(n: OutlineNode, ctx: BodyContext): SectionInput {
  const title = n.line.text;
  const role = roleOf(title);
  const outer = ctx.role;
  ctx.role = role;
  // the items of a task section and of a schedule (tiến độ: activities by time) are duties
  const inner = buildBlocks(n.children, ctx, role === 'tasks' || role === 'schedule');
  ctx.role = outer;
  const s: SectionInput = { title };
  if (role) s.role = role;
  if (inner.itemStyle) s.itemStyle = inner.itemStyle;
  if (inner.items.length) s.items = inner.items;
  return s;
}
