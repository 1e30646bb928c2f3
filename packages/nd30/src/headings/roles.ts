/**
 * What a heading of a plan is about, read from its words: the sections and sub-headings a plan has
 * (`I. MỤC ĐÍCH, YÊU CẦU`, `a) Mục tiêu`, `III. TỔ CHỨC THỰC HIỆN` …). The names are the section
 * roles of the plan schema.
 */
export type HeadingRole = 'implementation' | 'funding' | 'reporting' | 'tasks' | 'goals' | 'situation' | 'rewards' | 'schedule';

/** One way a heading names what it is about, with a heading it reads. */
export interface HeadingRule {
  role: HeadingRole;
  pattern: RegExp;
  example: string;
}

/**
 * The heading words of each role, in the order they are tried (`Tổ chức thực hiện` before the
 * `thực hiện` of a task heading; `Nhiệm vụ, giải pháp` before the goals `Mục tiêu, nhiệm vụ` falls to).
 */
export const HEADING_RULES: readonly HeadingRule[] = [
  { role: 'implementation', pattern: /tổ chức thực hiện|trách nhiệm thực hiện/iu, example: 'III. TỔ CHỨC THỰC HIỆN' },
  { role: 'funding', pattern: /kinh phí/iu, example: 'IV. KINH PHÍ THỰC HIỆN' },
  { role: 'reporting', pattern: /chế độ báo cáo|thông tin,? báo cáo/iu, example: 'V. CHẾ ĐỘ THÔNG TIN, BÁO CÁO' },
  { role: 'tasks', pattern: /nhiệm vụ|giải pháp|nội dung|phân công|hoạt động/iu, example: 'II. NHIỆM VỤ, GIẢI PHÁP' },
  { role: 'goals', pattern: /mục đích|mục tiêu|yêu cầu|chỉ tiêu|mong đợi|cần đạt/iu, example: 'a) Mục tiêu cụ thể' },
  { role: 'situation', pattern: /tình hình|kết quả|đánh giá/iu, example: 'I. KẾT QUẢ THỰC HIỆN NĂM 2025' },
  { role: 'rewards', pattern: /khen thưởng|thi đua/iu, example: 'VI. KHEN THƯỞNG' },
  { role: 'schedule', pattern: /tiến độ|lịch|thời gian/iu, example: '3. Thời gian thực hiện' },
];

/** The role a heading's words name (`Mục tiêu` → `goals`), or `undefined`. */
export function headingRole(title: string): HeadingRole | undefined {
  return HEADING_RULES.find((r) => r.pattern.test(title))?.role;
}
