// The package's browser build: its Node entry needs Node's global Buffer, which browsers and workers lack.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Checklist } from './checklist-model.js';
import { safeCell } from './csv-cell.js';
import { dueDateText, dueKindText, paddedDate } from './format-date-vi.js';

/**
 * The CSV columns, in Vietnamese. “Hạn” is the deadline as a person reads it, “Thời gian (theo kế
 * hoạch)” the time as the plan words it (`Trước ngày 25 hằng tháng`); “Bắt đầu (ISO)”,
 * “Hạn (ISO)” and “Loại hạn” are for sorting and filtering (ISO dates sort as text and no locale
 * can misread them); the last two tell apart the rows of one task.
 */
export const CSV_COLUMNS = [
  'STT', 'Mã', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn', 'Thời gian (theo kế hoạch)', 'Bắt đầu (ISO)', 'Hạn (ISO)', 'Loại hạn', 'Giờ',
  'Trạng thái', 'Căn cứ', 'Cơ quan thực hiện', 'Mã theo dõi',
];

/**
 * The checklist as CSV for Excel: UTF-8 with a BOM (so Vietnamese shows correctly), CRLF line
 * ends, RFC 4180 quoting (csv-stringify), display dates as dd/mm/yyyy beside ISO
 * dates that sort; “Hạn” says “trước …” for a before-deadline. A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR
 * first) starts with an apostrophe (OWASP), so opening the file never evaluates plan text.
 *
 * @example
 * const csv = toCsv(deriveChecklist(plan).checklist); // write as UTF-8; Excel opens it
 */
export function toCsv(c: Checklist): string {
  const rows = c.items.map((i, n) => [
    n + 1,
    i.ref,
    i.text,
    i.lead.join('; '),
    i.support.join('; '),
    paddedDate(i.start),
    dueDateText(i.due, i.dueKind, i.hour, paddedDate),
    i.time ?? '',
    i.start ?? '',
    i.due ?? '',
    dueKindText(i.due, i.dueKind),
    i.hour ?? '',
    i.status ?? '',
    `${c.plan.citation}, mục ${i.ref}`,
    i.agency?.name ?? 'Chưa phân công',
    i.id,
  ]);
  // Every text cell passes through safeCell: plan text can never become a formula.
  return stringify([CSV_COLUMNS, ...rows], { bom: true, record_delimiter: 'windows', cast: { string: safeCell } });
}
