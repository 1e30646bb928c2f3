// Scores an imported plan against a gold file read by a person (../shared/docs/gold-format.md):
// which duties were found, whether each carries the right lead, support and deadline as data, the
// reporting duties, dates invented, and the header fields. Used by `pnpm corpus`; the same scoring
// applies to plans kept outside the team.
import { parse } from 'yaml';
import { deriveChecklist } from 'kehoach';
import { agencyKey, canonicalSpelling } from '../dist/recognise/agency-names.js';

/** Text compared for matching: plain, NFC, one tone placement, lower case, no quotes or marks, single spaces. */
export function matchKey(s) {
  return canonicalSpelling(String(s ?? ''))
    .replace(/[*_`]/g, '')
    .replace(/[“”"'‘’«»]/g, '')
    .replace(/\s*([,.;:!?()])\s*/g, '$1 ')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A body's name compared: abbreviations expanded, canonical spelling, lower case (the importer's own key). */
const nameKey = (s) => agencyKey(String(s)).replace(/\s*\(.*\)\s*$/, '').trim();
const nameSet = (list) => [...new Set((list ?? []).map(nameKey))].sort();
const sameNames = (a, b) => JSON.stringify(nameSet(a)) === JSON.stringify(nameSet(b));

/** The gold file: document, tasks, reports. */
export function readGold(text) {
  const g = parse(text);
  return { document: g.document ?? {}, tasks: g.tasks ?? [], reports: g.reports ?? [] };
}

/** Whether a gold deadline states a date (a day, a window, a period end, a start, a recurrence). */
export function goldHasDate(d) {
  if (d === null || d === undefined) return false;
  if (typeof d === 'string') return true;
  return d.date !== undefined || d.from !== undefined || d.to !== undefined || d.by !== undefined || d.every !== undefined;
}

const WEEKDAYS = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0 };
const dayBefore = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/**
 * Whether the checklist's dates for a duty say what gold says: the day (or the day before for
 * “trước ngày”), the window's ends, the period's last day, the start, or the recurrence and its day.
 */
export function deadlineRight(gold, items) {
  const dated = items.filter((i) => i.due || i.start || i.window);
  if (!goldHasDate(gold)) return dated.length === 0;
  if (!dated.length) return false;
  if (typeof gold === 'string') return dated.some((i) => i.due === gold);
  if (gold.every) {
    const occ = items.filter((i) => i.due);
    if (!occ.length || items.some((i) => i.recurrence === null)) return false;
    if (gold.every === 'week') return gold.weekday === undefined || occ.every((i) => weekday(i.due) === WEEKDAYS[gold.weekday]);
    if (gold.day === undefined) return true;
    return occ.every((i) => {
      const day = Number(i.due.slice(8, 10));
      return day === gold.day || (gold.before && day === gold.day - 1);
    });
  }
  if (gold.date) return dated.some((i) => i.due === gold.date || (gold.before && i.due === dayBefore(gold.date)));
  if (gold.from && gold.to) return dated.some((i) => (i.window?.from ?? i.start) === gold.from && (i.window?.to ?? i.due) === gold.to);
  if (gold.by) return dated.some((i) => i.due === gold.by);
  if (gold.from) return dated.some((i) => (i.window?.from ?? i.start) === gold.from);
  return false;
}

const CITED_DATE = /(?:Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Công văn|Thông báo|Hướng dẫn|Chương trình|Đề án|Văn bản)[^.;]{0,80}?ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/giu;

/** The dates of documents the text cites (“theo Nghị quyết 50/NQ-CP ngày 08/4/2022”): never deadlines. */
export function citedDates(text) {
  const out = new Set();
  for (const m of text.matchAll(CITED_DATE)) out.add(`${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`);
  return out;
}

/** The imported task a gold duty starts like, among those not yet taken. */
function findTask(plan, starts, taken) {
  const want = matchKey(starts);
  if (!want) return undefined;
  return plan.tasks.find((t) => !taken.has(t) && matchKey(t.text.join(' ')).startsWith(want));
}

/** Header fields: kind, issuer, number, symbol, date, title, signer name, Nơi nhận entries, appendices. */
export function headerFields(plan, gold) {
  const d = gold.document;
  const imported = {
    kind: plan.kind,
    issuer: matchKey(plan.issuer.name),
    number: plan.number === undefined ? null : String(plan.number),
    symbol: plan.symbol.replace(/\s+/g, ''),
    date: plan.date ?? (plan.draftDate ? (plan.draftDate.month ? `${plan.draftDate.year}-${String(plan.draftDate.month).padStart(2, '0')}` : String(plan.draftDate.year)) : null),
    title: matchKey(plan.title),
    signer: matchKey(plan.signatures[0]?.name ?? ''),
    recipients: plan.recipients ? plan.recipients.to.length + (plan.recipients.archive ? 1 : 0) : null,
    appendices: plan.appendices.length,
  };
  const expected = {
    kind: d.kind,
    issuer: matchKey(d.issuer),
    number: d.number === null || d.number === undefined ? null : String(d.number),
    symbol: d.symbol ? String(d.symbol).replace(/\s+/g, '') : d.symbol,
    date: d.date ?? null,
    title: matchKey(d.title),
    signer: matchKey(d.signer?.name ?? ''),
    recipients: d.recipients ?? null,
    appendices: d.appendices ?? 0,
  };
  return Object.keys(expected).map((k) => ({ field: k, right: imported[k] === expected[k], imported: imported[k], expected: expected[k] }));
}

/**
 * Scores one imported plan against its gold. Counts: duties (gold), found, with a lead / lead right,
 * with support / support right, with a date / deadline right, reports / right, invented dates,
 * header fields / right; `misses` lists each miss for `--verbose`.
 */
export function scoreImport(plan, gold) {
  const { checklist } = deriveChecklist(plan);
  const bySource = new Map();
  for (const i of checklist.items) if (i.kind === 'task') (bySource.get(i.source) ?? bySource.set(i.source, []).get(i.source)).push(i);
  const s = { duties: gold.tasks.length, found: 0, withLead: 0, leadRight: 0, withSupport: 0, supportRight: 0, withDate: 0, deadlineRight: 0, reports: gold.reports.length, reportsRight: 0, invented: 0, headerFields: 0, headerRight: 0, misses: [] };
  const taken = new Set();
  const miss = (what, g, detail) => s.misses.push(`${what} ${g.at ?? ''} “${g.starts}”${detail ? `: ${detail}` : ''}`);
  for (const g of gold.tasks) {
    const lead = g.lead ?? [];
    const support = g.support ?? [];
    if (lead.length || (g.requested ?? []).length) s.withLead++;
    if (support.length) s.withSupport++;
    if (goldHasDate(g.deadline)) s.withDate++;
    const t = findTask(plan, g.starts, taken);
    if (!t) {
      miss('not found', g);
      continue;
    }
    taken.add(t);
    s.found++;
    const names = (list) => list.map((a) => a.name);
    if (lead.length || (g.requested ?? []).length) {
      const right = sameNames(lead, names(t.lead)) && sameNames(g.requested ?? [], names(t.requested));
      if (right) s.leadRight++;
      else miss('lead', g, `${JSON.stringify([...names(t.lead), ...names(t.requested).map((n) => `đề nghị ${n}`)])} ≠ ${JSON.stringify([...lead, ...(g.requested ?? []).map((n) => `đề nghị ${n}`)])}`);
    }
    if (support.length) {
      if (sameNames(support, names(t.support))) s.supportRight++;
      else miss('support', g, `${JSON.stringify(names(t.support))} ≠ ${JSON.stringify(support)}`);
    }
    const items = bySource.get(t.path) ?? [];
    const right = deadlineRight(g.deadline, items);
    const dates = items.flatMap((i) => [i.start, i.due]).filter(Boolean);
    const cited = citedDates(t.text.join(' '));
    if (goldHasDate(g.deadline)) {
      if (right) s.deadlineRight++;
      else {
        miss('deadline', g, `${JSON.stringify([...new Set(dates)].slice(0, 4))} ≠ ${JSON.stringify(g.deadline)}`);
        if (dates.some((d) => cited.has(d))) s.invented++;
      }
    } else if (dates.length) {
      s.invented++;
      miss('invented date', g, JSON.stringify([...new Set(dates)].slice(0, 4)));
    }
  }
  for (const r of gold.reports) {
    const reporters = r.reporters ?? [];
    const periods = plan.implementation.reporting.filter((p) => sameNames(reporters, p.reporters.map((a) => a.name)));
    const reportItems = checklist.items.filter((i) => i.kind === 'report' && periods.some((p) => i.source === p.path));
    const asTask = findTask(plan, r.starts, new Set());
    const taskOk = asTask && sameNames(reporters, asTask.lead.map((a) => a.name)) && deadlineRight(r.deadline, bySource.get(asTask.path) ?? []);
    const periodOk = periods.length > 0 && deadlineRight(r.deadline, reportItems);
    if (taskOk || periodOk) s.reportsRight++;
    else miss('report', { starts: r.starts }, `${JSON.stringify(reporters)} ${JSON.stringify(r.deadline)}`);
  }
  const fields = headerFields(plan, gold);
  s.headerFields = fields.length;
  s.headerRight = fields.filter((f) => f.right).length;
  for (const f of fields.filter((x) => !x.right)) s.misses.push(`header ${f.field}: ${JSON.stringify(f.imported)} ≠ ${JSON.stringify(f.expected)}`);
  return s;
}

/** `a/b (p %)`, or `–` when there is nothing to count. */
export function ratio(a, b) {
  return b ? `${a}/${b} (${((100 * a) / b).toFixed(0)} %)` : '–';
}
