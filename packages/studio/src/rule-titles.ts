/**
 * Short Vietnamese names of the checker's rules, shown beside each rule id in the findings list and
 * the underline's tooltip (the id stays: it is what `.kehoachrc.yaml` and `kehoach check` use). A
 * rule with no name here (a portal's own) shows its id alone.
 */
export const RULE_TITLES: Readonly<Record<string, string>> = {
  'abbreviation-before-definition': 'Viết tắt trước khi viết đầy đủ',
  'agency-not-recipient': 'Cơ quan chủ trì thiếu ở Nơi nhận',
  'archive-line': 'Dòng “Lưu: VT”',
  'attribution-names-lead': 'Lời phân công khác cơ quan chủ trì',
  'citation-conflict': 'Một văn bản trích dẫn hai ngày',
  'date-outside-period': 'Ngày ngoài thời kỳ kế hoạch',
  'deadline-before-issue': 'Hạn trước ngày ban hành',
  'district-level-body': 'Cơ quan cấp huyện đã không còn',
  'document-kind': 'Loại văn bản',
  'document-symbol': 'Ký hiệu văn bản',
  'dossier-reference': 'Tờ trình không có trong hồ sơ',
  'doubled-word': 'Từ gõ lặp',
  'draft-mark-issued': 'Dấu “DỰ THẢO” trên văn bản đã ban hành',
  'draft-number-date': 'Số và ngày của văn bản',
  'duplicate-paragraph': 'Đoạn văn trùng lặp',
  'empty-section': 'Mục không có nội dung',
  'former-commune': 'Xã, phường cũ đã sáp nhập',
  'former-province-name': 'Tên tỉnh cũ',
  'group-heading': 'Tiêu đề nhóm nhiệm vụ',
  'heading-agency-spelling': 'Tên cơ quan ở tiêu đề nhóm',
  'known-agencies': 'Mã cơ quan chưa khai báo',
  'known-references': 'Văn bản được nhắc chưa khai báo',
  misspelling: 'Lỗi chính tả',
  'mixed-spelling': 'Dùng lẫn hai cách viết',
  'nhu-dieu-without-articles': '“Như Điều …” không có điều',
  'period-shape': 'Thời kỳ kế hoạch',
  'recipient-names': 'Nơi nhận chưa khai báo',
  'recipient-punctuation': 'Dấu câu ở Nơi nhận',
  'recipient-undeclared': 'Nơi nhận ghi bằng chữ',
  'recipients-present': 'Thiếu Nơi nhận',
  'reporting-days': 'Hạn nộp báo cáo',
  'reporting-text-mismatch': 'Ngày báo cáo khác lời văn',
  'signature-authority': 'Thẩm quyền ký',
  'signature-lines': 'Khối chữ ký',
  'single-subitem': 'Chỉ một mục con được đánh số',
  'space-before-punctuation': 'Dấu cách trước dấu câu',
  'stale-year': 'Năm cũ còn sót',
  'superseded-basis': 'Căn cứ đã bị thay thế',
  'table-shape': 'Hình dạng bảng',
  'task-without-lead': 'Nhiệm vụ không có cơ quan',
  'text-data-mismatch': 'Lời văn khác dữ liệu',
  'time-consistency': 'Thời gian không nhất quán',
  'typed-number': 'Số thứ tự gõ tay',
  'unbalanced-brackets': 'Ngoặc không khớp',
  'unique-ids': 'Mã trùng nhau',
  'weekday-mismatch': 'Thứ không khớp ngày',
  'window-reversed': 'Kỳ số liệu ngược',
};

/** The tag of a finding: “Lỗi chính tả · misspelling”, or the id alone. */
export function ruleTag(rule: string): string {
  const title = RULE_TITLES[rule];
  return title ? `${title} · ${rule}` : rule;
}
