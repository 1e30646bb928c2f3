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

/** The days gold names (for telling a cited document's date from gold's own). */
function goldDays(d) {
  if (!d || typeof d !== 'object') return typeof d === 'string' ? [d] : [];
  return [d.date, d.from, d.to, d.by].filter(Boolean);
}

const WEEKDAYS = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0 };
const dayBefore = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/**
 * Whether the checklist's dates for a duty say what gold says: the day (or the day before for
 * “trước ngày”), the window's ends, the period's last day, the start, or the recurrence and its day
 * (and month, for a yearly one). A recurrence gold gives no day for (“hằng tháng”) is right only
 * when the checklist repeats it with no day either: a day made up is wrong.
 */
export function deadlineRight(gold, items) {
  const dated = items.filter((i) => i.due || i.start || i.window);
  if (!goldHasDate(gold)) return dated.length === 0;
  if (gold.every) {
    if (!items.length || items.some((i) => i.recurrence !== gold.every && !(i.kind === 'report' && i.recurrence))) return false;
    const occ = items.filter((i) => i.due);
    const dayless = gold.every === 'week' ? gold.weekday === undefined : gold.day === undefined;
    if (dayless) return occ.length === 0;
    if (!occ.length) return false;
    if (gold.every === 'week') return occ.every((i) => weekday(i.due) === WEEKDAYS[gold.weekday]);
    return occ.every((i) => {
      const day = Number(i.due.slice(8, 10));
      const month = Number(i.due.slice(5, 7));
      const dayOk = day === gold.day || (gold.before && day === gold.day - 1);
      return dayOk && (gold.month === undefined || gold.every !== 'year' || month === gold.month);
    });
  }
  if (!dated.length) return false;
  if (typeof gold === 'string') return dated.some((i) => i.due === gold);
  if (gold.date) return dated.some((i) => i.due === gold.date || (gold.before && i.due === dayBefore(gold.date)));
  if (gold.from && gold.to) return dated.some((i) => (i.window?.from ?? i.start) === gold.from && (i.window?.to ?? i.due) === gold.to);
  if (gold.by) return dated.some((i) => i.due === gold.by);
  if (gold.from) return dated.some((i) => (i.window?.from ?? i.start) === gold.from);
  return false;
}

const CITED_DATE = /(?:Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Công văn|Thông báo|Hướng dẫn|Chương trình|Đề án|Văn bản|Kết luận|Quy chế|Tờ trình)[^.;]{0,80}?ngày\s+(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(\d{4})/giu;

/** The dates of documents the text cites (“theo Nghị quyết 50/NQ-CP ngày 08/4/2022”): never deadlines. */
export function citedDates(text) {
  const out = new Set();
  for (const m of text.matchAll(CITED_DATE)) out.add(`${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`);
  return out;
}

/** The printed paragraphs of each task (its attribution composed in, a title printed inline), by its path. */
function printedTasks(plan) {
  const out = new Map();
  const walk = (n) => {
    if (n.task) out.set(n.task.path, [n.title && n.inline ? `${n.title}: ` : '', n.paragraphs.join(' ')].join(''));
    n.children.forEach(walk);
  };
  plan.sections.forEach(walk);
  for (const a of plan.appendices) a.items.forEach(walk);
  return out;
}

/** The input object a JSON pointer designates. */
function at(root, pointer) {
  return pointer.split('/').slice(1).reduce((o, k) => (o === undefined ? undefined : o[k.replace(/~1/g, '/').replace(/~0/g, '~')]), root);
}

/**
 * The imported plan's duties, as gold-format.md counts them: every task, and every further row of a
 * task split over table rows (`parts`: a row with its own output, time and, when the row says so, its
 * own agencies). Each with the words it may be matched by (its own text; its printed text; for a row,
 * its text and output), the words a report it holds may be found in (those, and a row's output and
 * time cells), its agencies by name, its checklist items and whether it stands in an appendix.
 */
export function importedDuties(plan, checklistItems) {
  const printed = printedTasks(plan);
  const names = (list) => list.map((a) => a.name);
  const refs = (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map((id) => plan.agencies[id]?.name ?? id));
  const bySource = new Map();
  for (const i of checklistItems) if (i.kind === 'task') (bySource.get(i.source) ?? bySource.set(i.source, []).get(i.source)).push(i);
  const out = [];
  for (const t of plan.tasks) {
    const items = bySource.get(t.path) ?? [];
    const partOf = (k) => (i) => (k === 0 ? !i.id.includes(`/${t.id}/phan-`) : i.id.includes(`/${t.id}/phan-${k + 1}/`));
    const appendix = t.path.startsWith('/appendices');
    const own = [t.text.join(' '), printed.get(t.path) ?? ''].filter(Boolean);
    // a row's words: its text, and its output and time cells (a report may be named there: “Sản phẩm: Báo cáo kết quả …”)
    const cells = [t.output, t.time?.note].filter(Boolean);
    out.push({ task: t, part: 0, texts: own, words: [...own, ...cells], lead: names(t.lead), support: names(t.support), requested: names(t.requested), items: t.parts ? items.filter(partOf(0)) : items, appendix });
    const input = t.parts ? at(plan.input, t.path) : undefined;
    (t.parts ?? []).forEach((p, k) => {
      if (k === 0) return;
      const pi = input?.parts?.[k] ?? {};
      out.push({
        task: t, part: k, texts: [pi.text, p.output].filter(Boolean), words: [pi.text, p.output, p.time?.note].filter(Boolean),
        lead: refs(pi.lead) ?? names(t.lead), support: refs(pi.support) ?? names(t.support), requested: refs(pi.requested) ?? names(t.requested),
        items: items.filter(partOf(k)), appendix,
      });
    });
  }
  return out;
}

/**
 * The imported duty a gold duty starts like, among those not yet taken: its words start the same
 * (normalised). When several do (a body item restated by an appendix row), the one standing where
 * gold's `at` says — in an appendix (`PL …`) or in the body — comes first.
 */
function findDuty(duties, g, taken) {
  const want = matchKey(g.starts);
  if (!want) return undefined;
  const hits = duties.filter((d) => !taken.has(d) && d.texts.some((x) => matchKey(x).startsWith(want)));
  const inAppendix = /^\s*PL\b/.test(String(g.at ?? ''));
  return hits.find((d) => d.appendix === inAppendix) ?? hits[0];
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
 *
 * Who must do a duty is its lead and the bodies it asks (“đề nghị”): lead right compares that set,
 * and the asked bodies on their own. A duty's dates that are a cited document's dates (and not gold's)
 * are invented, whatever gold says; so are any dates where gold has none.
 */
export function scoreImport(plan, gold) {
  const { checklist } = deriveChecklist(plan);
  const duties = importedDuties(plan, checklist.items);
  const s = { duties: gold.tasks.length, found: 0, withLead: 0, leadRight: 0, withSupport: 0, supportRight: 0, withDate: 0, deadlineRight: 0, reports: gold.reports.length, reportsRight: 0, invented: 0, headerFields: 0, headerRight: 0, misses: [] };
  const taken = new Set();
  const miss = (what, g, detail) => s.misses.push(`${what} ${g.at ?? ''} “${g.starts}”${detail ? `: ${detail}` : ''}`);
  const show = (lead, requested) => JSON.stringify([...lead, ...requested.filter((n) => !lead.includes(n)).map((n) => `đề nghị ${n}`)]);
  for (const g of gold.tasks) {
    const lead = g.lead ?? [];
    const requested = g.requested ?? [];
    const support = g.support ?? [];
    const doers = [...lead, ...requested];
    if (doers.length) s.withLead++;
    if (support.length) s.withSupport++;
    if (goldHasDate(g.deadline)) s.withDate++;
    const d = findDuty(duties, g, taken);
    if (!d) {
      miss('not found', g);
      continue;
    }
    taken.add(d);
    s.found++;
    if (doers.length) {
      if (sameNames(doers, [...d.lead, ...d.requested]) && sameNames(requested, d.requested)) s.leadRight++;
      else miss('lead', g, `${show(d.lead, d.requested)} ≠ ${show(lead, requested)}`);
    }
    if (support.length) {
      if (sameNames(support, d.support)) s.supportRight++;
      else miss('support', g, `${JSON.stringify(d.support)} ≠ ${JSON.stringify(support)}`);
    }
    const right = deadlineRight(g.deadline, d.items);
    const dates = [...new Set(d.items.flatMap((i) => [i.start, i.due]).filter(Boolean))];
    const cited = citedDates(d.texts.join(' '));
    const own = new Set(goldDays(g.deadline));
    if (goldHasDate(g.deadline)) {
      if (right) s.deadlineRight++;
      else miss('deadline', g, `${JSON.stringify(dates.slice(0, 4))} ≠ ${JSON.stringify(g.deadline)}`);
    }
    if (!goldHasDate(g.deadline) && dates.length) {
      s.invented++;
      miss('invented date', g, JSON.stringify(dates.slice(0, 4)));
    } else if (dates.some((x) => cited.has(x) && !own.has(x))) {
      s.invented++;
      miss('invented date (a cited document’s)', g, JSON.stringify(dates.filter((x) => cited.has(x))));
    }
  }
  const takenPeriods = new Set();
  for (const r of gold.reports) {
    const reporters = r.reporters ?? [];
    const want = matchKey(r.starts);
    // reporting data: a period whose reporters are gold's, its report items dated as gold says (each period once)
    const period = plan.implementation.reporting.find((p) => !takenPeriods.has(p) && sameNames(reporters, p.reporters.map((a) => a.name)) && deadlineRight(r.deadline, checklist.items.filter((i) => i.kind === 'report' && i.source === p.path)));
    // or the duty whose words hold the report's, done by the reporters, dated as gold says
    const duty = duties.find((d) => d.words.some((x) => matchKey(x).includes(want)) && sameNames(reporters, [...d.lead, ...d.requested]) && deadlineRight(r.deadline, d.items));
    if (period) takenPeriods.add(period);
    if (period || duty) s.reportsRight++;
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
