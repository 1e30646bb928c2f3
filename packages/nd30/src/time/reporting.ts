import type { DayMonthInput, TimeInput } from '@kehoach/schema';
import { joinNames, splitNames } from '../attribution/names.js';
import { nameKey } from '../attribution/name-match.js';
import { isRealDate } from '../dates/calendar.js';
import { formatTime } from './format-time.js';
import { parseTime } from './rules.js';
import { lowerFirst } from './words.js';

/** One report of a reporting duty: its label (`6 tháng`, `năm`), due day, data window, or a recurring time. */
export interface ReportWords {
  label?: string;
  due?: DayMonthInput;
  window?: { from: DayMonthInput; to: DayMonthInput };
  /** A recurring report time (`trước ngày 25 hằng tháng`), instead of `due`. */
  time?: TimeInput;
}

/** A reporting duty as a sentence says it: who reports, to whom (through whom), which reports when. */
export interface ReportingWords {
  reporters: readonly string[];
  to?: string;
  via?: string;
  reports: readonly ReportWords[];
}

/**
 * Which year a day and month without a year of its own belong to: the plan's one year (`15/6/2026`),
 * every year of a plan of several (`15/6 hằng năm`), or none known (`15/6`).
 */
export type ReportYears = { year: number } | { everyYear: true } | Record<string, never>;

/** Who reports when a duty names nobody. */
export const ANY_REPORTER = 'Các cơ quan, đơn vị';

const monthWords = (m: number) => (m < 3 ? String(m).padStart(2, '0') : String(m));
const dm = (d: DayMonthInput) => `${String(d.day).padStart(2, '0')}/${monthWords(d.month)}`;

/** A day and month in words: `15/6/2026`, `15/12 năm trước`, `15/6` (with `hằng năm` the caller's to add). */
function dayMonthWords(d: DayMonthInput, years: ReportYears): string {
  if (d.year !== undefined) return `${dm(d)}/${d.year}`;
  if (d.previousYear) return 'year' in years ? `${dm(d)}/${years.year - 1}` : `${dm(d)} năm trước`;
  return 'year' in years ? `${dm(d)}/${years.year}` : dm(d);
}

/**
 * A report's due day in words: `trước ngày 15/6/2026` (a plan of one year), `trước ngày 15/6 hằng năm`
 * (of several), `chậm nhất ngày 15/12 năm trước` (`before: false`; a day of the year before).
 */
export function formatReportDue(d: DayMonthInput, years: ReportYears): string {
  const kind = d.before === false ? 'chậm nhất ngày' : 'trước ngày';
  const yearly = 'everyYear' in years && d.year === undefined ? ' hằng năm' : '';
  return `${kind} ${dayMonthWords(d, years)}${yearly}`;
}

/** The words of one report: its label, when it is due and the data window it covers. */
function reportParts(r: ReportWords, years: ReportYears): { label: string; when: string } {
  const due = r.time ? lowerFirst(formatTime(r.time)) : r.due ? formatReportDue(r.due, years) : '';
  // “tháng” says nothing “trước ngày 25 hằng tháng” does not: a recurring report is named by its time.
  const label = r.label && !(r.time && nameKey(due).includes(nameKey(r.label))) ? lowerFirst(r.label) : '';
  const window = r.window ? ` (số liệu từ ngày ${dayMonthWords(r.window.from, years)} đến ngày ${dayMonthWords(r.window.to, years)})` : '';
  return { label, when: due + window };
}

/**
 * A reporting duty as the sentence of the reporting section (Nghị định 30 wording):
 * `Các cơ quan, đơn vị báo cáo kết quả thực hiện 6 tháng về Công an tỉnh trước ngày 15/6 hằng năm.`;
 * several reports after a colon, `; ` between them: `Công an xã, Văn phòng xã báo cáo kết quả thực hiện
 * về Ủy ban nhân dân xã (qua Văn phòng xã): 6 tháng trước ngày 15/6/2026; năm trước ngày 15/12/2026.`
 * A report whose label names it (`Báo cáo tiến độ`) is what is reported: `Văn phòng xã báo cáo tiến độ về
 * Ủy ban nhân dân xã thứ Năm hằng tuần, trước 11 giờ 00.` Nobody named: {@link ANY_REPORTER}.
 * {@link parseReporting} reads it back (such a label as `Báo cáo …`).
 */
export function formatReporting(w: ReportingWords, years: ReportYears = {}): string {
  const who = w.reporters.length ? joinNames(w.reporters) : ANY_REPORTER;
  const to = w.to ? ` về ${w.to}${w.via ? ` (qua ${w.via})` : ''}` : '';
  if (w.reports.length === 1) {
    const { label, when } = reportParts(w.reports[0]!, years);
    // A report named as one (`Báo cáo tiến độ`) is what is reported: `X báo cáo tiến độ về …`.
    const own = OWN_NAME.exec(label);
    const what = own ? own[1]! : `kết quả thực hiện${label ? ` ${label}` : ''}`;
    return `${who} báo cáo ${what}${to}${when ? ` ${when}` : ''}.`;
  }
  const list = w.reports.map((r) => reportParts(r, years)).map((p) => [p.label, p.when].filter(Boolean).join(' '));
  return `${who} báo cáo kết quả thực hiện${to}: ${list.join('; ')}.`;
}

/** A report's label that names it as a report (`Báo cáo tiến độ`): the words after `báo cáo`. */
const OWN_NAME = /^báo cáo\s+(.+)$/iu;

/** The words a report's time starts with, lower case as the sentence prints them. */
const WHEN = '(?=trước |chậm nhất |ngày |hằng |hàng |thứ |chủ nhật|6 tháng một lần)';
const REPORTING = new RegExp(`^(?<who>.+?) báo cáo (?:kết quả thực hiện(?: (?!về )(?<label>.+?))?|(?!kết quả thực hiện)(?<own>.+?))(?: về (?<to>.+?)(?: \\(qua (?<via>.+?)\\))?)?(?:: (?<list>.+)| ${WHEN}(?<when>.+))?\\.$`, 'u');
const DUE = /^(trước ngày|chậm nhất ngày)\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(\s+năm trước)?(\s+hằng năm)?(?:\s+\(số liệu từ ngày\s+(.+?)\s+đến ngày\s+(.+?)\))?$/u;

/** `15/6`, `15/12 năm trước`, `15/6/2026` back to a day and month (the year of the context left out). */
function readDayMonth(words: string, years: ReportYears): DayMonthInput | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(\s+năm trước)?$/u.exec(words.trim());
  if (!m) return undefined;
  const d: DayMonthInput = { day: Number(m[1]), month: Number(m[2]) };
  const year = m[3] === undefined ? undefined : Number(m[3]);
  if (!isRealDate(year ?? 2000, d.month, d.day)) return undefined;
  if (m[4]) d.previousYear = true;
  else if (year !== undefined && 'year' in years && year === years.year - 1) d.previousYear = true;
  else if (year !== undefined && !('year' in years && year === years.year)) d.year = year;
  return d;
}

/** One report's words back: a due day (with its window), or a recurring time, and the label before it. */
function readReport(words: string, years: ReportYears): ReportWords | undefined {
  const at = words.search(/(?:^|\s)(?:trước ngày|chậm nhất ngày)\s+\d/u);
  const head = at < 0 ? words : words.slice(0, at).trim();
  const tail = at < 0 ? '' : words.slice(at).trim();
  const due = DUE.exec(tail);
  if (due) {
    const d = readDayMonth(`${due[2]}/${due[3]}${due[4] ? `/${due[4]}` : ''}${due[5] ? ' năm trước' : ''}`, years);
    if (!d) return undefined;
    if (due[1] === 'chậm nhất ngày') d.before = false;
    const from = due[7] === undefined ? undefined : readDayMonth(due[7], years);
    const to = due[8] === undefined ? undefined : readDayMonth(due[8], years);
    return { ...(head ? { label: head } : {}), due: d, ...(from && to ? { window: { from, to } } : {}) };
  }
  const time = parseTime(words);
  if (!time) return head ? { label: head } : undefined;
  const label = words.slice(0, time.index).trim();
  return { ...(label ? { label } : {}), time: time.time };
}

/**
 * Reads the sentence {@link formatReporting} prints back into who reports, to whom, through whom and
 * which reports when (labels in the case they are printed, lower). `undefined` for other words.
 */
export function parseReporting(sentence: string, years: ReportYears = {}): ReportingWords | undefined {
  const g = REPORTING.exec(sentence.normalize('NFC').trim())?.groups;
  if (!g) return undefined;
  const reporters = g.who === ANY_REPORTER ? [] : splitNames(g.who!);
  const base = { reporters, ...(g.to ? { to: g.to } : {}), ...(g.via ? { via: g.via } : {}) };
  if (g.list !== undefined) {
    const reports = g.list.split(/;\s*/u).map((r) => readReport(r, years));
    return reports.every(Boolean) ? { ...base, reports: reports as ReportWords[] } : undefined;
  }
  const named = g.own === undefined ? {} : { label: `Báo cáo ${g.own}` };
  const words = [g.own === undefined ? g.label : undefined, g.when].filter(Boolean).join(' ');
  const one = words ? readReport(words, years) : {};
  return one ? { ...base, reports: [{ ...named, ...one }] } : undefined;
}


const PERIOD_LABEL = String.raw`(?:qu[ýí]\s*(?:IV|III|II|I|[1-4])|(?:0?6|0?9|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?|(?:0?1\s+|một\s+)?năm|cả\s+năm)`;
const DAY_MONTH = String.raw`\d{1,2}\s*\/\s*\d{1,2}`;
/** `quý 1, quý 3 (trước ngày 15/3 và 15/9)`, `6 tháng (trước ngày 15/6)`, `năm (chậm nhất ngày 15/12)`. */
const LISTED_DUES = new RegExp(
  String.raw`(?<![\p{L}\d])(?<labels>${PERIOD_LABEL}(?:\s*(?:,|và)\s*${PERIOD_LABEL})*)\s*\(\s*(?<kind>trước|chậm nhất)\s+(?:ngày\s+)?(?<days>${DAY_MONTH}(?:\s*(?:,|và)\s*(?:ngày\s+)?${DAY_MONTH})*)\s*\)`,
  'giu',
);

/**
 * The reports a reporting sentence lists, each with its due day in parentheses after it: `Định kỳ quý
 * 1, quý 3 (trước ngày 15/3 và 15/9), 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) báo cáo …` →
 * quý 1 before 15/3, quý 3 before 15/9, 6 tháng before 15/6, năm before 15/12 (`chậm nhất`: on the day).
 * Several periods before one parenthesis take its days in order; one day for several periods is no
 * reading. `[]` when the sentence lists none.
 */
export function readReportDues(sentence: string): Array<{ label: string; due: DayMonthInput }> {
  const out: Array<{ label: string; due: DayMonthInput }> = [];
  for (const m of sentence.normalize('NFC').matchAll(LISTED_DUES)) {
    const labels = m.groups!.labels!.split(/\s*(?:,|\svà)\s+/u).map((l) => l.trim()).filter(Boolean);
    const days = [...m.groups!.days!.matchAll(/(\d{1,2})\s*\/\s*(\d{1,2})/gu)].map((d) => ({ day: Number(d[1]), month: Number(d[2]) }));
    if (labels.length !== days.length || days.some((d) => !isRealDate(2000, d.month, d.day))) continue;
    const before = m.groups!.kind!.toLocaleLowerCase('vi') === 'trước';
    labels.forEach((label, i) => out.push({ label: label.charAt(0).toLocaleUpperCase('vi') + label.slice(1), due: { ...days[i]!, ...(before ? {} : { before: false }) } }));
  }
  return out;
}
