import { statusToText } from '@kehoach/progress';
import { defineOutput } from './output.js';

/** The duties' status as text: the counts per status, agency and section, then each duty. */
export default defineOutput({
  id: 'txt',
  input: 'status',
  extension: 'txt',
  mediaType: 'text/plain; charset=utf-8',
  label: 'văn bản thuần: số nhiệm vụ theo tình trạng, cơ quan, mục và từng nhiệm vụ',
  shortLabel: 'Tình trạng (văn bản)',
  binary: false,
  render: ({ status }) => ({ output: statusToText(status), diagnostics: [] }),
});
