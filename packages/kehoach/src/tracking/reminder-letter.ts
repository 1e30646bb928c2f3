import { citationOf, letterKind, lowerFirst, type Plan } from '@kehoach/core';
import { citeShort, formatCitation, formatShortDate, upperFirst } from '@kehoach/nd30';
import { dueReminders, type AgencyReminder, type DutyStatus, type StatusReport } from '@kehoach/progress';
import type { PlanInput } from '@kehoach/schema';
import { deadlineWords } from './deadline-words.js';
import { loadComposed, type ComposedDocument } from './load-composed.js';

/** Options of `composeReminderLetter`. */
export interface ReminderLetterOptions {
  /** The day the agencies report by (ISO); default seven days after the report's date. */
  reportBy?: string;
  /** The letter's symbol (`UBND-VP`); default the issuer's abbreviation and `VP`. */
  symbol?: string;
  /** The letter's number, once registered; none: a draft with blanks. */
  number?: number;
  /** The letter's date, with its number; none: a draft with blanks. */
  date?: string;
}


/** `2026-06-03` plus `n` days. */
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The plan as a document cites it first: number, date, issuer and subject (`Kế hoạch số 412/KH-UBND ngày 16/01/2026 của … về …`). */
export function planCitation(plan: Plan): string {
  return `${formatCitation(citationOf(plan))} về ${lowerFirst(plan.title)}`;
}

/** One duty as the letter lists it: its content, deadline in force, and how late or how near. */
export function reminderLine(d: DutyStatus): string {
  const text = d.item.text.replace(/[.;:\s]+$/u, '');
  const when = d.extension ? `thời hạn đã gia hạn: ${deadlineWords(d)}` : `thời hạn: ${deadlineWords(d)}`;
  const late = d.status === 'overdue' && d.daysLeft !== null ? `, đã quá hạn ${-d.daysLeft} ngày` : d.daysLeft !== null ? `, còn ${d.daysLeft} ngày` : '';
  return `${text} (${when}${late}).`;
}

/** The letter's block for one agency: its name, then its overdue duties and those due soon. */
function agencySection(r: AgencyReminder): NonNullable<PlanInput['body']>[number] {
  const lines = [
    ...(r.overdue.length ? [`Nhiệm vụ đã quá hạn nhưng chưa hoàn thành: ${r.overdue.length}.`] : []),
    ...r.overdue.map((d) => `- ${reminderLine(d)}`),
    ...(r.soon.length ? [`Nhiệm vụ sắp đến hạn: ${r.soon.length}.`] : []),
    ...r.soon.map((d) => `- ${reminderLine(d)}`),
  ];
  return { title: r.agency?.name ?? 'Cơ quan chưa xác định', text: lines } as NonNullable<PlanInput['body']>[number];
}

/**
 * The công văn đôn đốc (Mẫu 1.5, the `cong-van` kind) written from a plan's status as of a date: V/v
 * `Đôn đốc thực hiện Kế hoạch số …`, Kính gửi and Nơi nhận exactly the agencies with overdue or
 * soon-due duties (`dueReminders`), a paragraph citing the plan (number, date, issuer, subject through
 * `formatCitation`), one numbered block per agency listing its overdue, then soon-due duties with the
 * deadline in force, and the request for a written report by a date. Pure; the result is plan input of
 * the công văn kind, loaded and rendered like any plan. Undefined when no duty is to be chased.
 *
 * @example
 * const input = composeReminderLetter(plan, report, { reportBy: '2026-06-10' });
 * const letter = input && loadPlan(JSON.stringify(input)).plan;
 */
export function composeReminderLetter(plan: Plan, report: StatusReport, options: ReminderLetterOptions = {}): PlanInput | undefined {
  const reminders = dueReminders(report);
  if (!reminders.length) return undefined;
  const input = plan.input;
  const short = citeShort(citationOf(plan));
  const reportBy = options.reportBy ?? addDays(report.asOf, 7);
  const focal = plan.implementation.focalAgency?.name ?? input.issuer.name;
  const names = reminders.map((r) => upperFirst(r.agency?.name ?? 'Cơ quan chưa xác định'));
  const signature = Array.isArray(input.signature) ? input.signature[0] : input.signature;
  return {
    schemaVersion: 2,
    kind: letterKind.id,
    issuer: input.issuer,
    symbol: options.symbol ?? `${input.issuer.abbreviation ?? 'UBND'}-VP`,
    ...(options.number !== undefined ? { number: options.number } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(input.period ? { period: input.period } : {}),
    title: `Đôn đốc thực hiện ${short}`,
    addressees: names,
    agencies: input.agencies,
    opening: {
      text: `Thực hiện ${planCitation(plan)}, qua theo dõi tiến độ đến ngày ${formatShortDate(report.asOf)}, còn một số nhiệm vụ đã quá hạn hoặc sắp đến hạn nhưng chưa được báo cáo hoàn thành. Để bảo đảm tiến độ thực hiện ${short}, ${input.issuer.name} đề nghị các cơ quan, đơn vị khẩn trương thực hiện các nhiệm vụ sau:`,
    },
    body: [
      ...reminders.map(agencySection),
      {
        title: 'Chế độ báo cáo',
        text: [
          `Các cơ quan, đơn vị báo cáo kết quả thực hiện các nhiệm vụ nêu trên bằng văn bản (nêu rõ kết quả, tài liệu minh chứng; nhiệm vụ chưa hoàn thành nêu rõ nguyên nhân, khó khăn, vướng mắc và đề xuất thời hạn hoàn thành) gửi về ${focal} trước ngày ${formatShortDate(reportBy)} để tổng hợp, báo cáo ${input.issuer.name}.`,
        ],
      },
    ],
    ...(signature ? { signature } : {}),
    recipients: { to: names.map((name) => ({ name })), archive: 'VT' },
  } as PlanInput;
}

/**
 * The công văn đôn đốc loaded as a plan of the công văn kind (`composeReminderLetter`, then the
 * loader's schema and rules: a composed letter is checked like a written one). No plan and no
 * diagnostic when no duty is to be chased.
 */
export function reminderLetter(plan: Plan, report: StatusReport, options: ReminderLetterOptions = {}): ComposedDocument {
  const input = composeReminderLetter(plan, report, options);
  return input ? loadComposed(input, `${plan.source.file}#don-doc`) : { diagnostics: [] };
}
