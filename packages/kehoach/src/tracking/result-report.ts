import { citationOf, reportKind, type Plan } from '@kehoach/core';
import { citeShort, formatShortDate, upperFirst } from '@kehoach/nd30';
import { DUTY_STATUSES, DUTY_STATUS_IDS, ROLE_WORDS, type DutyStatus, type DutyStatusId, type StatusCounts, type StatusReport } from '@kehoach/progress';
import type { PlanInput } from '@kehoach/schema';
import { deadlineWords } from './deadline-words.js';
import { loadComposed, type ComposedDocument } from './load-composed.js';
import { planCitation } from './reminder-letter.js';

/** Options of `composeResultReport`. */
export interface ResultReportOptions {
  /** The period reported, in words (`6 tháng đầu năm 2026`); default `tính đến ngày <as-of>`. */
  period?: string;
  /** The report's symbol (`BC-UBND`); default `BC-` and the issuer's abbreviation. */
  symbol?: string;
  /** The report's number and date, once registered; none: a draft with blanks. */
  number?: number;
  date?: string;
}

/** Where the writer must add what only a person can judge: printed as is, to be replaced before signing. */
export const FOR_THE_WRITER = '[Người soạn thảo bổ sung]';

/** The columns of the appendix table, in order: one row per duty of `status`. */
export const REPORT_TABLE_COLUMNS = ['STT', 'Nhiệm vụ', 'Cơ quan thực hiện (chủ trì, phối hợp)', 'Thời hạn', 'Tình trạng', 'Kết quả'] as const;

/** The columns' relative widths: STT narrow, the duty and its result wide. */
const COLUMN_WIDTHS = [5, 34, 17, 13, 13, 28];


/** A duty's agency and role as the table prints it: `Sở Y tế (chủ trì)`. */
export function dutyAgency(d: DutyStatus): string {
  if (!d.item.agency) return 'Chưa phân công';
  return `${d.item.agency.name}${d.item.role ? ` (${ROLE_WORDS[d.item.role]})` : ''}`;
}

/** What a duty's latest update reports: result, percent, evidence (number and date, or link). */
export function dutyResult(d: DutyStatus): string {
  const u = d.update;
  if (!u) return '';
  const evidence = (u.evidence ?? []).map((e) => (e.number ? `${e.number}${e.date ? ` ngày ${formatShortDate(e.date)}` : ''}` : e.link ?? e.title ?? '')).filter(Boolean);
  return [u.result, u.percent !== undefined && u.percent < 100 ? `Đạt ${u.percent}%.` : '', evidence.length ? `Minh chứng: ${evidence.join('; ')}.` : ''].filter(Boolean).join(' ');
}

/** The appendix table's rows, one per duty in the report's order: STT, nhiệm vụ, cơ quan, thời hạn, tình trạng, kết quả. */
export function reportTableRows(report: StatusReport): string[][] {
  return report.duties.map((d, i) => [String(i + 1), d.item.text, dutyAgency(d), upperFirst(deadlineWords(d)), upperFirst(d.label), dutyResult(d)]);
}

/** `đã hoàn thành đúng hạn: 3 nhiệm vụ` for every status of the vocabulary, in its order (zeros too: the fixed list). */
function countLines(c: StatusCounts): string[] {
  return DUTY_STATUS_IDS.map((s: DutyStatusId) => `- ${upperFirst(DUTY_STATUSES[s].vi)}: ${c[s]} nhiệm vụ;`);
}

/** `đã hoàn thành đúng hạn 2, quá hạn 1` — the statuses an agency has, in the vocabulary's order. */
const agencyCounts = (c: StatusCounts) => DUTY_STATUS_IDS.filter((s) => c[s]).map((s) => `${DUTY_STATUSES[s].vi} ${c[s]}`).join(', ');

/** A duty in a sentence of the report: agency, content, deadline, how late. */
function dutyLine(d: DutyStatus): string {
  const late = d.status === 'overdue' && d.daysLeft !== null ? `, quá hạn ${-d.daysLeft} ngày` : '';
  const hard = d.update?.difficulties ? ` Khó khăn, vướng mắc: ${d.update.difficulties.replace(/\.$/u, '')}.` : '';
  return `- ${dutyAgency(d)}: ${d.item.text.replace(/[.;:\s]+$/u, '')} (thời hạn: ${deadlineWords(d)}${late}).${hard} Nguyên nhân: ${FOR_THE_WRITER}.`;
}

type Section = NonNullable<PlanInput['body']>[number];

/**
 * The Báo cáo kết quả thực hiện Kế hoạch (Mẫu 1.4, the `bao-cao` kind) written from a plan's status
 * as of a date: the plan cited, the counts per status (the fixed vocabulary, in order) and per agency,
 * the late duties with the difficulties reported (their causes marked for the writer, not invented),
 * the duties still open for the next period, proposals left to the writer, and a landscape appendix
 * table with one row per duty of `status` (STT, nhiệm vụ, cơ quan, thời hạn, tình trạng, kết quả).
 * Pure; the result is plan input of the Báo cáo kind, loaded and rendered like any plan.
 *
 * @example
 * const input = composeResultReport(plan, report, { period: '6 tháng đầu năm 2026' });
 */
export function composeResultReport(plan: Plan, report: StatusReport, options: ResultReportOptions = {}): PlanInput {
  const input = plan.input;
  const short = citeShort(citationOf(plan));
  const period = options.period ?? `tính đến ngày ${formatShortDate(report.asOf)}`;
  const c = report.counts;
  const done = c['done-on-time'] + c['done-late'];
  const late = report.duties.filter((d) => d.status === 'overdue');
  const open = report.duties.filter((d) => d.status === 'due-soon' || d.status === 'in-time' || d.status === 'extended');
  const signature = Array.isArray(input.signature) ? input.signature[0] : input.signature;
  const body: Section[] = [
    {
      title: 'Kết quả thực hiện',
      text: [
        `Tổng số nhiệm vụ theo dõi: ${c.total} (mỗi nhiệm vụ tính theo từng cơ quan thực hiện và từng kỳ thực hiện); đã hoàn thành ${done} nhiệm vụ, trong đó đúng hạn ${c['done-on-time']}, quá hạn ${c['done-late']}; chưa hoàn thành quá hạn ${c.overdue} nhiệm vụ. Cụ thể:`,
        ...countLines(c),
        'Theo cơ quan, đơn vị:',
        ...report.byAgency.map((a) => `- ${a.agency?.name ?? 'Chưa phân công'}: ${a.counts.total} nhiệm vụ (${agencyCounts(a.counts)});`),
        `Kết quả thực hiện từng nhiệm vụ tại Phụ lục kèm theo.`,
      ],
    } as Section,
    { title: 'Nhiệm vụ chậm tiến độ, nguyên nhân', text: late.length ? [`Các nhiệm vụ chưa hoàn thành quá hạn (${late.length} nhiệm vụ):`, ...late.map(dutyLine)] : ['Không có nhiệm vụ chưa hoàn thành quá hạn.'] } as Section,
    {
      title: 'Nhiệm vụ trọng tâm thời gian tới',
      text: [
        ...(open.length ? ['Tiếp tục thực hiện các nhiệm vụ chưa đến hạn hoàn thành:', ...open.map((d) => `- ${dutyAgency(d)}: ${d.item.text.replace(/[.;:\s]+$/u, '')} (thời hạn: ${deadlineWords(d)}).`)] : []),
        `Các nhiệm vụ khác: ${FOR_THE_WRITER}.`,
      ],
    } as Section,
    { title: 'Đề xuất, kiến nghị', text: [FOR_THE_WRITER] } as Section,
    { text: [`Trên đây là báo cáo kết quả thực hiện ${short} ${period} của ${input.issuer.name}./.`] } as Section,
  ];
  return {
    schemaVersion: 2,
    kind: reportKind.id,
    issuer: input.issuer,
    symbol: options.symbol ?? `${reportKind.symbolPrefix}-${input.issuer.abbreviation ?? 'UBND'}`,
    ...(options.number !== undefined ? { number: options.number } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(input.period ? { period: input.period } : {}),
    title: `Kết quả thực hiện ${short} ${period}`,
    agencies: input.agencies,
    opening: { text: `Thực hiện ${planCitation(plan)}, ${input.issuer.name} báo cáo kết quả thực hiện ${period} như sau:` },
    body,
    ...(signature ? { signature } : {}),
    recipients: input.recipients ?? { to: [{ name: 'Như trên' }], archive: 'VT' },
    appendices: [{
      title: `Tình trạng thực hiện các nhiệm vụ của ${short} (đến ngày ${formatShortDate(report.asOf)})`,
      landscape: true,
      items: [{ table: { columns: REPORT_TABLE_COLUMNS.map((title, i) => ({ title, width: COLUMN_WIDTHS[i]!, ...(i === 0 ? { align: 'center' } : {}) })), rows: reportTableRows(report) } }],
    }],
  } as PlanInput;
}

/** The Báo cáo loaded as a plan of its kind (`composeResultReport`, then the loader's schema and rules). */
export function resultReport(plan: Plan, report: StatusReport, options: ResultReportOptions = {}): ComposedDocument {
  return loadComposed(composeResultReport(plan, report, options), `${plan.source.file}#bao-cao`);
}
