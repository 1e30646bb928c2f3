import { printChecklist } from '@kehoach/checklist';
import { invalidCharPlace, renderAppendixDocx } from '@kehoach/render-docx';
import { defineOutput } from './output.js';

/**
 * The checklist as the landscape “Phụ lục: Danh mục nhiệm vụ” (`printChecklist`): the tasks it
 * lists, one agency's only when it is one agency's checklist.
 */
export default defineOutput({
  id: 'docx',
  input: 'checklist',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'phụ lục Word khổ ngang “Danh mục nhiệm vụ”',
  shortLabel: 'Danh mục Word',
  binary: true,
  render({ checklist, plan, agency }, options) {
    const printed = printChecklist(checklist, plan, { ...(agency !== undefined ? { agency } : {}), ...(options.draft ? { draft: true } : {}) });
    const r = renderAppendixDocx(printed);
    // A character Word cannot take is the plan's: point at the value that holds it.
    const diagnostics = r.diagnostics.map((d) => (d.code === 'XML_INVALID_CHAR' ? { ...d, ...invalidCharPlace(plan) } : d));
    return { ...(r.docx ? { output: r.docx } : {}), diagnostics };
  },
});
