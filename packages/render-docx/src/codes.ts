import { defineCodes } from '@kehoach/core';

/** The diagnostic codes of `@kehoach/render-docx` (templates and the DOCX). Codes are stable: tools and portals may match on them. */
export const RENDER_DOCX_CODES = defineCodes('render-docx', {
  TEMPLATE_INVALID: {
    severity: 'error',
    vi: 'Mẫu DOCX không dùng được: {detail}',
    en: 'The DOCX template cannot be used: {detailEn}',
    example: 'kehoach render plan.yaml --template not-a-docx.txt',
  },
  TEMPLATE_MISSING_TAG: {
    severity: 'error',
    vi: 'Mẫu DOCX thiếu thẻ {tag}: {what} sẽ không được in.',
    en: 'The DOCX template has no {tag} tag: {whatEn} would not be printed.',
    example: 'a template whose {@body} paragraph was deleted',
  },
  TEMPLATE_UNKNOWN_TAG: {
    severity: 'error',
    vi: 'Mẫu DOCX có thẻ không biết “{tag}”. Các thẻ hợp lệ: {known}.',
    en: 'The DOCX template has an unknown tag "{tag}". Known tags: {known}.',
    example: 'a template containing {ten_don_vi}',
  },
  TEMPLATE_TAG_MISUSED: {
    severity: 'error',
    vi: 'Mẫu DOCX viết thẻ “{written}”, nhưng thẻ này phải viết là “{expected}”: {why}.',
    en: 'The DOCX template writes the tag "{written}", which must be written "{expected}": {whyEn}.',
    example: 'a template containing {@title}',
  },
  TEMPLATE_MISSING_STYLE: {
    severity: 'warning',
    vi: 'Mẫu DOCX thiếu kiểu đoạn “{style}”; các đoạn đó sẽ dùng kiểu Normal.',
    en: 'The DOCX template has no paragraph style "{style}"; those paragraphs fall back to Normal.',
    example: 'a template whose KHMuc style was deleted',
  },
  HEADER_LINE_TOO_LONG: {
    severity: 'warning',
    vi: 'Dòng tiêu đề “{line}” dài hơn cột tiêu đề (khoảng {width} mm) dù tách ở chỗ nào: chữ sẽ xuống dòng tùy ý. Viết tắt (UBND, BCĐ) hoặc tự tách dòng trong headerLines.',
    en: 'The header line "{line}" is wider than the header column (about {width} mm) however it is broken; it will wrap anywhere. Abbreviate or split it yourself in headerLines.',
    example: 'headerLines: [BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC CÔNG NGHỆ ĐỔI MỚI SÁNG TẠO CHUYỂN ĐỔI SỐ]',
  },
  XML_INVALID_CHAR: {
    severity: 'warning',
    vi: 'Đã bỏ {count} ký tự điều khiển không hợp lệ trong văn bản Word (ví dụ U+{hex}).',
    en: 'Dropped {count} control characters that Word does not accept (e.g. U+{hex}).',
    example: 'title: "Kế hoạch\u0007"',
  },
});

/** A code of `RENDER_DOCX_CODES`. */
export type RenderDocxCode = keyof typeof RENDER_DOCX_CODES.codes;
