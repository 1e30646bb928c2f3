import { loadUnits, mayNameMergedProvince, type UnitRegistry } from '@kehoach/units';
import { defineRule } from '../rule.js';
import { afterReform, namedAsFormer, namingTexts } from '../reform-texts.js';

/** `tỉnh Hà Giang`: the word tỉnh and a capitalised name. */
const PROVINCE_NAME = /(?<![\p{L}])(tỉnh|Tỉnh)\s+((?:\p{Lu}[\p{L}]*)(?:\s*-\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*)*)/gu;

/** A province named by a name it no longer has, in a plan dated after 1 July 2025. */
export default defineRule({
  meta: {
    id: 'former-province-name',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    fixable: true,
    docs: {
      title: { vi: 'Tên tỉnh cũ', en: 'Former province name' },
      vi: 'Tỉnh đã hợp nhất từ 01/7/2025 (Nghị quyết số 202/2025/QH15) mà kế hoạch ban hành từ ngày đó vẫn gọi bằng tên cũ (“tỉnh Hà Giang” → “tỉnh Tuyên Quang”). Sửa: tên tỉnh mới. Tên ghi rõ là cũ (“tỉnh Hà Giang (cũ)”, “nguyên tỉnh …”) không bị báo.',
      en: 'A province merged on 1 July 2025 (Resolution 202/2025/QH15) named by its former name in a plan dated from then ("tỉnh Hà Giang" → "tỉnh Tuyên Quang"). Fix: the new province\'s name. Names marked as former ("(cũ)", "nguyên …") are not reported.',
    },
    examples: {
      valid: [
        'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Phối hợp với các xã vùng cao thuộc tỉnh Hà Giang (cũ)." ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Phối hợp với Công an tỉnh Hà Giang trong tuần tra biên giới." ] } ]',
          errors: [
            { message: '“tỉnh Hà Giang” đã hợp nhất vào tỉnh Tuyên Quang từ 01/7/2025 (Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh); viết “tỉnh Tuyên Quang”.', path: '/body/0/items/0', text: 'tỉnh Hà Giang' },
          ],
          output: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Phối hợp với Công an tỉnh Tuyên Quang trong tuần tra biên giới." ] } ]',
        },
      ],
    },
  },
  // The registry (a large module) is loaded only for a plan dated after the reform that may name a merged province.
  async prepare({ plan, prose }) {
    return afterReform(plan) && namingTexts(plan, prose).some((p) => mayNameMergedProvince(p.text)) ? loadUnits() : undefined;
  },
  check({ plan, prose, report, prepared }) {
    const units = prepared as UnitRegistry | undefined;
    if (!units) return;
    for (const p of namingTexts(plan, prose)) {
      for (const m of p.text.matchAll(PROVINCE_NAME)) {
        // the longest run of capitalised words that names a former province (`tỉnh Hà Giang Cũ` → Hà Giang)
        const words = m[2]!.split(/\s+/);
        let found: { name: string; former: NonNullable<ReturnType<typeof units.formerProvince>> } | undefined;
        for (let n = words.length; n > 0 && !found; n--) {
          const name = words.slice(0, n).join(' ');
          const former = units.formerProvince(name);
          if (former) found = { name, former };
        }
        if (!found?.former.merged || units.province(found.name)) continue;
        const text = `${m[1]} ${found.name}`;
        if (namedAsFormer(p.text, m.index!, text.length)) continue;
        const now = found.former.successor.fullName;
        report({
          path: p.path,
          span: { index: m.index!, length: text.length },
          message: `“${text}” đã hợp nhất vào ${now} từ 01/7/2025 (${found.former.resolution.provinces}); viết “${now}”.`,
          messageEn: `“${text}” was merged into ${now} on 1 July 2025 (Resolution 202/2025/QH15); write “${now}”.`,
          params: { found: text, expected: now },
          suggestion: now,
          fix: m[1] === 'Tỉnh' ? now.charAt(0).toUpperCase() + now.slice(1) : now,
        });
      }
    }
  },
});
