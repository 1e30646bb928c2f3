/**
 * Types of documents a plan cites, as written (longest first, so `Nghị quyết liên tịch` is not read
 * as `Nghị quyết`). The law family is cited by its name and date of adoption; every other type by
 * number, date, issuer and subject.
 */
export const DOCUMENT_TYPES: readonly string[] = [
  'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết liên tịch', 'Nghị quyết', 'Nghị định', 'Quyết định',
  'Chỉ thị', 'Thông tư liên tịch', 'Thông tư', 'Kế hoạch', 'Công văn', 'Công điện', 'Chương trình', 'Đề án',
  'Hướng dẫn', 'Kết luận', 'Thông báo', 'Tờ trình', 'Báo cáo', 'Quy chế', 'Quy định', 'Phương án', 'Văn bản',
];

/** The law family (Hiến pháp, Bộ luật, Luật, Pháp lệnh): cited by name, then the date of adoption in words. */
export const LAW_FAMILY: readonly string[] = ['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh'];

/** How a type is cited: `law` (name and date of adoption) or `document` (number, date, issuer, subject). */
export function citationFamily(type: string): 'law' | 'document' {
  return LAW_FAMILY.includes(type.normalize('NFC').trim()) ? 'law' : 'document';
}

/**
 * The words that start a subject after the issuer (`… của Thủ tướng Chính phủ về việc …`), longest
 * first: the end of the issuer's name when a citation is read back.
 */
export const SUBJECT_CONNECTIVES: readonly string[] = [
  'về việc', 'về', 'ban hành', 'phê duyệt', 'quy định', 'hướng dẫn', 'thực hiện', 'triển khai', 'sửa đổi', 'bổ sung', 'tổ chức', 'kiện toàn', 'thành lập', 'giao', 'tăng cường', 'đẩy mạnh',
];
