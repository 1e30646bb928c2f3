import type { BlockInput, ItemInput, ItemStyleInput, RoleInput, SectionInput, TaskGroupInput, TaskInput } from '@kehoach/schema';
import { AgencyTable, HEAD, splitAgencies } from '../recognise/agencies.js';
import { parseAttribution, parseLabelledLine } from '../recognise/attribution.js';
import { tableBlock } from './task-table.js';
import type { LabelKind } from './labels.js';
import type { OutlineNode } from './outline.js';
import { parseTime, timeInText } from './time.js';
import type { UnsureList } from './unsure.js';
import { slugify } from '@kehoach/core';

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
}

const STYLE: Record<LabelKind, ItemStyleInput> = { part: 'number', roman: 'number', number: 'number', sub: 'subnumber', letter: 'letter', dash: 'dash', plus: 'plus', star: 'dash' };
const styleOf = (n: OutlineNode): ItemStyleInput => (n.line.label ? STYLE[n.line.label.kind] : 'plain');

const ROLES: [RegExp, RoleInput][] = [
  [/tổ chức thực hiện|trách nhiệm thực hiện/iu, 'implementation'],
  [/kinh phí/iu, 'funding'],
  [/chế độ báo cáo|thông tin,? báo cáo/iu, 'reporting'],
  [/nhiệm vụ|giải pháp|nội dung|phân công|hoạt động/iu, 'tasks'],
  [/mục đích|mục tiêu|yêu cầu|chỉ tiêu/iu, 'goals'],
  [/tình hình|kết quả|đánh giá/iu, 'situation'],
  [/khen thưởng|thi đua/iu, 'rewards'],
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

function hasAttribution(n: OutlineNode): boolean {
  if (n.line.text && (parseAttribution(n.line.text) || parseLabelledLine(n.line.text))) return true;
  if (n.line.label && agencyHeading(n.line.text)) return n.children.length > 0;
  return n.children.some(hasAttribution);
}

/** `Bà Lê Thị Thu, Hiệu trưởng, Trưởng ban`: a named person heading a group (school plans). */
const PERSON = /^(?:Bà|Ông|Đồng chí|Đ\/c|Thầy|Cô)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})(?:\s*[,–-]\s*([^,]{2,60}))?(?:\s*,\s*([^,]{2,60}))?$/u;

/** Declares the person of a heading (kind ca-nhan, with the position and role written after the name); the id. */
function personAgency(text: string, ctx: BodyContext): string | undefined {
  const m = PERSON.exec(text.replace(/[:.]$/, '').trim());
  if (!m) return undefined;
  return ctx.agencies.add(m[1]!, { kind: 'ca-nhan', ...(m[2] ? { position: m[2].trim() } : {}), ...(m[3] ? { role: m[3].trim() } : {}) });
}

/** `Công an tỉnh:` / `Sở Tư pháp` / `Bà Lê Thị Thu, Hiệu trưởng` as a group heading of a by-agency layout. */
function agencyHeading(text: string): string | undefined {
  const t = text.replace(/[:.]$/, '').trim();
  if (PERSON.test(t)) return t;
  if (!HEAD.test(t) || t.split(' ').length > 18 || /chủ trì|thực hiện|tổ chức|triển khai|tăng cường|phối hợp|\(/u.test(t)) return undefined;
  return t;
}

/** Blocks of a container from its outline children: paragraphs, items, task blocks, tables. */
export function buildBlocks(children: readonly OutlineNode[], ctx: BodyContext, inTasks: boolean): { items: BlockInput[]; itemStyle?: ItemStyleInput } {
  const items: BlockInput[] = [];
  const labelled = children.filter((c) => c.line.label);
  const itemStyle = labelled.length ? styleOf(labelled[0]!) : undefined;
  let run: OutlineNode[] = [];
  const flush = () => {
    if (run.length) items.push({ tasks: taskBlock(run, ctx, itemStyle) });
    run = [];
  };
  for (const c of children) {
    if (c.line.table) {
      flush();
      items.push(tableBlock(c.line.table, ctx));
      continue;
    }
    // a task cannot hold a table: an item with a table among its paragraphs stays an item
    if ((inTasks || hasAttribution(c)) && c.line.label && !c.children.some((k) => k.line.table)) {
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
  const inner = buildBlocks(n.children, ctx, false);
  const item: ItemInput = isHeading(n) ? { title: n.line.text } : { text: n.line.text };
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

function taskBlock(nodes: readonly OutlineNode[], ctx: BodyContext, itemStyle: ItemStyleInput | undefined): NonNullable<Extract<BlockInput, { tasks: unknown }>['tasks']> {
  // Majority attribution style among the block's tasks.
  const count = { parenthesis: 0, inline: 0, labelled: 0, paragraph: 0 };
  const visit = (n: OutlineNode) => {
    const a = n.line.text ? parseAttribution(n.line.text) : undefined;
    if (paragraphAttribution(n)) count.paragraph++;
    else if (a?.style === 'parenthesis') count.parenthesis++;
    else if (a && a.style !== 'assigned') count.inline++;
    if (parseLabelledLine(n.line.text)) count.labelled++;
    n.children.forEach(visit);
  };
  nodes.forEach(visit);
  const mode: AttributionMode =
    count.labelled > 0 && count.labelled >= count.parenthesis ? 'labelled'
    : count.paragraph > count.parenthesis && count.paragraph >= count.inline ? 'parenthesis-paragraph'
    : count.inline > count.parenthesis ? 'inline' : 'parenthesis';
  let byAgency = 0;
  const built = nodes.map((n) => {
    if (n.line.label && agencyHeading(n.line.text) && n.children.length) byAgency++;
    return buildTask(n, ctx, mode);
  });
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

function paragraphAttribution(n: OutlineNode) {
  const text = unemphasised(n.line.text); // printed in italics: *(… thực hiện)*
  if (n.line.label || n.children.length || !/^\(.*\)\s*[.;]?$/u.test(text)) return undefined;
  const a = parseAttribution(text);
  return a?.style === 'parenthesis' && !a.text.replace(/[.;]/g, '').trim() ? a : undefined;
}

function buildTask(n: OutlineNode, ctx: BodyContext, mode: AttributionMode): Built {
  const text = n.line.text;
  const style = styleOf(n);
  // Labelled lines among the children set fields of this task.
  const fields: { lead: string[]; support: string[]; time?: string; labels: Record<string, string> } = { lead: [], support: [], labels: {} };
  const kids: OutlineNode[] = [];
  for (const c of n.children) {
    const l = c.children.length ? undefined : parseLabelledLine(c.line.text);
    if (l && mode === 'labelled') {
      const label = /^(.*?)\s*:/.exec(c.line.text)![1]!;
      if (l.field === 'time') {
        fields.time = l.value;
        fields.labels.time = label;
      } else {
        fields[l.field].push(...splitAgencies(l.value));
        fields.labels[l.field] = label;
      }
    } else kids.push(c);
  }
  // “(X chủ trì, phối hợp với Y thực hiện)” as the task's own paragraph: its lead and support.
  const paraAt = kids.findIndex((k) => paragraphAttribution(k));
  const para = paraAt >= 0 && !fields.lead.length ? { node: kids[paraAt]!, a: paragraphAttribution(kids[paraAt]!)! } : undefined;
  const heading = n.line.label ? agencyHeading(text) : undefined;
  if (heading && kids.length && !fields.lead.length) {
    const g: TaskGroupInput = { title: text, lead: personAgency(heading, ctx) ?? ctx.agencies.add(heading), showAttribution: false, style };
    ctx.inherited = (ctx.inherited ?? 0) + 1;
    const subs = kids.map((k) => buildTask(k, ctx, mode));
    ctx.inherited--;
    if (subs.every((s) => s.group)) g.groups = subs.map((s) => s.group!);
    else g.tasks = subs.map((s) => s.task ?? groupAsTask(s.group!, ctx));
    return { group: g };
  }
  const a = parseAttribution(text);
  // “Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh” heading its tasks: a group of requested bodies
  if (a?.style === 'requested' && !fields.lead.length && isHeading(n) && kids.length && n.line.label && /^Đề nghị\s+[^:]*:?$/u.test(text) && a.requested.join(', ').length >= text.replace(/^Đề nghị\s+|:$/gu, '').length - 2) {
    const g: TaskGroupInput = { title: text, requested: [...new Set(a.requested.map((x) => ctx.agencies.add(x)))], showAttribution: false, style };
    ctx.inherited = (ctx.inherited ?? 0) + 1;
    const subs = kids.map((k) => buildTask(k, ctx, mode));
    ctx.inherited--;
    if (subs.every((x) => x.group)) g.groups = subs.map((x) => x.group!);
    else g.tasks = subs.map((x) => x.task ?? groupAsTask(x.group!, ctx));
    return { group: g };
  }
  if (!a && !fields.lead.length && isHeading(n) && kids.length && n.line.label) {
    const g: TaskGroupInput = { title: text, style };
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
    if (g.lead) ctx.inherited!--;
    if (subs.every((s) => s.group)) g.groups = subs.map((s) => s.group!);
    else g.tasks = subs.map((s) => s.task ?? groupAsTask(s.group!, ctx));
    return { group: g };
  }
  // A task (not a group): its attribution paragraph is printed from `attribution`.
  if (para && mode === 'parenthesis-paragraph') kids.splice(paraAt, 1);
  const t: TaskInput = { id: uniqueId(ctx, (a?.text ?? text).replace(/^(Tổ chức|Thực hiện|Tiếp tục|Triển khai)\s+/u, ''), 'nhiem-vu'), style };
  let printed = text;
  const ids = (names: string[]) => {
    const list = [...new Set(names.map((x) => ctx.agencies.add(x)))];
    return list.length === 1 ? list[0]! : list;
  };
  if (fields.lead.length || fields.support.length) {
    if (fields.lead.length) t.lead = ids(fields.lead);
    if (fields.support.length) t.support = ids(fields.support);
    t.labels = fields.labels;
  } else if (para) {
    if (para.a.lead.length) t.lead = ids(para.a.lead);
    if (para.a.support.length) t.support = ids(para.a.support);
    if (mode === 'parenthesis-paragraph') t.attribution = /^\((.*)\)\s*[.;]?$/u.exec(unemphasised(para.node.line.text))![1]!.trim();
    else t.showAttribution = false; // the paragraph stays among the task's words
  } else if (a) {
    if (a.lead.length) t.lead = ids(a.lead);
    if (a.support.length) t.support = ids(a.support);
    if (a.requested.length) t.requested = ids(a.requested);
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
  }
  if (printed) t.text = printed;
  const time = fields.time ? parseTime(fields.time, ctx.year) ?? { note: fields.time } : timeInText(text, ctx.year);
  if (time) t.time = fields.time ? time : { ...time };
  if (time && !fields.time && mode !== 'labelled') delete t.time?.note;
  if (t.time && Object.keys(t.time).length === 0) delete t.time;
  ctx.stats.tasks++;
  const inherits = (ctx.inherited ?? 0) > 0;
  if (t.lead || t.requested || t.support || inherits) ctx.stats.named++;
  if (t.lead || t.requested || inherits) ctx.stats.withLead++;
  if (t.time) ctx.stats.dated++;
  if (kids.length) {
    const leads = Boolean(t.lead || t.requested);
    if (leads) ctx.inherited = (ctx.inherited ?? 0) + 1;
    const subs = kids.map((k) => (k.line.label || k.children.length ? buildTask(k, ctx, mode) : { paragraph: k.line.text }));
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

/** Sections of the body from the outline roots at section level. */
export function buildSection(n: OutlineNode, ctx: BodyContext): SectionInput {
  const title = n.line.text;
  const role = roleOf(title);
  const inner = buildBlocks(n.children, ctx, role === 'tasks');
  const s: SectionInput = { title };
  if (role) s.role = role;
  if (inner.itemStyle) s.itemStyle = inner.itemStyle;
  if (inner.items.length) s.items = inner.items;
  return s;
}
