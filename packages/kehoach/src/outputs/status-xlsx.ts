import { toXlsx } from '@kehoach/checklist';
import { progressColumns } from '@kehoach/progress';
import { defineOutput } from './output.js';

/**
 * The duties' status as an Excel workbook: the checklist's sheets (every duty, then one sheet per
 * agency) with the status as of the date, the deadline in force, and the columns each agency fills in
 * — the workbook sent out and read back by `kehoach progress import`.
 */
export default defineOutput({
  id: 'xlsx',
  input: 'status',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  label: 'sổ Excel: tình trạng và các cột để cơ quan điền (danh sách chọn)',
  shortLabel: 'Tình trạng Excel',
  binary: true,
  render: ({ status, checklist }) => ({
    output: toXlsx({ ...checklist, today: status.asOf, items: status.duties.map((d) => d.item) }, { sheetPerAgency: true, columns: progressColumns(status), title: 'Tình trạng thực hiện nhiệm vụ' }),
    diagnostics: [],
  }),
});
