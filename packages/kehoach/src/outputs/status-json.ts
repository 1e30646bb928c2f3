import { statusToJson } from '@kehoach/progress';
import { defineOutput } from './output.js';

/** The duties' status as JSON: counts, and each duty with its status, deadline in force, update and extension. */
export default defineOutput({
  id: 'json',
  input: 'status',
  extension: 'json',
  mediaType: 'application/json; charset=utf-8',
  label: 'dữ liệu JSON: số đếm và tình trạng từng nhiệm vụ',
  shortLabel: 'Tình trạng JSON',
  binary: false,
  render: ({ status }) => ({ output: JSON.stringify(statusToJson(status), null, 2) + '\n', diagnostics: [] }),
});
