/**
 * Agency names as plans write them: one canonical spelling per body, so "UBND tỉnh",
 * "Uỷ ban nhân dân tỉnh" and "Ủy ban nhân dân tỉnh" are one agency, "Sở VHTTDL" is
 * "Sở Văn hóa, Thể thao và Du lịch", and each gets a readable id (`ubnd-tinh`, `so-vhttdl`).
 */

import { slugify } from '@kehoach/core';
import { canonicalSpelling } from '@kehoach/nd30';

/** Canonical Unicode spelling: NFC, `Uỷ`/`Ủy`, `hoá`/`hóa`-style tone placement, dashes, spaces (@kehoach/nd30). */
export { canonicalSpelling };

/** Abbreviations expanded before comparing names (longest first). */
const EXPANSIONS: [RegExp, string][] = [
  [/\bUBND\b/g, 'Ủy ban nhân dân'],
  [/\bHĐND\b/g, 'Hội đồng nhân dân'],
  [/\bVHTTDL\b|\bVH,?\s*TT\s*&\s*DL\b|\bVHTT&DL\b/g, 'Văn hóa, Thể thao và Du lịch'],
  [/\bGD\s*&\s*ĐT\b|\bGDĐT\b|\bGD-ĐT\b/g, 'Giáo dục và Đào tạo'],
  [/\bKH\s*&\s*CN\b|\bKHCN\b/g, 'Khoa học và Công nghệ'],
  [/\bTT\s*&\s*TT\b|\bTTTT\b/g, 'Thông tin và Truyền thông'],
  [/\bLĐ-?TB\s*&\s*XH\b|\bLĐTBXH\b/g, 'Lao động - Thương binh và Xã hội'],
  [/\bNN\s*&\s*PTNT\b|\bNNPTNT\b/g, 'Nông nghiệp và Phát triển nông thôn'],
  [/\bTN\s*&\s*MT\b|\bTNMT\b/g, 'Tài nguyên và Môi trường'],
  [/\bMTTQ\b/g, 'Mặt trận Tổ quốc'],
  [/\bCHQS\b/g, 'Chỉ huy quân sự'],
  [/\bBĐBP\b/g, 'Bộ đội Biên phòng'],
  [/\bTNCS\s*HCM\b/g, 'Thanh niên Cộng sản Hồ Chí Minh'],
  [/\bPT\s*&\s*TH\b/g, 'Phát thanh và Truyền hình'],
  [/\bVP\.?\s*(?=Ủy ban|UBND|Tỉnh ủy)/g, 'Văn phòng '],
];

/** The comparison key of an agency name: abbreviations expanded, canonical spelling, lower case. */
export function agencyKey(name: string): string {
  let out = canonicalSpelling(name);
  for (const [re, full] of EXPANSIONS) out = out.replace(re, full);
  return out.toLocaleLowerCase('vi').replace(/[.,]/g, '').replace(/\s+/g, ' ').replace(/^(các|đề nghị)\s+/, '').trim();
}

const SHORT_IDS: [RegExp, string][] = [
  [/^ủy ban nhân dân (tỉnh|thành phố)$/, 'ubnd-tinh'],
  [/^ủy ban nhân dân (các )?(xã|phường|thị trấn|đặc khu)( .*)?$/, 'ubnd-xa'],
  [/^ủy ban nhân dân (các )?huyện.*$/, 'ubnd-huyen'],
  [/^ủy ban nhân dân /, 'ubnd-'],
  [/^hội đồng nhân dân /, 'hdnd-'],
  [/^sở văn hóa,? thể thao và du lịch$/, 'so-vhttdl'],
  [/^sở giáo dục và đào tạo$/, 'so-gddt'],
  [/^sở khoa học và công nghệ$/, 'so-khcn'],
  [/^sở thông tin và truyền thông$/, 'so-tttt'],
  [/^sở lao động - thương binh và xã hội$/, 'so-ldtbxh'],
  [/^sở nông nghiệp và (phát triển nông thôn|môi trường)$/, 'so-nn'],
  [/^sở tài nguyên và môi trường$/, 'so-tnmt'],
  [/^văn phòng ủy ban nhân dân tỉnh$/, 'vp-ubnd-tinh'],
  [/^bộ chỉ huy quân sự tỉnh$/, 'bo-chqs-tinh'],
  [/^mặt trận tổ quốc /, 'mttq-'],
];

/** A readable id for an agency name (slug of the expanded name, shortened for common bodies). */
export function agencyId(name: string): string {
  const key = agencyKey(name);
  for (const [re, id] of SHORT_IDS) {
    if (re.test(key)) return id.endsWith('-') ? id + slugify(key.replace(re, '')) : id;
  }
  return slugify(key).slice(0, 48).replace(/-$/, '');
}

/** Administrative level of an agency, from its name. */
export function agencyLevel(name: string): 'trung-uong' | 'tinh' | 'huyen' | 'xa' | 'thon' {
  const k = agencyKey(name);
  const word = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'u');
  if (word('thôn|tổ dân phố|ấp|bản').test(k)) return 'thon';
  if (word('xã|phường|thị trấn|đặc khu').test(k) && !word('thị xã').test(k)) return 'xa';
  if (word('huyện|quận|thị xã').test(k)) return 'huyen';
  if (/^(bộ(?! chỉ huy| đội)|chính phủ|thủ tướng|quốc hội|trung ương|tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao|cục|tổng cục|ban chỉ đạo 138\/cp)/.test(k)) return 'trung-uong';
  return 'tinh';
}

/** Kind of body (schema `kind`), from its name. */
export function agencyKind(name: string): string {
  const k = agencyKey(name);
  if (/^(các|những|tất cả)\s/.test(canonicalSpelling(name).toLocaleLowerCase('vi')) || /(ban, ngành|sở, ngành|địa phương)/.test(k)) return 'nhom';
  if (/^ủy ban nhân dân/.test(k)) return 'ubnd';
  if (/công an/.test(k)) return 'cong-an';
  if (/quân sự|biên phòng|quân đội/.test(k)) return 'quan-su';
  if (/^(tòa án|viện kiểm sát|thi hành án|cục thi hành án)/.test(k)) return 'to-tung';
  if (/mặt trận|đoàn thanh niên|hội liên hiệp|hội nông dân|hội cựu chiến binh|liên đoàn lao động|công đoàn|thanh niên cộng sản|hội /.test(k)) return 'mttq-doan-the';
  if (/^ban chỉ đạo/.test(k)) return 'ban-chi-dao';
  if (/^(sở|phòng|văn phòng|thanh tra)/.test(k)) return 'chuyen-mon';
  if (/^(trung tâm|trường|bệnh viện|đài|báo|viện)/.test(k)) return 'su-nghiep';
  if (/^(công ty|tổng công ty|ngân hàng|bưu điện|điện lực|viễn thông)/.test(k)) return 'doanh-nghiep';
  if (/^(tỉnh ủy|huyện ủy|đảng ủy|hội đồng nhân dân|ban (dân vận|tuyên giáo|tổ chức|nội chính))/.test(k)) return 'dang-hdnd';
  if (/^(bộ|chính phủ|thủ tướng|cục|tổng cục)/.test(k)) return 'co-quan-trung-uong';
  return 'khac';
}
