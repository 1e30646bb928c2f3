import { BOLD, METRIC_CHARS, REGULAR, UNITS_PER_EM } from './generated/font-metrics.js';

const INDEX = new Map([...METRIC_CHARS].map((c, i) => [c, i]));
const FALLBACK = INDEX.get('M')!;

/** Width in points of a line of Times New Roman (Liberation Serif metrics) at `size` pt. */
export function textWidth(text: string, size: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const c of text.normalize('NFC')) units += table[INDEX.get(c) ?? FALLBACK]!;
  return (units * size) / UNITS_PER_EM;
}

/**
 * Where a văn thư breaks a body's name: after the kind of body (“ỦY BAN NHÂN DÂN” / “TỈNH …”,
 * “BAN CHỈ ĐẠO” / “…”, “SỞ …” after “UBND TỈNH …”), i.e. before the words that name the place or
 * the field. Earlier words in this list are better places.
 */
const PREFERRED_BEFORE = ['TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU', 'SỞ', 'PHÒNG', 'BAN', 'TRƯỜNG', 'ĐOÀN', 'THEO', 'CÔNG', 'PHÁT TRIỂN'];

/** Words that belong together: a break inside one reads badly (“TRƯỜNG TRUNG HỌC CƠ” / “SỞ”). */
const PHRASES = [
  'ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'TRUNG HỌC CƠ SỞ', 'TRUNG HỌC PHỔ THÔNG', 'CƠ SỞ', 'NHÂN DÂN',
  'BAN CHỈ ĐẠO', 'CHỈ ĐẠO', 'CÔNG AN', 'QUÂN SỰ', 'MẶT TRẬN TỔ QUỐC', 'GIÁO DỤC VÀ ĐÀO TẠO', 'KHOA HỌC VÀ CÔNG NGHỆ',
  'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU', 'MẦM NON', 'TIỂU HỌC', 'Y TẾ', 'TƯ PHÁP', 'NỘI VỤ', 'TÀI CHÍNH',
];

/** True when a break between words `i - 1` and `i` falls inside one of the phrases. */
function splitsPhrase(words: string[], i: number): boolean {
  const line = words.join(' ');
  const at = words.slice(0, i).join(' ').length; // index of the space broken at
  return PHRASES.some((p) => {
    for (let k = line.indexOf(p); k !== -1; k = line.indexOf(p, k + 1)) if (k < at && at < k + p.length) return true;
    return false;
  });
}

/** The result of fitting: the lines as they will print, and the lines that cannot fit however broken. */
export interface FittedLines {
  lines: string[];
  tooLong: string[];
}

/**
 * Fits header lines (parent body, issuer) into a column `width` pt wide: a line that fits is kept;
 * a line that does not is broken at the best word boundary where both parts fit — before a place
 * or field word when there is one, else where the two parts are most even; a line that cannot be
 * made to fit is kept and reported.
 */
export function fitHeaderLines(lines: string[], width: number, size: number, bold: boolean): FittedLines {
  const out: string[] = [];
  const tooLong: string[] = [];
  const fits = (s: string) => textWidth(s, size, bold) <= width;
  const fit = (line: string): string[] => {
    if (fits(line)) return [line];
    const words = line.split(' ');
    const candidates: Array<{ a: string; b: string; score: number }> = [];
    for (let i = 1; i < words.length; i++) {
      const a = words.slice(0, i).join(' ');
      const b = words.slice(i).join(' ');
      if (!fits(a)) break;
      // A hyphen or dash never starts a line; a phrase is not cut; a place or field word that opens
      // a line of its own (“TỈNH …”, “SỞ GIÁO DỤC …”) is preferred; among equals, the more even split.
      if (/^[-–]/.test(b)) continue;
      const rank = PREFERRED_BEFORE.findIndex((w) => b.startsWith(w + ' '));
      const evenness = Math.abs(textWidth(a, size, bold) - textWidth(b, size, bold));
      candidates.push({ a, b, score: (splitsPhrase(words, i) ? 10_000 : 0) + (rank === -1 ? 1000 : rank * 10) + evenness / 100 });
    }
    candidates.sort((x, y) => x.score - y.score);
    for (const c of candidates) {
      const rest = fit(c.b);
      if (rest.every(fits)) return [c.a, ...rest];
    }
    tooLong.push(line);
    return [line];
  };
  for (const l of lines) out.push(...fit(l));
  return { lines: out, tooLong };
}
