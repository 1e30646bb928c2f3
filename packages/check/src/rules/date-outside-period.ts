import { formatShortDate, isIsoDate } from '@kehoach/nd30';
import { periodYears } from '@kehoach/core';
import { defineRule } from '../rule.js';
import { taskDates, type TimeDate } from '../time-values.js';

/**
 * The dates outside a one-year period that can move to its year: each time whose dates, moved, are
 * real days, still in order (`from` before `to`) and not before the day of issue.
 */
function movedDates(dates: readonly TimeDate[], outside: (d: TimeDate) => boolean, year: number, issued: string | undefined): Set<TimeDate> {
  const byTime = new Map<string, TimeDate[]>();
  for (const d of dates) {
    const time = d.path.slice(0, d.path.lastIndexOf('/'));
    byTime.set(time, [...(byTime.get(time) ?? []), d]);
  }
  const out = new Set<TimeDate>();
  for (const list of byTime.values()) {
    const next = new Map(list.map((d) => [d.key, outside(d) ? `${year}${d.date.slice(4)}` : d.date]));
    const real = [...next.values()].every((v) => isIsoDate(v));
    const ordered = !next.has('from') || !next.has('to') || next.get('from')! <= next.get('to')!;
    const afterIssue = issued === undefined || [...next.entries()].every(([k, v]) => k === 'from' || v > issued);
    if (real && ordered && afterIssue) for (const d of list) if (outside(d)) out.add(d);
  }
  return out;
}

/** A task's time falls outside the plan's period. */
export default defineRule({
  meta: {
    id: 'date-outside-period',
    phase: 'content',
    severity: 'warning',
    category: 'dates',
    fixable: true,
    notFixable: {
      vi: 'Chỉ sửa khi thời kỳ là một năm (ngày được chuyển sang năm đó) và thời gian vẫn đúng thứ tự, không trước ngày ban hành; thời kỳ nhiều năm không cho biết năm nào đúng.',
      en: 'Fixed only when the period is one year (the date moved to it) and the time stays in order and not before the day of issue; a period of several years does not say which year is right.',
    },
    docs: {
      title: { vi: 'Ngày ngoài thời kỳ kế hoạch', en: 'Date outside the period' },
      vi: 'Ngày trong thời gian thực hiện của nhiệm vụ (`time`) nằm ngoài thời kỳ kế hoạch (`period`): danh mục nhiệm vụ sẽ có hạn sai năm. Một mốc từ ngày ban hành đến trước thời kỳ (kế hoạch năm 2026 ban hành ngày 10/12/2025: “ban hành kế hoạch trước 31/12/2025”) là việc chuẩn bị, không bị tính.',
      en: 'A date of a task\'s time lies outside the plan\'s period: the checklist would carry a deadline in the wrong year. A date from the day of issue up to the period (a 2026 plan issued on 10/12/2025: "by 31/12/2025") prepares it and is not counted.',
    },
    examples: {
      valid: [
        'period: { year: 2025 }',
        'date: 2025-12-10\nperiod: { year: 2026 }\nbody: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: cong-an-tinh, tasks: [ { id: a, text: Ban hành kế hoạch của đơn vị., time: { before: 2025-12-31 } } ] } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: cong-an-tinh, tasks: [ { id: a, text: Mở đợt cao điểm., time: { from: 2024-07-01, to: 2024-09-30 } } ] } ] } } ] } ]',
          errors: [
            { message: 'Nhiệm vụ I.1: ngày 01/7/2024 nằm ngoài thời kỳ kế hoạch (2025).', path: '/body/0/items/0/tasks/groups/0/tasks/0/time/from', text: '2024-07-01' },
            { message: 'Nhiệm vụ I.1: ngày 30/9/2024 nằm ngoài thời kỳ kế hoạch (2025).', path: '/body/0/items/0/tasks/groups/0/tasks/0/time/to', text: '2024-09-30' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: cong-an-tinh, tasks: [ { id: a, text: Mở đợt cao điểm., time: { from: 2025-07-01, to: 2025-09-30 } } ] } ] } } ] } ]',
        },
        {
          // moved to 2025 the deadline would precede the day of issue (24/7/2025): no fix
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: cong-an-tinh, tasks: [ { id: a, text: Tổng kết đợt cao điểm., time: { before: 2024-03-31 } } ] } ] } } ] } ]',
          errors: [
            { message: 'Nhiệm vụ I.1: ngày 31/3/2024 nằm ngoài thời kỳ kế hoạch (2025).', path: '/body/0/items/0/tasks/groups/0/tasks/0/time/before', text: '2024-03-31' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const years = periodYears(plan.period);
    if (!years.length) return;
    // from the day of issue (a draft: its month) to the period, a date prepares the plan
    const issued = plan.date ?? (plan.draftDate ? `${plan.draftDate.year}-${String(plan.draftDate.month ?? 1).padStart(2, '0')}-01` : undefined);
    const periodStart = `${years[0]}-01-01`;
    const dates = taskDates(plan);
    const outside = (d: TimeDate) => !years.includes(Number(d.date.slice(0, 4))) && !(issued !== undefined && d.date >= issued && d.date < periodStart);
    const moved = years.length === 1 ? movedDates(dates, outside, years[0]!, plan.date) : new Set<TimeDate>();
    for (const d of dates) {
      if (!outside(d)) continue;
      report({
        path: d.path,
        message: `Nhiệm vụ ${d.taskRef}: ngày ${formatShortDate(d.date)} nằm ngoài thời kỳ kế hoạch (${years[0]}${years.length > 1 ? `–${years[years.length - 1]}` : ''}).`,
        messageEn: `Task ${d.taskRef}: ${d.date} is outside the plan's period.`,
        params: { date: d.date, task: d.taskRef },
        ...(moved.has(d) ? { edits: [{ path: d.path, span: { index: 0, length: 4 }, text: String(years[0]) }], fixLabel: { vi: `Sửa thành ${formatShortDate(`${years[0]}${d.date.slice(4)}`)}`, en: `Change to ${years[0]}${d.date.slice(4)}` } } : {}),
      });
    }
  },
});
