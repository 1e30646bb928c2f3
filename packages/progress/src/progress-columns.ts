import type { XlsxColumn } from '@kehoach/checklist';
import { formatShortDate } from '@kehoach/nd30';
import { formatEvidenceList } from './evidence.js';
import type { StatusReport } from './status-report.js';
import { REPORTED_STATUSES } from './statuses.js';

/** The titles of the columns an agency fills, as the importer finds them (by title, wherever they are). */
export const FILL_COLUMNS = {
  reported: 'Báo cáo: tình trạng',
  completed: 'Ngày hoàn thành',
  percent: 'Tỷ lệ (%)',
  result: 'Kết quả',
  evidence: 'Minh chứng (số, ngày văn bản; đường dẫn)',
  difficulties: 'Khó khăn, vướng mắc',
} as const;

/** The title of the tracking id column of the checklist's sheet. */
export const ID_COLUMN = 'Mã theo dõi';

const asDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * The columns the checklist workbook gains for the agencies' round trip (`toXlsx(checklist, { columns })`):
 * the status as of the report's date and the deadline in force (read only), then what each agency
 * fills — its status from a drop-down, the completion date, percent, result, evidence, difficulties —
 * filled in with what is already recorded, so that a row sent back unchanged changes nothing.
 */
export function progressColumns(report: StatusReport): XlsxColumn[] {
  const byId = new Map(report.duties.map((d) => [d.id, d]));
  const of = (id: string) => byId.get(id);
  const reported = Object.values(REPORTED_STATUSES);
  return [
    { title: `Tình trạng đến ${formatShortDate(report.asOf)}`, width: 14, print: true, value: (i) => of(i.id)?.label ?? '' },
    { title: 'Hạn sau gia hạn', width: 11, print: true, value: (i) => asDate(of(i.id)?.extension?.due) },
    {
      title: FILL_COLUMNS.reported, width: 14, print: true, value: (i) => { const u = of(i.id)?.update; return u ? REPORTED_STATUSES[u.status] : ''; },
      validation: { type: 'list', values: reported, prompt: 'Chọn một tình trạng trong danh sách', error: `Chọn một trong: ${reported.join(', ')}` },
    },
    {
      title: FILL_COLUMNS.completed, width: 11, print: true, value: (i) => asDate(of(i.id)?.completed),
      validation: { type: 'date', prompt: 'Ngày dạng dd/mm/yyyy', error: 'Nhập một ngày dạng dd/mm/yyyy' },
    },
    {
      title: FILL_COLUMNS.percent, width: 7, print: true, value: (i) => of(i.id)?.update?.percent ?? null,
      validation: { type: 'decimal', min: 0, max: 100, prompt: 'Số từ 0 đến 100', error: 'Nhập một số từ 0 đến 100' },
    },
    { title: FILL_COLUMNS.result, width: 30, print: true, value: (i) => of(i.id)?.update?.result ?? '' },
    { title: FILL_COLUMNS.evidence, width: 24, print: true, value: (i) => formatEvidenceList(of(i.id)?.update?.evidence) },
    { title: FILL_COLUMNS.difficulties, width: 20, print: true, value: (i) => of(i.id)?.update?.difficulties ?? '' },
  ];
}
