import { defineCodes } from '@kehoach/core';

/** The diagnostic codes of `@kehoach/progress`. Codes are stable: tools and portals may match on them. */
export const PROGRESS_CODES = defineCodes('progress', {
  PROGRESS_UNKNOWN_ITEM: {
    severity: 'warning',
    vi: 'Không có nhiệm vụ “{id}” trong danh mục của kế hoạch; tiến độ của mục này được giữ nhưng không tính.',
    en: 'No item "{id}" in the plan’s checklist; its progress is kept but not counted.',
    example: 'items: { nv-khong-co/lead/so-tp: { updates: [...] } }',
  },
  PROGRESS_DUPLICATE_ITEM: {
    severity: 'error',
    vi: 'Nhiệm vụ “{id}” được ghi hai lần (một lần có mã kế hoạch ở đầu, một lần không).',
    en: 'Item "{id}" is written twice (once with the plan’s key, once without).',
    example: 'items: { kh-ubnd-2026-x/nv-1/lead/a: …, nv-1/lead/a: … }',
  },
  PROGRESS_UPDATE_ORDER: {
    severity: 'warning',
    vi: 'Cập nhật ngày {date} đứng sau cập nhật ngày {previous}; các lần cập nhật nên theo thứ tự ngày.',
    en: 'The update of {date} comes after the update of {previous}; updates should be in date order.',
    example: 'updates: [{ date: 2026-05-01, … }, { date: 2026-04-01, … }]',
  },
  PROGRESS_COMPLETED_LATER: {
    severity: 'error',
    vi: 'Ngày hoàn thành {completed} sau ngày báo cáo {date}.',
    en: 'The completion date {completed} is after the report’s date {date}.',
    example: '{ date: 2026-04-01, status: hoan-thanh, completed: 2026-04-15 }',
  },
  PROGRESS_COMPLETED_NOT_DONE: {
    severity: 'error',
    vi: 'Có ngày hoàn thành nhưng tình trạng là “{status}”, không phải hoan-thanh.',
    en: 'A completion date with status "{status}", not hoan-thanh.',
    example: '{ date: 2026-04-01, status: dang-thuc-hien, completed: 2026-03-30 }',
  },
  PROGRESS_EXTENSION_EARLIER: {
    severity: 'warning',
    vi: 'Hạn mới {due} không sau hạn trước {previous}.',
    en: 'The new deadline {due} is not after the previous one {previous}.',
    example: 'extensions: [{ due: 2026-03-01, previousDue: 2026-06-30, grantedBy: … }]',
  },
  PROGRESS_EXTENSION_NO_DEADLINE: {
    severity: 'warning',
    vi: 'Gia hạn cho nhiệm vụ không có thời hạn (thường xuyên); hạn mới {due} được dùng làm hạn.',
    en: 'An extension of a duty with no deadline (ongoing); the new deadline {due} is used.',
    example: 'an ongoing duty with extensions: [{ due: 2026-06-30, … }]',
  },
  PROGRESS_PAUSE_ORDER: {
    severity: 'error',
    vi: 'Tạm dừng đến ngày {to} trước ngày bắt đầu {from}.',
    en: 'A pause ends ({to}) before it starts ({from}).',
    example: 'pauses: [{ from: 2026-05-01, to: 2026-04-01 }]',
  },
  PROGRESS_XLSX_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được sổ Excel: {detail}.',
    en: 'The workbook cannot be read: {detail}.',
    example: 'a .xlsx that is not a zip, or a sheet without the “Mã theo dõi” column',
  },
  PROGRESS_XLSX_UNKNOWN_ITEM: {
    severity: 'error',
    vi: 'Ô {cell}: mã theo dõi “{id}” không có trong danh mục của kế hoạch; dòng này không được nhập.',
    en: 'Cell {cell}: tracking id "{id}" is not in the plan’s checklist; the row is not imported.',
    example: 'a row whose “Mã theo dõi” was edited',
  },
  PROGRESS_XLSX_STATUS: {
    severity: 'error',
    vi: 'Ô {cell}: tình trạng “{value}” không có trong danh sách ({allowed}); dòng này không được nhập.',
    en: 'Cell {cell}: status "{value}" is not one of {allowed}; the row is not imported.',
    example: 'Tình trạng báo cáo: “xong rồi”',
  },
  PROGRESS_XLSX_DATE: {
    severity: 'error',
    vi: 'Ô {cell}: “{value}” không phải một ngày (dd/mm/yyyy); dòng này không được nhập.',
    en: 'Cell {cell}: "{value}" is not a date (dd/mm/yyyy); the row is not imported.',
    example: 'Ngày hoàn thành: “31/02/2026” or “tuần sau”',
  },
  PROGRESS_XLSX_COMPLETED: {
    severity: 'error',
    vi: 'Ô {cell}: ngày hoàn thành {value} {reason}; dòng này không được nhập.',
    en: 'Cell {cell}: completion date {value} {reasonEn}; the row is not imported.',
    example: 'Ngày hoàn thành filled with Tình trạng “Đang thực hiện”, or after the report’s date',
  },
  PROGRESS_XLSX_PERCENT: {
    severity: 'error',
    vi: 'Ô {cell}: tỷ lệ “{value}” không phải số từ 0 đến 100; dòng này không được nhập.',
    en: 'Cell {cell}: percent "{value}" is not a number from 0 to 100; the row is not imported.',
    example: 'Tỷ lệ (%): “gần xong”',
  },
  PROGRESS_XLSX_WRONG_AGENCY: {
    severity: 'error',
    vi: 'Ô {cell}: nhiệm vụ {ref} là của {owner}, không phải của {agency} gửi sổ này; dòng này không được nhập.',
    en: 'Cell {cell}: item {ref} belongs to {owner}, not to {agency} who returned this workbook; the row is not imported.',
    example: 'the workbook of Sở Y tế with a row of Công an tỉnh filled in',
  },
  PROGRESS_XLSX_CONFLICT: {
    severity: 'warning',
    vi: 'Ô {cell}: tiến độ ngày {date} của nhiệm vụ {ref} khác với {other}; không ghi đè, không tự chọn bản nào — cần kiểm tra.',
    en: 'Cell {cell}: the progress of {date} for item {ref} differs from {otherEn}; nothing is overwritten and neither is chosen.',
    example: 'a row reporting dang-thuc-hien where hoan-thanh is recorded for the same day, or two rows of one item saying different things',
  },
});

/** A code of `PROGRESS_CODES`. */
export type ProgressCode = keyof typeof PROGRESS_CODES.codes;
