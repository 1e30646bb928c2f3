import { toXlsx } from '@kehoach/checklist';
import { progressColumns } from '@kehoach/progress';
import { defineOutput } from './output.js';

/**
 * The checklist as an Excel workbook: every item, then one sheet per agency; with a status report,
 * the columns each agency fills in (status from a drop-down, completion date, result, evidence).
 */
export default defineOutput({
  id: 'xlsx',
  input: 'checklist',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  label: 'sổ Excel, mỗi cơ quan một trang',
  shortLabel: 'Danh mục Excel',
  binary: true,
  render: ({ checklist, status }) => ({ output: toXlsx(checklist, { sheetPerAgency: true, ...(status ? { columns: progressColumns(status) } : {}) }), diagnostics: [] }),
});
