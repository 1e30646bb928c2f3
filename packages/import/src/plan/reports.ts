/**
 * Reporting paragraphs as reporting data (issue 20, form 6): wherever the plan says who reports, to
 * whom and when — a clause of a duty (“…; thực hiện báo cáo kết quả về phòng Chính trị, tư tưởng trước
 * ngày 18/8/2020”), a paragraph of the reporting section (“Các đơn vị, địa phương báo cáo tình hình …
 * chậm nhất ngày 11/3/2022”), a closing paragraph (“Yêu cầu các sở … gửi báo cáo … trước 11h00 ngày
 * thứ 5 hằng tuần”) — a report period of the section's `facts.reporting`, with its reporters, receiver
 * and time (none when the words give no date: `định kỳ theo quy định`).
 */
import { findCitations, findSubject, readNameList, startsWithBody } from '@kehoach/nd30';
import type { AppendixInput, BlockInput, BodyEntryInput, ReportPeriodInput, SectionInput, TaskGroupInput, TaskInput, TimeInput } from '@kehoach/schema';
import { plausibleName, type AgencyTable } from '../recognise/agencies.js';
import { timeInText } from './time.js';

/** Where a report clause starts: a `;`, a sentence's end, or a report joined to the duty (`…, và báo cáo …`, `…; định kỳ tổng hợp, báo cáo …`). */
const CLAUSE = /;\s+|\.\s+(?=\p{Lu})|,?\s+và\s+(?=(?:gửi\s+)?báo cáo)|,\s+(?=(?:định kỳ\s+)?(?:tổng hợp,?\s+)?báo cáo)/u;

/** A clause that reports: `báo cáo` as what is done (not a cited `Báo cáo số 12/BC-…`, not `báo cáo viên`). */
const REPORTS = /(?<![\p{L}])báo cáo(?!\s+viên)(?![\p{L}])/iu;

/** The bodies asked or required to report: `đề nghị X …`, `yêu cầu X …`. */
const ASKED = /(?<![\p{L}])(?:đề nghị|yêu cầu)\s+/iu;

/** Words after which a report's receiver is named: `gửi (báo cáo) về X`, `báo cáo tình hình … về X`, `báo cáo cho X`. */
const TO = /(?<![\p{L}])(?:về|cho|lên)\s+/giu;

/** The receiver of a report clause: the first body named after `về`/`cho`/`lên` once the clause has said `báo cáo` or `gửi`. */
function receiverOf(clause: string): string | undefined {
  const from = clause.search(/(?<![\p{L}])(?:báo cáo|gửi)(?![\p{L}])/iu);
  if (from < 0) return undefined;
  for (const m of clause.slice(from).matchAll(TO)) {
    const after = clause.slice(from + m.index + m[0].length);
    if (startsWithBody(after)) return readNameList(after, { needPredicate: false })?.names[0]?.replace(/\s+về\s.*$/u, '');
  }
  return undefined;
}

/** The clauses of some words. */
function clauses(text: string): Array<{ words: string; at: number }> {
  const out: Array<{ words: string; at: number }> = [];
  let at = 0;
  for (const part of text.split(CLAUSE)) {
    const i = text.indexOf(part, at);
    out.push({ words: part, at: i < 0 ? at : i });
    at = (i < 0 ? at : i) + part.length;
  }
  return out;
}

/** A report said by some words: who reports (names), to whom, when, and the words. */
export interface FoundReport {
  reporters: string[];
  to?: string;
  time?: TimeInput;
  words: string;
}

/** Who is handed the work at the start of a duty (`Chỉ đạo Trung tâm Kiểm soát bệnh tật …`): they report what they do. */
function handedTo(text: string): string[] | undefined {
  const m = /^(?:Chỉ đạo|Giao)\s+/u.exec(text);
  return m ? readNameList(text.slice(m[0].length), { needPredicate: false })?.names : undefined;
}

/**
 * The reports some words state. `doers` are the names of whoever does the duty the words belong to
 * (reporters of a clause that names none); `isDuty` says the words are a duty's: a duty that is itself
 * a report (its first clause reports: “Báo cáo danh sách lớp về Phòng trước 20/8”) is the report, no
 * second one is made of it.
 */
export function reportsIn(text: string, doers: readonly string[], year: number | undefined, isDuty: boolean): FoundReport[] {
  const t = text.normalize('NFC').replace(/^\*+|\*+$/g, '');
  const cited = findCitations(t).filter((c) => c.type === 'Báo cáo').map((c) => c.index);
  const out: FoundReport[] = [];
  for (const c of clauses(t)) {
    const m = REPORTS.exec(c.words);
    if (!m || cited.includes(c.at + m.index)) continue;
    if (isDuty && c.at === 0) continue;
    // who reports: the bodies the sentence asks (“đề nghị X …”, “Yêu cầu X … gửi báo cáo”), the clause's own
    // subject, whoever the duty hands the work to, the duty's doers, or the subject of the paragraph
    const sentence = t.slice(Math.max(0, t.lastIndexOf('. ', c.at) + 1), c.at + c.words.length);
    const asked = ASKED.exec(sentence);
    const after = asked ? sentence.slice(asked.index + asked[0].length) : '';
    const askedNames = asked && startsWithBody(after) ? readNameList(after, { needPredicate: false })?.names : undefined;
    const reporters = askedNames ?? findSubject(c.words)?.lead ?? handedTo(t) ?? (doers.length ? [...doers] : findSubject(t)?.lead ?? []);
    if (!reporters.length) continue;
    const receiver = receiverOf(c.words);
    const time = timeInText(c.words, year).time;
    out.push({ reporters, ...(receiver ? { to: receiver } : {}), ...(time ? { time: withoutNote(time) } : {}), words: c.words.trim().replace(/[.;,]+$/u, '') });
  }
  return out;
}

const withoutNote = (t: TimeInput): TimeInput => {
  const { note: _n, ...rest } = t;
  return rest;
};

/** The names of some agency references (`byId`: the agencies declared, by id). */
const namesOf = (refs: string | string[] | undefined, byId: ReadonlyMap<string, string>): string[] => {
  const list = refs === undefined ? [] : Array.isArray(refs) ? refs : [refs];
  return list.map((id) => byId.get(id) ?? id);
};

const textOf = (t: string | string[] | undefined) => (t === undefined ? '' : Array.isArray(t) ? t.join(' ') : t);

/**
 * Adds the reports each section states to its `facts.reporting` (a period each, with its own
 * reporters, receiver and time), walking its paragraphs, items, tasks (with the lead they inherit) and
 * task tables (a row's output and time words too).
 */
export function recogniseReports(body: BodyEntryInput[], agencies: AgencyTable, ids: Set<string>, year: number | undefined, appendices: readonly AppendixInput[] = []): void {
  const all: SectionInput[] = body.flatMap((e) => ('part' in e ? e.sections : [e]));
  // an appendix has no facts of its own: the reports its tables state go to the implementation section (else the last)
  const home = all.find((s) => s.role === 'implementation') ?? all[all.length - 1];
  const sections: SectionInput[] = [...all, ...appendices.map((a) => ({ title: a.title, ...(a.items ? { items: a.items } : {}) }))];
  const byId = new Map(agencies.list().map((a) => [a.id, a.name]));
  for (const s of sections) {
    const found: FoundReport[] = [];
    const scan = (text: string, doers: string[], isDuty: boolean) => found.push(...reportsIn(text, doers, year, isDuty));
    const task = (t: TaskInput, inherited: string[]) => {
      const doers = t.lead || t.requested ? namesOf(t.lead ?? t.requested, byId) : inherited;
      scan(textOf(t.text), doers, true);
      for (const x of t.tasks ?? []) task(x, doers);
    };
    const group = (g: TaskGroupInput, inherited: string[]) => {
      const doers = g.lead || g.requested ? namesOf(g.lead ?? g.requested, byId) : inherited;
      for (const x of g.groups ?? []) group(x, doers);
      for (const x of g.tasks ?? []) task(x, doers);
    };
    const blocks = (items: readonly BlockInput[] | undefined) => {
      for (const b of items ?? []) {
        if (typeof b === 'string') scan(b, [], false);
        else if ('tasks' in b && b.tasks && !Array.isArray(b.tasks)) {
          for (const g of b.tasks.groups ?? []) group(g, []);
          for (const t of b.tasks.tasks ?? []) task(t, []);
        } else if ('table' in b) {
          for (const r of [...(b.table.rows ?? []), ...(b.table.groups ?? []).flatMap((g) => g.rows ?? [])]) {
            if (Array.isArray(r) || !('id' in r)) continue;
            const row = r as TaskInput;
            const doers = namesOf(row.lead, byId);
            for (const words of [row.output, row.time?.note]) if (words) scan(words, doers, false);
            for (const part of row.parts?.slice(1) ?? []) for (const words of [part.output, part.time?.note]) if (words) scan(words, part.lead ? namesOf(part.lead, byId) : doers, false);
          }
        } else {
          const item = b as { text?: string | string[]; items?: BlockInput[] };
          if (item.text) scan(textOf(item.text), [], false);
          blocks(item.items);
        }
      }
    };
    if (s.text) scan(textOf(s.text), [], false);
    blocks(s.items);
    const named = found.filter((f) => f.reporters.some(plausibleName));
    if (!named.length) continue;
    const periods: ReportPeriodInput[] = named.map((f) => {
      const reporters = [...new Set(f.reporters.filter(plausibleName).map((n) => agencies.add(n)))];
      let id = `bao-cao-${ids.size + 1}`;
      for (let n = 2; ids.has(id); n++) id = `bao-cao-${ids.size + n}`;
      ids.add(id);
      return {
        id,
        label: f.words.length > 120 ? `${f.words.slice(0, 117)}…` : f.words,
        reporters: reporters.length === 1 ? reporters[0]! : reporters,
        ...(f.to && plausibleName(f.to) ? { to: agencies.add(f.to) } : {}),
        ...(f.time ? { time: f.time } : {}),
      };
    });
    const target = all.includes(s) ? s : home;
    if (!target) continue;
    target.facts = { ...target.facts, reporting: { ...(target.facts?.reporting ?? {}), periods: [...(target.facts?.reporting?.periods ?? []), ...periods] } };
  }
}
