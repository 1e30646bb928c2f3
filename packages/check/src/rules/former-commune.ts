import { unitRegistry } from '@kehoach/units/registry';
import { defineRule } from '../rule.js';
import { afterReform, namedAsFormer, namingTexts, planProvince } from '../reform-texts.js';

/** `xã Trung Môn`, `Phường 12`, `thị trấn Yên Sơn`: a commune-level kind word and a capitalised (or numbered) name. */
const COMMUNE_NAME = /(?<![\p{L}])(xã|Xã|phường|Phường|thị trấn|Thị trấn)\s+((?:\p{Lu}[\p{L}]*|\d+)(?:\s+(?:\p{Lu}[\p{L}]*|\d+))*)/gu;

/** A commune, ward or township that no longer exists, named in a plan dated after 1 July 2025. */
export default defineRule({
  meta: {
    id: 'former-commune',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    docs: {
      vi: 'Xã, phường, thị trấn không còn từ 01/7/2025 (đã sắp xếp theo nghị quyết của Ủy ban Thường vụ Quốc hội năm 2025) mà kế hoạch ban hành từ ngày đó vẫn ghi. Tra trong danh mục đơn vị hành chính (@kehoach/units), trong tỉnh của kế hoạch (tỉnh ghi ở cơ quan ban hành); gợi ý đơn vị kế thừa. Tên ghi rõ là cũ (“xã Trung Môn (cũ)”, “nguyên xã …”) không bị báo.',
      en: 'A commune, ward or township that no longer exists since 1 July 2025 (arranged by the 2025 resolutions of the National Assembly Standing Committee) named by a plan dated from then. Looked up in the units registry (@kehoach/units), within the plan\'s province (its issuer\'s); its successor is the suggestion. Names marked as former ("(cũ)", "nguyên …") are not reported.',
    },
    examples: {
      valid: [
        'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND phường Minh Xuân chủ trì tuyên truyền tại các tổ dân phố." ] } ]',
        'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Phường Minh Xuân (nguyên xã Trung Môn) tổ chức tuyên truyền." ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND xã Trung Môn chủ trì tuyên truyền tại các thôn." ] } ]',
          errors: [
            { message: '“xã Trung Môn” không còn từ 01/7/2025: nay thuộc phường Minh Xuân (Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang năm 2025).', path: '/body/0/items/0', text: 'xã Trung Môn' },
          ],
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    if (!afterReform(plan)) return;
    const units = unitRegistry();
    const province = planProvince(plan, units);
    for (const p of namingTexts(plan, prose)) {
      for (const m of p.text.matchAll(COMMUNE_NAME)) {
        const words = `${m[1]!.toLowerCase()} ${m[2]}`;
        const where = province ? { province: province.code } : {};
        if (units.find(words, where).length || namedAsFormer(p.text, m.index!, m[0].length)) continue;
        const former = units.former(words, where);
        const successors = [...new Map(former.flatMap((f) => f.successors).map((s) => [s.code, s])).values()];
        // without a province, a name several former units had is no finding: which one is meant is unknown
        if (!successors.length || (!province && successors.length > 1)) continue;
        const now = successors.map((s) => s.fullName).join(', ');
        report({
          path: p.path,
          span: { index: m.index!, length: m[0].length },
          message: `“${m[0]}” không còn từ 01/7/2025: nay thuộc ${now} (${former[0]!.resolution.communes}).`,
          messageEn: `“${m[0]}” no longer exists since 1 July 2025: it is now part of ${now}.`,
          params: { found: m[0], successor: now },
          suggestion: successors.length === 1 ? successors[0]!.fullName : now,
        });
      }
    }
  },
});
