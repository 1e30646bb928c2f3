import { defineRule } from '../rule.js';
import { viDate } from '../time-values.js';

/** A window that ends before it starts. */
export default defineRule({
  meta: {
    id: 'window-reversed',
    severity: 'error',
    category: 'dates',
    docs: {
      vi: 'Khoảng thời gian kết thúc trước khi bắt đầu (`from` sau `to`).',
      en: 'A window ends before it starts (`from` after `to`).',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: cong-an-tinh, tasks: [ { id: a, text: Mở đợt cao điểm., time: { from: 2025-08-01, to: 2025-09-30 } } ] } ] } } ] } ]'],
      invalid: ['body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: cong-an-tinh, tasks: [ { id: a, text: Mở đợt cao điểm., time: { from: 2025-09-30, to: 2025-08-01 } } ] } ] } } ] } ]'],
    },
  },
  check({ plan, report }) {
    for (const t of plan.tasks) {
      const time = t.time as { from?: unknown; to?: unknown } | undefined;
      if (typeof time?.from !== 'string' || typeof time.to !== 'string') continue;
      if (!/^\d{4}-/.test(time.from) || !/^\d{4}-/.test(time.to) || time.from <= time.to) continue;
      report({
        path: `${t.path}/time/to`,
        message: `Nhiệm vụ ${t.ref}: kết thúc ${viDate(time.to)} trước khi bắt đầu ${viDate(time.from)}.`,
        messageEn: `Task ${t.ref}: ends ${time.to} before it starts ${time.from}.`,
        params: { from: time.from, to: time.to, task: t.ref },
      });
    }
  },
});
