import { toPointer } from '../../locate.js';
import { valueAt } from '../../plan-facts.js';
import { suggester } from '../../suggest.js';
import { asData, asString } from '../index-plan.js';
import { defineRule } from '../rule.js';

/** Every agency reference names an agency declared under `agencies`. */
export default defineRule({
  meta: {
    id: 'known-agencies',
    phase: 'load',
    severity: 'error',
    category: 'consistency',
    required: true,
    codes: ['UNKNOWN_AGENCY'],
    fixable: true,
    notFixable: {
      vi: 'Khi không có mã nào gần với mã đã viết, không biết cơ quan nào được nhắc: khai báo nó trong agencies.',
      en: 'When no declared id is close to the one written, which agency is meant is not known: declare it under agencies.',
    },
    docs: {
      title: { vi: 'Mã cơ quan chưa khai báo', en: 'Unknown agency id' },
      vi: 'Mỗi mã cơ quan được dùng (`lead`, `support`, `requested`, `monitor`, `of`, `to`, `via`, `reporters`, `focalAgency`, Nơi nhận …) phải được khai báo trong `agencies`. Gợi ý mã gần nhất, hoặc mã của cơ quan có tên (hay tên khác) đã viết.',
      en: 'Every agency id used (lead, support, requested, monitor, of, to, via, reporters, focalAgency, recipients …) must be declared under agencies. Suggests the closest id, or the id of the agency with the name (or alias) written.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, support: [ cong-an-tinh ], text: Hỗ trợ nạn nhân. } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-tee, text: Hỗ trợ nạn nhân. } ] } } ] } ]',
          errors: [
            { message: 'Cơ quan “so-y-tee” chưa được khai báo trong agencies.', path: '/body/0/items/0/tasks/tasks/0/lead', text: 'so-y-tee' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân. } ] } } ] } ]',
        },
        {
          code: 'recipients: { to: [ { agency: cong-an-tinh }, { agency: vien-kiem-sat } ], archive: "VT, NC" }',
          errors: [
            { message: 'Cơ quan “vien-kiem-sat” chưa được khai báo trong agencies.', path: '/recipients/to/1/agency', text: 'vien-kiem-sat' },
          ],
        },
      ],
    },
  },
  check({ input, index, report }) {
    const declared = index.agencies;
    const suggest = suggester(Object.keys(declared));
    const byName = new Map<string, string>();
    for (const [id, a] of Object.entries(declared)) {
      const agency = asData(a);
      const name = asString(agency?.name);
      if (name) byName.set(name.toLocaleLowerCase('vi'), id);
      for (const alias of Array.isArray(agency?.aliases) ? agency.aliases : []) {
        if (typeof alias === 'string') byName.set(alias.toLocaleLowerCase('vi'), id);
      }
    }
    for (const { id, path } of index.agencyRefs) {
      if (Object.hasOwn(declared, id)) continue;
      const near = byName.get(id.toLocaleLowerCase('vi')) ?? suggest(id);
      const at = toPointer(path);
      report({
        code: 'UNKNOWN_AGENCY',
        path: at,
        params: { id },
        suggestion: near ? `có phải ý bạn là “${near}”? — did you mean "${near}"?` : 'khai báo cơ quan này trong agencies — declare it under agencies',
        // the id suggested, where the value is the id alone
        ...(near && valueAt(input, at) === id ? { edits: [{ path: at, text: near }], fixLabel: { vi: `Sửa thành “${near}”`, en: `Change to "${near}"` } } : {}),
      });
    }
  },
});
