import { defineCodes } from '@kehoach/core';

/** The diagnostic codes of `@kehoach/review` (the tracked-changes DOCX, a reviewed DOCX read back). Codes are stable. */
export const REVIEW_CODES = defineCodes('review', {
  REVIEW_RENDER_FAILED: {
    severity: 'error',
    vi: 'Không dựng được văn bản DOCX của bản {which}: {detail}',
    en: 'The {which} version could not be rendered as DOCX: {detail}',
    example: 'kehoach diff a.yaml b.yaml -o thay-doi.docx   # a template missing a tag',
  },
  REVIEW_COMMENT_UNPLACED: {
    severity: 'warning',
    vi: 'Không tìm thấy đoạn in ra của góp ý “{text}” ({path}); góp ý được gắn vào tên văn bản.',
    en: 'The paragraph of the review note "{text}" ({path}) was not found; the note is anchored to the title.',
    example: 'review: [ { text: “…”, quote: “chữ không có trong văn bản” } ]',
  },
  REVIEW_DOCX_INVALID: {
    severity: 'error',
    vi: 'Tệp “{file}” không phải văn bản Word đọc được: {detail}',
    en: '"{file}" is not a readable Word document: {detail}',
    example: 'kehoach import hong.docx --onto ke-hoach.yaml',
  },
  REVIEW_NOT_THIS_PLAN: {
    severity: 'error',
    vi: 'Văn bản “{file}” không khớp với kế hoạch này (chỉ {share}% đoạn văn giống): hãy dùng tệp DOCX do kehoach in từ chính kế hoạch này rồi sửa trong Word.',
    en: '"{file}" does not match this plan (only {share}% of paragraphs alike): use a DOCX kehoach rendered from this plan, edited in Word.',
    example: 'kehoach import ke-hoach-khac.docx --onto ke-hoach.yaml',
  },
  REVIEW_EDIT_APPLIED: {
    severity: 'info',
    vi: 'Đã ghi: {what}.',
    en: 'Applied: {whatEn}.',
    example: 'a deadline changed in Word: “Trong quý II/2026” → “Trong quý III/2026”',
  },
  REVIEW_EDIT_UNPLACED: {
    severity: 'warning',
    vi: 'Chưa ghi được chỗ sửa ở đoạn “{paragraph}”: {why} Hãy sửa tay trong tệp YAML.',
    en: 'An edit in the paragraph "{paragraph}" could not be placed: {whyEn} Edit the YAML by hand.',
    example: 'a change to the header table (Số:, ngày …) made in Word',
  },
});

/** A code of `REVIEW_CODES`. */
export type ReviewCode = keyof typeof REVIEW_CODES.codes;
