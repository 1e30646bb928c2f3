import type { AgencyInput } from '@kehoach/schema';
import { canonicalName } from './rewrite-text.js';

/**
 * The bodies a commune usually has since the two-tier local government of 1 July 2025
 * (shared/docs/agency-levels.md, “Names as they are written in commune documents”).
 * A unit profile can rename any of them or add its own.
 */
export const COMMUNE_AGENCIES: Record<string, AgencyInput> = {
  'ubnd-xa': { name: 'Ủy ban nhân dân xã', shortName: 'UBND xã', level: 'xa', kind: 'ubnd' },
  'van-phong': { name: 'Văn phòng HĐND và UBND xã', shortName: 'Văn phòng', level: 'xa', kind: 'chuyen-mon' },
  'phong-kinh-te': { name: 'Phòng Kinh tế', level: 'xa', kind: 'chuyen-mon' },
  'phong-vhxh': { name: 'Phòng Văn hóa - Xã hội', shortName: 'Phòng VH-XH', level: 'xa', kind: 'chuyen-mon' },
  'tram-y-te': { name: 'Trạm Y tế xã', level: 'xa', kind: 'su-nghiep' },
  'cong-an-xa': { name: 'Công an xã', level: 'xa', kind: 'cong-an' },
  'ban-chqs-xa': { name: 'Ban Chỉ huy quân sự xã', shortName: 'Ban CHQS xã', level: 'xa', kind: 'quan-su' },
  'mttq-xa': { name: 'Ủy ban MTTQ Việt Nam xã', shortName: 'MTTQ xã', level: 'xa', kind: 'mttq-doan-the' },
  'doan-the-xa': { name: 'các tổ chức chính trị - xã hội xã', shortName: 'Các đoàn thể xã', level: 'xa', kind: 'mttq-doan-the' },
  'cac-ban-nganh-xa': { name: 'các ban, ngành, đoàn thể xã', shortName: 'Các ban ngành xã', level: 'xa', kind: 'nhom' },
  'truong-thon': { name: 'trưởng thôn, tổ trưởng tổ dân phố', shortName: 'Trưởng thôn', level: 'thon', kind: 'nhom' },
  'hieu-truong': { name: 'Hiệu trưởng các trường học', shortName: 'Hiệu trưởng', level: 'xa', kind: 'su-nghiep' },
};

/** Where a higher body's tasks go: one of the commune's bodies, the unit itself, or nowhere (null). */
export type MapTarget = string | 'self' | null;

/**
 * Province (or district) body → commune body, by the body's name (ids differ from plan to plan).
 * First match wins. `null`: no counterpart at commune level (courts, procuracy, judgement
 * enforcement, central bodies): such tasks stay with the higher level.
 */
export const DEFAULT_RULES: Array<[RegExp, MapTarget]> = [
  [/^(Tòa|Toà) án|Viện [Kk]iểm sát|Thi hành án|Cảnh sát điều tra|cơ quan tiến hành tố tụng/i, null],
  [/^(Bộ(?! Chỉ huy)|Tổng cục|Cục) |Chính phủ|Thủ tướng|Ban Chỉ đạo 138\/CP/i, null],
  [/^(Ủy ban nhân dân|UBND) (các )?(huyện|thị xã|thành phố|xã|phường)|^Ủy ban nhân dân xã, phường/i, 'self'],
  [/^(Ban Chỉ đạo|BCĐ) .*(các huyện|xã|phường)/i, 'self'],
  [/^(Ủy ban nhân dân|UBND) tỉnh/i, 'self'],
  [/^Công an tỉnh|^Lực lượng Công an/i, 'cong-an-xa'],
  [/Bộ Chỉ huy [Qq]uân sự|Bộ đội Biên phòng|Biên phòng/i, 'ban-chqs-xa'],
  [/^Văn phòng (UBND|Ủy ban nhân dân) tỉnh/i, 'van-phong'],
  [/^Sở Tư pháp|^Sở Ngoại vụ/i, 'van-phong'],
  [/^Sở Y [Tt]ế/i, 'phong-vhxh'],
  // bodies of the former districts and the grassroots (shared/docs/agency-levels.md): education to the
  // commune's culture and society office, schools to their principals, health centres to the health station
  [/^Phòng (Giáo dục|GD)/i, 'phong-vhxh'],
  [/^(Các |các )?(cơ sở giáo dục|trường|Trường)|^Hiệu trưởng/i, 'hieu-truong'],
  [/^(Trung tâm Y tế|Trạm Y tế) (huyện|xã|các xã)/i, 'tram-y-te'],
  [/^Sở (Nội vụ|Lao động|Văn hóa|Văn hoá|Giáo dục|Khoa học và Công nghệ|Thông tin và Truyền thông|Dân tộc)/i, 'phong-vhxh'],
  [/^Sở (Tài chính|Kế hoạch|Xây dựng|Giao thông|Công Thương|Nông nghiệp)/i, 'phong-kinh-te'],
  [/^Đài phát thanh|^Đài Phát thanh/i, 'phong-vhxh'],
  [/Mặt trận Tổ quốc|MTTQ/i, 'mttq-xa'],
  [/tổ chức chính trị - xã hội|Hội Liên hiệp phụ nữ|Đoàn Thanh niên|Hội Nông dân|Hội Cựu chiến binh|đoàn thể/i, 'doan-the-xa'],
  [/^(Các|các) (sở|Sở), (ban|ngành)|^các cơ quan, đơn vị|^Các cơ quan, đơn vị/i, 'cac-ban-nganh-xa'],
  [/các địa phương|^Các địa phương/i, 'truong-thon'],
];

/** Where a body goes by its declared kind, when no rule names it. */
const BY_KIND: Partial<Record<NonNullable<AgencyInput['kind']>, MapTarget>> = {
  'to-tung': null,
  'co-quan-trung-uong': null,
  'cong-an': 'cong-an-xa',
  'quan-su': 'ban-chqs-xa',
  'mttq-doan-the': 'doan-the-xa',
  nhom: 'cac-ban-nganh-xa',
};

/**
 * The default target of a higher body: a body declared central (`level: trung-uong`) or a court or
 * procuracy (`kind: to-tung`) stays up whatever its name; else the first rule its name (in any
 * spelling: Uỷ/Ủy, en dash) matches; else its declared kind. Undefined when nothing applies.
 */
export function defaultTarget(name: string, declared: { level?: AgencyInput['level']; kind?: AgencyInput['kind'] } = {}): MapTarget | undefined {
  if (declared.level === 'trung-uong' || declared.kind === 'to-tung' || declared.kind === 'co-quan-trung-uong') return null;
  const canonical = canonicalName(name);
  for (const [re, target] of DEFAULT_RULES) if (re.test(canonical)) return target;
  return declared.kind && declared.kind in BY_KIND ? BY_KIND[declared.kind] : undefined;
}
