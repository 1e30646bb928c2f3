import { formatShortDate } from '@kehoach/nd30';
import { defineRule } from '../rule.js';
import { taskDates } from '../time-values.js';

/** A deadline on or before the day the plan is issued. */
export default defineRule({
  meta: {
    id: 'deadline-before-issue',
    phase: 'content',
    severity: 'warning',
    category: 'dates',
    notFixable: {
      vi: 'Hạn đúng là bao nhiêu (hay ngày ban hành sai) chỉ người soạn biết.',
      en: 'The right deadline (or a wrong date of issue) is known only to the writer.',
    },
    docs: {
      title: { vi: 'Hạn trước ngày ban hành', en: 'Deadline before the day of issue' },
      vi: 'Hạn hoàn thành của nhiệm vụ (`to`, `before`, `by`, `on`) trùng hoặc trước ngày ban hành kế hoạch: không ai làm kịp.',
      en: 'A task\'s deadline (`to`, `before`, `by`, `on`) is on or before the plan\'s date of issue: nobody can meet it.',
    },
    examples: {
      valid: ['date: 2025-07-24'],
      invalid: [
        {
          code: 'date: 2025-10-01',
          errors: [
            { message: 'Nhiệm vụ II.1-2: hạn 30/9/2025 không sau ngày ban hành 01/10/2025.', path: '/body/1/items/0/tasks/groups/0/tasks/1/time/to', text: '2025-09-30' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    if (!plan.date) return;
    for (const d of taskDates(plan)) {
      if (d.key === 'from' || d.date > plan.date) continue;
      report({
        path: d.path,
        message: `Nhiệm vụ ${d.taskRef}: hạn ${formatShortDate(d.date)} không sau ngày ban hành ${formatShortDate(plan.date)}.`,
        messageEn: `Task ${d.taskRef}: the deadline ${d.date} is not after the date of issue ${plan.date}.`,
        params: { date: d.date, issued: plan.date, task: d.taskRef },
      });
    }
  },
});
