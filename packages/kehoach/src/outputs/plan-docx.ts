import { renderDocx } from '../api.js';
import { defineOutput } from './output.js';

/** The plan as a DOCX in the form of Nghị định 30 (a template of one's own, the task appendix, a layout). */
export default defineOutput({
  id: 'docx',
  input: 'plan',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'văn bản Word đúng thể thức Nghị định 30',
  shortLabel: 'DOCX',
  binary: true,
  render(plan, options) {
    const r = renderDocx(plan, options);
    return { ...(r.docx ? { output: r.docx } : {}), diagnostics: r.diagnostics };
  },
});
