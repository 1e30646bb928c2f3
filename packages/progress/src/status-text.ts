import { formatShortDate } from '@kehoach/nd30';
import type { StatusCounts, StatusReport } from './status-report.js';
import { DUTY_STATUSES, DUTY_STATUS_IDS } from './statuses.js';

/** A checklist item's role in the words the status text and the result report print after the agency: `Sở Y tế (chủ trì)`. */
export const ROLE_WORDS = { lead: 'chủ trì', support: 'phối hợp', requested: 'được đề nghị', reporter: 'báo cáo' } as const;

/** `đúng hạn 2, quá hạn 1` — the statuses that have duties, in the vocabulary's order. */
export function countsLine(c: StatusCounts): string {
  return DUTY_STATUS_IDS.filter((s) => c[s]).map((s) => `${DUTY_STATUSES[s].vi} ${c[s]}`).join('; ');
}

/** The deadline as the text shows it: `hạn 05/02/2026 (trước ngày)`, with the plan's when extended. */
function dueWords(d: StatusReport['duties'][number]): string {
  if (!d.due) return 'không có thời hạn';
  const words = `hạn ${d.dueKind === 'before' ? 'trước ' : ''}${formatShortDate(d.due)}`;
  return d.extension && d.planDue ? `${words} (gia hạn từ ${formatShortDate(d.planDue)} theo văn bản số ${d.extension.grantedBy.number})` : words;
}

/**
 * A status report as plain text for a terminal: the plan, the date, the counts per status, per agency
 * and per section, then each duty (ref, agency and role, deadline, status).
 */
export function statusToText(r: StatusReport): string {
  const lines = [
    `Tình trạng thực hiện ${r.plan.citation}`,
    `Đến ngày ${formatShortDate(r.asOf)}: ${r.counts.total} nhiệm vụ (sắp đến hạn: trong ${r.soonDays} ngày)`,
    ...DUTY_STATUS_IDS.filter((s) => r.counts[s]).map((s) => `  ${DUTY_STATUSES[s].vi.padEnd(28)}${String(r.counts[s]).padStart(5)}`),
    '',
    'Theo cơ quan:',
    ...r.byAgency.map((a) => `  ${a.agency?.name ?? 'Chưa phân công'} (${a.counts.total}): ${countsLine(a.counts)}`),
    '',
    'Theo mục:',
    ...r.bySection.map((s) => `  ${s.section.title} (${s.counts.total}): ${countsLine(s.counts)}`),
    '',
    'Nhiệm vụ:',
    ...r.duties.map((d) => {
      const who = d.item.agency ? `${d.item.agency.name}${d.item.role ? ` (${ROLE_WORDS[d.item.role]})` : ''}` : 'Chưa phân công';
      const text = d.item.text.length > 90 ? `${d.item.text.slice(0, 89)}…` : d.item.text;
      return `  ${d.item.ref} — ${who} — ${dueWords(d)} — ${d.label}\n      ${text}`;
    }),
  ];
  if (r.unknown.length) lines.push('', `Mã trong tệp tiến độ không có trong danh mục (giữ nguyên, không tính): ${r.unknown.join(', ')}`);
  return lines.join('\n') + '\n';
}

/** A status report as JSON data: each duty with its item's facts beside its status. */
export function statusToJson(r: StatusReport): unknown {
  return {
    asOf: r.asOf,
    soonDays: r.soonDays,
    plan: r.plan,
    counts: r.counts,
    byAgency: r.byAgency,
    bySection: r.bySection,
    duties: r.duties.map(({ item, ...d }) => ({
      ...d,
      ref: item.ref, kind: item.kind, text: item.text, agency: item.agency, role: item.role, time: item.time, recurrence: item.recurrence,
    })),
    unknown: r.unknown,
  };
}
