import { loadUnits, type UnitRegistry } from '@kehoach/units';
import { defineRule } from '../rule.js';
import { afterReform, namedAsFormer, namingTexts, planProvince } from '../reform-texts.js';

/** `name` with its first letter in the case of `like`'s (“Xã …” → “Phường …”). */
function sameCase(like: string, name: string): string {
  const upper = like[0] !== like[0]!.toLocaleLowerCase('vi');
  return (upper ? name[0]!.toLocaleUpperCase('vi') : name[0]!.toLocaleLowerCase('vi')) + name.slice(1);
}

/** `xã Trung Môn`, `Phường 12`, `thị trấn Yên Sơn`: a commune-level kind word and a capitalised (or numbered) name. */
const COMMUNE_NAME = /(?<![\p{L}])(xã|Xã|phường|Phường|thị trấn|Thị trấn)\s+((?:\p{Lu}[\p{L}]*|\d+)(?:\s+(?:\p{Lu}[\p{L}]*|\d+))*)/gu;

/** A commune, ward or township that no longer exists, named in a plan dated after 1 July 2025. */
export default defineRule({
  meta: {
    id: 'former-commune',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    fixable: true,
    notFixable: {
      vi: 'Chỉ sửa khi xã, phường cũ nay thuộc đúng một đơn vị; một đơn vị cũ chia cho nhiều đơn vị mới thì không biết nơi nào đúng.',
      en: 'Fixed only when the former commune is now part of exactly one unit; one split among several does not say which is meant.',
    },
    docs: {
      title: { vi: 'Xã, phường cũ đã sáp nhập', en: 'Former commune' },
      vi: 'Xã, phường, thị trấn không còn từ 01/7/2025 (đã sắp xếp theo nghị quyết của Ủy ban Thường vụ Quốc hội năm 2025) mà kế hoạch ban hành từ ngày đó vẫn ghi. Tra trong danh mục đơn vị hành chính (@kehoach/units), trong tỉnh của kế hoạch (tỉnh ghi ở cơ quan ban hành, cơ quan chủ quản, phạm vi hay tên kế hoạch; không rõ tỉnh thì không báo); gợi ý đơn vị kế thừa. Tên ghi rõ là cũ (“xã Trung Môn (cũ)”, “nguyên xã …”) không bị báo.',
      en: 'A commune, ward or township that no longer exists since 1 July 2025 (arranged by the 2025 resolutions of the National Assembly Standing Committee) named by a plan dated from then. Looked up in the units registry (@kehoach/units), within the plan\'s province (named by its issuer, parent body, scope or title; none named, no finding); its successor is the suggestion. Names marked as former ("(cũ)", "nguyên …") are not reported.',
    },
    examples: {
      valid: [
        'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND phường Minh Xuân chủ trì tuyên truyền tại các tổ dân phố." ] } ]',
        'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Phường Minh Xuân (nguyên xã Trung Môn) tổ chức tuyên truyền." ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND xã Trung Môn Chủ trì tuyên truyền tại các thôn." ] } ]',
          errors: [
            { message: '“xã Trung Môn” không còn từ 01/7/2025: nay thuộc phường Minh Xuân (Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang năm 2025).', path: '/body/0/items/0', text: 'xã Trung Môn' },
          ],
          output: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "UBND phường Minh Xuân Chủ trì tuyên truyền tại các thôn." ] } ]',
        },
      ],
    },
  },
  // The registry (a large module) is loaded only for a plan dated after the reform that names a commune-level unit.
  async prepare({ plan, prose }) {
    const names = new RegExp(COMMUNE_NAME.source, 'u');
    return afterReform(plan) && namingTexts(plan, prose).some((p) => names.test(p.text)) ? loadUnits() : undefined;
  },
  check({ plan, prose, report, prepared }) {
    const units = prepared as UnitRegistry | undefined;
    if (!units) return;
    // Without the plan's province a name is too uncertain: one not in use anywhere may be another
    // province's former commune (or a made-up one), which is no finding.
    const province = planProvince(plan, units);
    if (!province) return;
    const where = { province: province.code };
    for (const p of namingTexts(plan, prose)) {
      for (const m of p.text.matchAll(COMMUNE_NAME)) {
        // the capitalised words after the kind word, longest first: `xã Trung Môn Chủ trì` is xã Trung Môn
        const names = m[2]!.split(/\s+/).map((_, i, w) => w.slice(0, w.length - i).join(' '));
        const kind = m[1]!.toLowerCase();
        // the longest that names a unit: a current one is no finding, a former one is
        const name = names.find((n) => units.find(`${kind} ${n}`, where).length || units.former(`${kind} ${n}`, where).length);
        if (name === undefined || units.find(`${kind} ${name}`, where).length) continue;
        const text = `${m[1]} ${name}`;
        if (namedAsFormer(p.text, m.index!, text.length)) continue;
        const former = units.former(`${kind} ${name}`, where);
        const successors = [...new Map(former.flatMap((f) => f.successors).map((s) => [s.code, s])).values()];
        const now = successors.map((s) => s.fullName).join(', ');
        report({
          path: p.path,
          span: { index: m.index!, length: text.length },
          message: `“${text}” không còn từ 01/7/2025: nay thuộc ${now} (${former[0]!.resolution.communes}).`,
          messageEn: `“${text}” no longer exists since 1 July 2025: it is now part of ${now}.`,
          params: { found: text, successor: now },
          suggestion: successors.length === 1 ? successors[0]!.fullName : now,
          // the one unit it is now part of, its kind word in the case written
          ...(successors.length === 1 ? { fix: sameCase(m[1]!, successors[0]!.fullName) } : {}),
        });
      }
    }
  },
});
