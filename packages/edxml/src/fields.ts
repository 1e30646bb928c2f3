/**
 * The fields of the edXML message header (QCVN 102:2016/BTTTT, amended by Sửa đổi 1:2022, Thông tư
 * 01/2022/TT-BTTTT), in one table: element path, meaning, type, maximum length, required flag, and
 * how sure this project is of each. The writer emits elements in this order; the checker enforces
 * the lengths and required flags from here, so a correction is one line.
 *
 * Confidence:
 * - `sure`: the element name and its place are confirmed by the standard's published sample
 *   structure and by independent implementations that send to the national document axis (Trục
 *   liên thông văn bản quốc gia) — names, nesting, namespace.
 * - `recalled`: the length or required flag as recalled from the standard's field table; not
 *   re-verified against the official text for this release.
 * - `inferred`: chosen by this project where the standard's text was not at hand (a value list, a
 *   format); see docs/edxml.md.
 */

/** Namespace of every edXML element (the root's default namespace and the `edXML` prefix). */
export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

/** How sure the project is of a field's definition. */
export type Confidence = 'sure' | 'recalled' | 'inferred';

/** One field of the message header. */
export interface EdxmlField {
  /** Path of element names under `MessageHeader`, `/`-separated (`From/OrganId`). */
  path: string;
  /** What it holds, in Vietnamese (used in diagnostics). */
  vi: string;
  type: 'string' | 'int' | 'date' | 'group';
  /** Maximum length in characters (Unicode code points), for strings. */
  max?: number;
  /** Must be present (and not empty) whenever its parent is. */
  required: boolean;
  /** May occur several times. */
  repeats?: boolean;
  /** How sure the name / the length and required flag are. */
  confidence: { name: Confidence; limits: Confidence };
}

const organ = (p: string, who: string, required: boolean): EdxmlField[] => [
  { path: p, vi: who, type: 'group', required, ...(p === 'To' ? { repeats: true } : {}), confidence: { name: 'sure', limits: 'recalled' } },
  { path: `${p}/OrganId`, vi: `Mã định danh ${who}`, type: 'string', max: 13, required: true, confidence: { name: 'sure', limits: 'sure' } },
  { path: `${p}/OrganizationInCharge`, vi: `Cơ quan chủ quản của ${who}`, type: 'string', max: 200, required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: `${p}/OrganName`, vi: `Tên ${who}`, type: 'string', max: 200, required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: `${p}/OrganAdd`, vi: `Địa chỉ ${who}`, type: 'string', max: 250, required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: `${p}/Email`, vi: `Thư điện tử ${who}`, type: 'string', max: 100, required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: `${p}/Telephone`, vi: `Điện thoại ${who}`, type: 'string', max: 20, required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: `${p}/Fax`, vi: `Fax ${who}`, type: 'string', max: 20, required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: `${p}/Website`, vi: `Trang thông tin điện tử ${who}`, type: 'string', max: 100, required: false, confidence: { name: 'sure', limits: 'recalled' } },
];

/** Every field of `MessageHeader`, in the order they are written. */
export const EDXML_FIELDS: readonly EdxmlField[] = [
  ...organ('From', 'cơ quan gửi', true),
  ...organ('To', 'cơ quan nhận', true),
  { path: 'DocumentId', vi: 'Mã định danh văn bản', type: 'string', max: 100, required: true, confidence: { name: 'sure', limits: 'inferred' } },
  { path: 'Code', vi: 'Số, ký hiệu văn bản', type: 'group', required: true, confidence: { name: 'sure', limits: 'sure' } },
  { path: 'Code/CodeNumber', vi: 'Số văn bản', type: 'string', max: 11, required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'Code/CodeNotation', vi: 'Ký hiệu văn bản', type: 'string', max: 30, required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'PromulgationInfo', vi: 'Nơi, ngày ban hành', type: 'group', required: true, confidence: { name: 'sure', limits: 'sure' } },
  { path: 'PromulgationInfo/Place', vi: 'Địa danh', type: 'string', max: 50, required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'PromulgationInfo/PromulgationDate', vi: 'Ngày ban hành', type: 'date', required: true, confidence: { name: 'sure', limits: 'sure' } },
  { path: 'DocumentType', vi: 'Loại văn bản', type: 'group', required: true, confidence: { name: 'sure', limits: 'sure' } },
  { path: 'DocumentType/Type', vi: 'Mã loại văn bản', type: 'int', required: true, confidence: { name: 'sure', limits: 'inferred' } },
  { path: 'DocumentType/TypeName', vi: 'Tên loại văn bản', type: 'string', max: 100, required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'Subject', vi: 'Trích yếu nội dung', type: 'string', max: 500, required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'Content', vi: 'Nội dung', type: 'string', required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'SignerInfo', vi: 'Người ký', type: 'group', required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'SignerInfo/Competence', vi: 'Thẩm quyền ký', type: 'string', max: 100, required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'SignerInfo/Position', vi: 'Chức vụ người ký', type: 'string', max: 100, required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'SignerInfo/FullName', vi: 'Họ tên người ký', type: 'string', max: 50, required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'DueDate', vi: 'Hạn trả lời', type: 'date', required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'ToPlaces', vi: 'Nơi nhận', type: 'group', required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'ToPlaces/Place', vi: 'Một nơi nhận', type: 'string', max: 1000, required: false, repeats: true, confidence: { name: 'sure', limits: 'inferred' } },
  { path: 'OtherInfo', vi: 'Thông tin khác', type: 'group', required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'OtherInfo/Priority', vi: 'Độ khẩn', type: 'int', required: true, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'OtherInfo/SphereOfPromulgation', vi: 'Phạm vi lưu hành', type: 'string', max: 100, required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'OtherInfo/TyperNotation', vi: 'Ký hiệu người đánh máy', type: 'string', max: 10, required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'OtherInfo/PromulgationAmount', vi: 'Số lượng bản phát hành', type: 'int', required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'OtherInfo/PageAmount', vi: 'Số trang', type: 'int', required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'OtherInfo/Appendixes', vi: 'Phụ lục', type: 'group', required: false, confidence: { name: 'sure', limits: 'recalled' } },
  { path: 'OtherInfo/Appendixes/Appendix', vi: 'Tên một phụ lục', type: 'string', max: 200, required: false, repeats: true, confidence: { name: 'sure', limits: 'inferred' } },
  { path: 'SteeringType', vi: 'Loại chỉ đạo', type: 'int', required: false, confidence: { name: 'sure', limits: 'inferred' } },
  { path: 'ResponseFor', vi: 'Văn bản được trả lời', type: 'group', required: false, confidence: { name: 'sure', limits: 'recalled' } },
];

/** Fields of one attachment (`edXMLManifest/Reference` and `AttachmentEncoded/Attachment`). */
export const ATTACHMENT_FIELDS: readonly EdxmlField[] = [
  { path: 'ContentId', vi: 'Mã tệp đính kèm', type: 'string', max: 100, required: true, confidence: { name: 'sure', limits: 'inferred' } },
  { path: 'ContentType', vi: 'Kiểu tệp đính kèm', type: 'string', max: 100, required: true, confidence: { name: 'sure', limits: 'inferred' } },
  { path: 'Description', vi: 'Mô tả tệp đính kèm', type: 'string', max: 500, required: false, confidence: { name: 'sure', limits: 'inferred' } },
  { path: 'AttachmentName', vi: 'Tên tệp đính kèm', type: 'string', max: 255, required: true, confidence: { name: 'sure', limits: 'inferred' } },
];

/** `OtherInfo/Priority`: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ. */
export const PRIORITIES = { thuong: 0, khan: 1, 'thuong-khan': 2, 'hoa-toc': 3, 'hoa-toc-hen-gio': 4 } as const;

/**
 * Dates are written `yyyy/MM/dd`, as the national axis and the systems that talk to it exchange
 * them (e.g. `2025/07/24`).
 */
export function edxmlDate(iso: string): string {
  return iso.replaceAll('-', '/');
}

const CONFIDENCE_VI: Record<Confidence, string> = { sure: 'chắc chắn', recalled: 'theo trí nhớ bảng của QCVN', inferred: 'suy ra' };

/** The field table as Markdown (docs/edxml.md shows it; a test keeps the two equal). */
export function fieldsTable(fields: readonly EdxmlField[] = EDXML_FIELDS): string {
  const rows = fields.map((f) =>
    `| \`${f.path}\` | ${f.vi} | ${f.type} | ${f.max ?? ''} | ${f.required ? 'có' : ''}${f.repeats ? (f.required ? ' (lặp)' : 'lặp') : ''} | ${CONFIDENCE_VI[f.confidence.limits]} |`);
  return ['| trường (field) | nghĩa | kiểu | tối đa (ký tự) | bắt buộc | độ dài, bắt buộc: độ tin cậy |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n';
}
