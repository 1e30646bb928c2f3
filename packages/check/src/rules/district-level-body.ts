import { districtBodies } from '@kehoach/units';
import { defineRule } from '../rule.js';
import { afterReform, namedAsFormer, namingTexts } from '../reform-texts.js';

/** Bodies of the district level, which no longer exists, in a plan dated after 1 July 2025. */
export default defineRule({
  meta: {
    id: 'district-level-body',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    fixable: true,
    docs: {
      title: { vi: 'Cơ quan cấp huyện đã không còn', en: 'District-level body no longer exists' },
      vi: 'Từ 01/7/2025 chính quyền địa phương có hai cấp (tỉnh, xã): kế hoạch ban hành từ ngày đó không giao việc cho cơ quan cấp huyện (“UBND các huyện, thị xã, thành phố”, “Phòng Giáo dục và Đào tạo huyện”, “UBND cấp huyện”). Sửa: cơ quan cấp xã kế thừa (“UBND các xã, phường”, “Phòng Văn hóa - Xã hội các xã, phường”); tên một huyện cụ thể thì gợi ý, không tự sửa. Tên ghi rõ là cũ (“huyện Yên Sơn (cũ)”, “nguyên …”) không bị báo.',
      en: 'Since 1 July 2025 local government has two tiers (province, commune): a plan dated from then assigns no work to district bodies ("UBND các huyện, thị xã, thành phố", "Phòng Giáo dục và Đào tạo huyện", "UBND cấp huyện"). Fix: the commune bodies that took their work ("UBND các xã, phường", "Phòng Văn hóa - Xã hội các xã, phường"); a named district gets a suggestion, not a fix. Names marked as former ("(cũ)", "nguyên …") are not reported.',
    },
    examples: {
      valid: [
        'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND các xã, phường chỉ đạo triển khai; Phòng Văn hóa - Xã hội các xã, phường hướng dẫn các trường học." ] } ]',
        'date: 2025-03-10\nbody: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND các huyện, thị xã, thành phố chỉ đạo triển khai." ] } ]',
        'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Bàn giao hồ sơ của UBND huyện Yên Sơn (cũ) cho các xã." ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND các huyện, thị xã, thành phố chỉ đạo triển khai." ] } ]',
          errors: [
            { message: '“UBND các huyện, thị xã, thành phố”: từ 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp); viết “UBND các xã, phường”.', path: '/body/0/items/0', text: 'UBND các huyện, thị xã, thành phố' },
          ],
          output: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND các xã, phường chỉ đạo triển khai." ] } ]',
        },
        {
          code: 'agencies: { phong-gd: { name: Phòng Giáo dục và Đào tạo các huyện, level: huyen, kind: chuyen-mon } }',
          errors: [
            { message: '“Phòng Giáo dục và Đào tạo các huyện”: từ 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp); viết “Phòng Văn hóa - Xã hội các xã, phường”.', path: '/agencies/phong-gd/name', text: 'Phòng Giáo dục và Đào tạo các huyện' },
          ],
          output: 'agencies: { phong-gd: { name: "Phòng Văn hóa - Xã hội các xã, phường", level: huyen, kind: chuyen-mon } }',
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    if (!afterReform(plan)) return;
    for (const p of namingTexts(plan, prose)) {
      for (const m of districtBodies(p.text)) {
        if (namedAsFormer(p.text, m.index, m.text.length)) continue;
        report({
          path: p.path,
          span: { index: m.index, length: m.text.length },
          message: `“${m.text}”: từ 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp); viết “${m.replacement}”.`,
          messageEn: `“${m.text}”: there is no district level since 1 July 2025 (two-tier local government); write “${m.replacement}”.`,
          params: { found: m.text, expected: m.replacement },
          suggestion: m.replacement,
          ...(m.collective ? { fix: m.replacement } : {}),
        });
      }
    }
  },
});
