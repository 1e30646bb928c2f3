/** Templates for a new plan: the project's examples, each loaded only when chosen (a chunk of its own). */

const files = import.meta.glob('../../../examples/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** Names shown in the lists (the start screen, “Mới từ mẫu”), by file: who issues it, what it is about. */
const LABELS: Record<string, string> = {
  'tuyen-quang-2025-30-7': 'UBND tỉnh Tuyên Quang — hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7 (2025)',
  'khanh-hoa-2025': 'UBND tỉnh Khánh Hòa — phòng, chống mua bán người, dự thảo (2025)',
  'lang-son-2019': 'BCĐ 138 tỉnh Lạng Sơn — phòng, chống tội phạm (2019)',
  'ba-ria-vung-tau-2023': 'BCĐ 138 tỉnh Bà Rịa - Vũng Tàu — kế hoạch kèm công văn (2023)',
  'an-phu-2026-2030': 'BCĐ 799 xã An Phú — dự thảo (2026–2030)',
  'dak-lak-2026-pho-bien-phap-luat': 'UBND tỉnh Đắk Lắk — phổ biến, giáo dục pháp luật (2026)',
  'phu-tho-2025-cong-van-dich-vu-cong': 'UBND tỉnh Phú Thọ — công văn về dịch vụ công trực tuyến (2025)',
  'quang-tri-2026-chuyen-doi-so': 'UBND tỉnh Quảng Trị — chuyển đổi số (2026)',
  'thcs-hoa-khanh-2025-2026-kiem-tra-noi-bo': 'Trường THCS Hòa Khánh — kiểm tra nội bộ, năm học 2025–2026',
};

/** One template. */
export interface Template {
  id: string;
  label: string;
  load(): Promise<string>;
}

/** Every template, the Tuyên Quang plan first. */
export const TEMPLATES: Template[] = Object.entries(files)
  .map(([path, load]) => {
    const id = path.replace(/^.*\//, '').replace(/\.yaml$/, '');
    return { id, label: LABELS[id] ?? id, load };
  })
  .sort((a, b) => (a.id === 'tuyen-quang-2025-30-7' ? -1 : b.id === 'tuyen-quang-2025-30-7' ? 1 : a.label.localeCompare(b.label, 'vi')));

/** The schema line of a template points into the repository; a file saved elsewhere does not have it. */
export function forNewPlan(text: string): string {
  return text.replace(/^# yaml-language-server: \$schema=\.\.\/schemas\/plan\.schema\.json\n/, '');
}
