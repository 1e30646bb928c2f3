import { formatShortDate } from '@kehoach/nd30';
import { periodYears } from '@kehoach/core';
import { defineRule } from '../rule.js';
import { taskDates } from '../time-values.js';

/** A task's time falls outside the plan's period. */
export default defineRule({
  meta: {
    id: 'date-outside-period',
    phase: 'content',
    severity: 'warning',
    category: 'dates',
    docs: {
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
    for (const d of taskDates(plan)) {
      const y = Number(d.date.slice(0, 4));
      if (years.includes(y) || (issued !== undefined && d.date >= issued && d.date < periodStart)) continue;
      report({
        path: d.path,
        message: `Nhiệm vụ ${d.taskRef}: ngày ${formatShortDate(d.date)} nằm ngoài thời kỳ kế hoạch (${years[0]}${years.length > 1 ? `–${years[years.length - 1]}` : ''}).`,
        messageEn: `Task ${d.taskRef}: ${d.date} is outside the plan's period.`,
        params: { date: d.date, task: d.taskRef },
      });
    }
  },
});
