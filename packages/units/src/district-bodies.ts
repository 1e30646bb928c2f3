/**
 * Bodies of the district level, which no longer exists from 1 July 2025 (two-tier local
 * government), and the commune bodies that took their work (shared/docs/agency-levels.md). Data: one
 * row per body, its name's forms and the name of its successors at commune level.
 */
export interface DistrictBody {
  id: string;
  /** The forms of the body's name before the district part (`UBND`, `Phòng GD&ĐT` …), a regular expression source. */
  forms: string;
  /** The commune bodies that took its work, written before `các xã, phường` (empty: keep the form found). */
  successor: string;
}

/** The district-level bodies and their successors, most specific first. */
export const DISTRICT_BODIES: readonly DistrictBody[] = [
  { id: 'phong-gddt', forms: 'Phòng (?:Giáo dục và Đào tạo|Giáo dục - Đào tạo|GD&ĐT|GD-ĐT|GDĐT)', successor: 'Phòng Văn hóa - Xã hội' },
  { id: 'phong-vhxh', forms: 'Phòng (?:Lao động - Thương binh và Xã hội|LĐ-TB&XH|LĐTBXH|Nội vụ|Văn hóa và Thông tin|Văn hoá và Thông tin|Văn hóa - Thông tin|VH&TT|Y tế|Dân tộc)', successor: 'Phòng Văn hóa - Xã hội' },
  { id: 'phong-tu-phap', forms: 'Phòng Tư pháp', successor: 'Văn phòng HĐND và UBND' },
  { id: 'phong-kinh-te', forms: 'Phòng (?:Tài chính - Kế hoạch|TC-KH|Kinh tế và Hạ tầng|Kinh tế - Hạ tầng|KT-HT|Kinh tế|Nông nghiệp và Phát triển nông thôn|Nông nghiệp và Môi trường|NN&PTNT|Tài nguyên và Môi trường|TN&MT|Quản lý đô thị)', successor: 'Phòng Kinh tế' },
  { id: 'cong-an', forms: 'Công an', successor: 'Công an' },
  { id: 'ubnd', forms: '(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)', successor: '' },
];

/** The district part of a name: `các huyện, thị xã, thành phố`, `cấp huyện`, `huyện Yên Sơn`. */
const DISTRICT = String.raw`(?:(?<all>các|cấp)\s+)?(?:huyện|quận|thị xã)(?:\s*,\s*(?:huyện|quận|thị xã|thành phố)(?![\p{L}]))*(?<named>(?:\s+\p{Lu}[\p{L}\d]*)+)?`;

/** A district-level body found in a text, with its successors' name. */
export interface DistrictBodyMatch {
  body: DistrictBody;
  index: number;
  /** The words found. */
  text: string;
  /** The successors' name in the same form (`UBND các xã, phường`); for one named district, with it as the old one's. */
  replacement: string;
  /** True when the words name the districts as a whole (`các huyện`, `cấp huyện`): the replacement says the same. */
  collective: boolean;
}

const PATTERNS = DISTRICT_BODIES.map((body) => ({ body, re: new RegExp(String.raw`(?<![\p{L}])(?<form>${body.forms})\s+${DISTRICT}`, 'gu') }));

/**
 * Every district-level body a text names (`UBND các huyện, thị xã, thành phố`, `Phòng Giáo dục và
 * Đào tạo huyện Yên Sơn`, `UBND cấp huyện`), in text order, each once.
 *
 * @example districtBodies('Giao UBND các huyện, thị xã triển khai.')[0].replacement === 'UBND các xã, phường'
 */
export function districtBodies(text: string): DistrictBodyMatch[] {
  const out: DistrictBodyMatch[] = [];
  const taken: Array<[number, number]> = [];
  for (const { body, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const g = m.groups!;
      const head = body.successor || g.form!;
      const level = g.all === 'cấp' ? 'cấp xã' : 'các xã, phường';
      const named = g.named?.trim();
      const collective = !named;
      out.push({ body, index: start, text: m[0], collective, replacement: collective ? `${head} ${level}` : `${head} các xã, phường thuộc ${m[0].slice(g.form!.length).trim()} (cũ)` });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
