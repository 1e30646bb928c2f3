import type { Agency } from '@kehoach/core';
import { defineRule } from '../rule.js';
import { agencyNames, nameKey } from '../agency-names.js';

/** A group heading spells its agency as declared. */
export default defineRule({
  meta: {
    id: 'heading-agency-spelling',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa tên cơ quan, tổ chức)',
    fixable: true,
    docs: {
      title: { vi: 'Tên cơ quan ở tiêu đề nhóm', en: 'Agency name in a group heading' },
      vi: 'Tiêu đề nhóm nhiệm vụ viết tên cơ quan khác với khai báo (chữ hoa, dấu thanh): “Sở Y Tế” trong khi cơ quan khai báo là “Sở Y tế”. Sửa: dùng đúng tên đã khai báo.',
      en: 'A task group heading spells its agency differently from the declaration (capitals, tone marks): "Sở Y Tế" against the declared "Sở Y tế". Fix: the declared name.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: so-y-te, title: Sở Y tế, tasks: [ { id: a, text: Hỗ trợ nạn nhân. } ] } ] } } ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: so-y-te, title: Sở Y Tế, tasks: [ { id: a, text: Hỗ trợ nạn nhân. } ] } ] } } ] } ]',
          errors: [
            { message: 'Tiêu đề viết “Sở Y Tế”, cơ quan khai báo là “Sở Y tế”.', path: '/body/0/items/0/tasks/groups/0/title', text: 'Sở Y Tế' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: so-y-te, title: Sở Y tế, tasks: [ { id: a, text: Hỗ trợ nạn nhân. } ] } ] } } ] } ]',
        },
      ],
    },
  },
  check({ plan, report }) {
    const visit = (value: unknown, path: string) => {
      if (!value || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}/${i}`));
      const o = value as Record<string, unknown>;
      if (typeof o.title === 'string' && (o.lead || o.requested)) {
        const ids = [o.lead, o.requested].flat().filter((x): x is string => typeof x === 'string');
        const agencies = ids.map((id) => plan.agencies[id]).filter((a): a is Agency => !!a);
        const title = o.title;
        for (const a of agencies) {
          for (const n of agencyNames(a)) {
            const key = nameKey(n);
            const at = nameKey(title).indexOf(key);
            if (at < 0) continue;
            const written = title.slice(at, at + n.length);
            if (written !== n && nameKey(written) === key) {
              report({
                path: `${path}/title`,
                span: { index: at, length: n.length },
                message: `Tiêu đề viết “${written}”, cơ quan khai báo là “${n}”.`,
                messageEn: `The heading writes "${written}"; the agency is declared as "${n}".`,
                params: { written, declared: n, agency: a.id },
                fix: n,
              });
            }
            break;
          }
        }
      }
      for (const [k, v] of Object.entries(o)) visit(v, `${path}/${k}`);
    };
    visit(plan.input.body, '/body');
  },
});
