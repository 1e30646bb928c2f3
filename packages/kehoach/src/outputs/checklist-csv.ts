import { toCsv } from '@kehoach/checklist';
import { defineOutput } from './output.js';

/** The checklist as CSV (UTF-8 with a BOM, so that Excel reads the Vietnamese letters). */
export default defineOutput({
  id: 'csv',
  input: 'checklist',
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  label: 'bảng CSV (mở được bằng Excel)',
  shortLabel: 'Danh mục CSV',
  binary: false,
  render: ({ checklist }) => ({ output: toCsv(checklist), diagnostics: [] }),
});
