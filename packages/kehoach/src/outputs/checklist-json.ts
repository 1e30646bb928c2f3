import { defineOutput } from './output.js';

/** The checklist as JSON (`checklist.schema.json`), for tracking systems. */
export default defineOutput({
  id: 'json',
  input: 'checklist',
  extension: 'json',
  mediaType: 'application/json; charset=utf-8',
  label: 'dữ liệu JSON (theo checklist.schema.json)',
  shortLabel: 'Danh mục JSON',
  binary: false,
  render: ({ checklist }) => ({ output: JSON.stringify(checklist, null, 2) + '\n', diagnostics: [] }),
});
