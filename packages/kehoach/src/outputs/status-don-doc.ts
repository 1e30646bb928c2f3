import { renderDocx } from '../api.js';
import { reminderLetter } from '../tracking/reminder-letter.js';
import { defineOutput } from './output.js';

/**
 * The công văn đôn đốc (Mẫu 1.5) to the agencies with overdue or soon-due duties, as a DOCX
 * (`reminderLetter`): `kehoach status … --letter`. Options: `reportBy` (the day the agencies report by).
 */
export default defineOutput({
  id: 'don-doc',
  input: 'status',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'công văn đôn đốc các cơ quan có nhiệm vụ quá hạn, sắp đến hạn (Word)',
  shortLabel: 'Công văn đôn đốc',
  binary: true,
  render({ status, plan }, options) {
    const letter = reminderLetter(plan, status, options.reportBy ? { reportBy: options.reportBy } : {});
    if (!letter.plan) return { diagnostics: letter.diagnostics };
    const r = renderDocx(letter.plan, options);
    return { ...(r.docx ? { output: r.docx } : {}), diagnostics: [...letter.diagnostics, ...r.diagnostics] };
  },
});
