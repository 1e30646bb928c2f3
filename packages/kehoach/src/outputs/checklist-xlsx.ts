import { toXlsx } from '@kehoach/checklist';
import { defineOutput } from './output.js';

/** The checklist as an Excel workbook: every item, then one sheet per agency. */
export default defineOutput({
  id: 'xlsx',
  input: 'checklist',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  label: 'sổ Excel, mỗi cơ quan một trang',
  shortLabel: 'Danh mục Excel',
  binary: true,
  render: ({ checklist }) => ({ output: toXlsx(checklist, { sheetPerAgency: true }), diagnostics: [] }),
});
