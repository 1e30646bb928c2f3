import { foldName } from './fold.js';

/**
 * The 29 provinces merged into another on 1 July 2025 (Nghị quyết 202/2025/QH15), by name: a small
 * index of the registry (a test keeps it equal to `formerProvinces().filter((p) => p.merged)`), so
 * that a check can tell without loading the registry whether a text may name one.
 */
export const MERGED_PROVINCE_NAMES: readonly string[] = [
  'Bà Rịa - Vũng Tàu', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Bình Định', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bến Tre', 'Hoà Bình',
  'Hà Giang', 'Hà Nam', 'Hải Dương', 'Hậu Giang', 'Kiên Giang', 'Kon Tum', 'Long An', 'Nam Định', 'Ninh Thuận', 'Phú Yên', 'Quảng Bình',
  'Quảng Nam', 'Sóc Trăng', 'Thái Bình', 'Tiền Giang', 'Trà Vinh', 'Vĩnh Phúc', 'Yên Bái', 'Đắk Nông',
];

const FOLDED = MERGED_PROVINCE_NAMES.map((n) => ` tinh ${foldName(n)}`);

/**
 * Whether a text may name a merged province as “tỉnh …” (compared without marks, so every way of
 * writing it counts; a false “yes” only costs loading the registry).
 *
 * @example mayNameMergedProvince('Công an tỉnh Hà Giang') === true
 */
export function mayNameMergedProvince(text: string): boolean {
  const folded = ` ${foldName(text)}`;
  return FOLDED.some((n) => folded.includes(n));
}
