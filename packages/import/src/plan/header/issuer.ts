import { properCase } from '@kehoach/nd30';
import type { HeaderBodyInput, IssuerInput } from '@kehoach/schema';
import type { Line } from '../lines.js';
import type { UnsureList } from '../unsure.js';
import type { TopFacts } from './top-lines.js';

/**
 * `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG` → `Ủy ban nhân dân tỉnh Lâm Đồng`, `SỞ GIÁO DỤC VÀ ĐÀO TẠO` → `Sở Giáo
 * dục và Đào tạo`: a name in capitals as Vietnamese writes it (`properCase` of @kehoach/nd30).
 */
export const properName = (upper: string): string => properCase(upper);

const EXPAND: Record<string, string> = { UBND: 'Ủy ban nhân dân', BCĐ: 'Ban Chỉ đạo', SGDĐT: 'Sở Giáo dục và Đào tạo', SYT: 'Sở Y tế' };

/**
 * The parent body and the issuer from the upper-case lines of the left column: the bold ones are the
 * issuer; `ỦY BAN NHÂN DÂN` over `TỈNH LÂM ĐỒNG` is one name on two lines, not a parent and its issuer.
 */
export function splitNames(names: readonly Line[]): { parentLines: string[]; issuerLines: string[] } {
  const upperNames = names.map((l) => l.text.replace(/^\*+|\*+$/g, '').trim()).filter(Boolean);
  const boldFrom = names.findIndex((l) => l.bold);
  const oneName = names.length === 2 && /^(ỦY|UỶ) BAN NHÂN DÂN$|^HỘI ĐỒNG NHÂN DÂN$/u.test(upperNames[0] ?? '') && /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)\s/u.test(upperNames[1] ?? '');
  if (names.length < 2 || oneName) return { parentLines: [], issuerLines: upperNames };
  const split = boldFrom > 0 ? boldFrom : 1;
  return { parentLines: upperNames.slice(0, split), issuerLines: upperNames.slice(split) };
}

/** The issuer as data, with what the reader must check marked unsure. */
export function recogniseIssuer(facts: TopFacts, top: readonly Line[], unsure: UnsureList): IssuerInput {
  const { parentLines, issuerLines } = splitNames(facts.names);
  const abbreviation = facts.symbol ? facts.symbol.split('-').filter(Boolean).slice(-1)[0] || facts.symbol || 'UBND' : 'UBND';
  const issuerName = issuerLines.length ? properName(issuerLines.join(' ')) : EXPAND[abbreviation] ?? abbreviation;
  if (!issuerLines.length) unsure.add(['issuer', 'name'], 'bản gốc không có tên cơ quan ban hành ở đầu văn bản: tên này được đoán từ ký hiệu', top[0]?.source ?? {});
  else unsure.add(['issuer', 'name'], 'tên cơ quan ban hành được viết lại từ chữ in hoa: kiểm tra chữ hoa, chữ thường', facts.names[0]!.source);
  if (!facts.place) unsure.add(['issuer', 'place'], 'không thấy địa danh, ngày tháng ở đầu văn bản', top[0]?.source ?? {});
  const issuer: IssuerInput = {
    name: issuerName,
    ...(issuerLines.length ? { headerLines: issuerLines } : {}),
    abbreviation,
    place: facts.place ?? (/(tỉnh|thành phố|huyện|xã)\s+(.+)$/u.exec(issuerName)?.[2] ?? 'Chưa rõ'),
  };
  if (parentLines.length) {
    const parent: HeaderBodyInput = { name: properName(parentLines.join(' ')), headerLines: parentLines };
    issuer.parent = parent;
  }
  return issuer;
}
